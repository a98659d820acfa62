import type { Belastungsgrenze } from '../belastungsgrenze/compute-belastungsgrenze';
import type { LocalizedText } from '../validation/result';
import type { LimitCaseData } from './limit-case-data';

export type LimitCaseWarning = { code: string; message: LocalizedText };

const eighteenthBirthday = (birthDate: string): string =>
  `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;

/**
 * Hints that never change the numbers (the CLI does not second-guess receipts, limit-contract.md):
 * provisional figures, payments of members who do not count, and co-payments of children under
 * 18 other than transport, which they normally do not pay (docs/rules/rules.md § 6).
 */
export const limitCaseWarnings = (input: LimitCaseData, result: Belastungsgrenze): LimitCaseWarning[] => {
  const warnings: LimitCaseWarning[] = [];
  if (result.provisionalNotice !== null)
    warnings.push({ code: 'provisionalYear', message: result.provisionalNotice });
  const counted = new Set(result.countedMemberIds);
  const members = new Map(input.members.map((m) => [m.id, m]));
  input.payments.forEach((payment, i) => {
    const member = members.get(payment.memberId);
    if (!counted.has(payment.memberId)) {
      warnings.push({
        code: 'paymentOfUncountedMember',
        message: {
          de: `payments[${i}]: ${payment.memberId} zählt nicht zum Haushalt; die Zahlung wird nicht angerechnet.`,
          en: `payments[${i}]: ${payment.memberId} does not count for the household; the payment is not counted.`,
        },
      });
    } else if (
      member?.relation === 'child' &&
      payment.category !== 'transport' &&
      payment.date < eighteenthBirthday(member.birthDate)
    ) {
      warnings.push({
        code: 'childCoPayment',
        message: {
          de: `payments[${i}]: Kinder unter 18 zahlen außer Fahrkosten normalerweise keine Zuzahlungen; bitte den Beleg prüfen.`,
          en: `payments[${i}]: children under 18 normally pay no co-payments except transport; please check the receipt.`,
        },
      });
    }
  });
  return warnings;
};
