import { formatMoney } from '../money/format-money';
import type { Cents } from '../money/cents';
import type { LocalizedText } from '../validation/result';
import { MIN_ZUZAHLUNG_CENTS, PER_DAY_CENTS, PER_PRESCRIPTION_CENTS } from './legal-zuzahlung';
import { paymentCategories, type PaymentCategory } from './payment-category';

export type WarnedReceipt = {
  id: string;
  kind: 'single' | 'summary';
  memberId: string;
  countsOn: string;
  category: PaymentCategory;
  provider: string;
  amountCents: Cents;
};

export type ReceiptWarningCode = 'likelyDuplicate' | 'childCoPayment' | 'implausibleAmount';
export type ReceiptWarning = { code: ReceiptWarningCode; message: LocalizedText };

/** What the warnings need to know about the person a receipt belongs to. */
export type ReceiptPerson = { id: string; relation: string; birthDate: string | undefined };

const normalisedProvider = (provider: string) => provider.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();

const eighteenthBirthday = (birthDate: string) =>
  `${Number(birthDate.slice(0, 4)) + 18}${birthDate.slice(4)}`;

/**
 * Hints about one receipt, never silent changes (the engine counts a receipt as entered, docs/rules/rules.md § 6): a likely
 * duplicate, a co-payment of a child under 18 other than transport (only adults pay for medicines, remedies and aids,
 * e.g. § 31 Abs. 3 SGB V; transport is paid by children too, docs/rules/rules.md § 6), and an amount that § 61 SGB V cannot
 * produce for a single receipt.
 */
export function receiptWarnings(
  receipt: WarnedReceipt,
  others: readonly WarnedReceipt[],
  people: readonly ReceiptPerson[],
): ReceiptWarning[] {
  const warnings: ReceiptWarning[] = [];
  const duplicate = others.some(
    (other) =>
      other.id !== receipt.id &&
      other.memberId === receipt.memberId &&
      other.countsOn === receipt.countsOn &&
      other.amountCents === receipt.amountCents &&
      normalisedProvider(other.provider) === normalisedProvider(receipt.provider),
  );
  if (duplicate) {
    warnings.push({
      code: 'likelyDuplicate',
      message: {
        de: 'Möglicherweise doppelt: Für diese Person gibt es schon einen Beleg mit gleichem Datum, Betrag und Anbieter. Prüfen Sie, ob es derselbe Beleg ist.',
        en: 'Possibly a duplicate: this person already has a receipt with the same date, amount and provider. Check whether it is the same receipt.',
      },
    });
  }
  const person = people.find((p) => p.id === receipt.memberId);
  if (
    person?.relation === 'child' &&
    person.birthDate !== undefined &&
    receipt.category !== 'transport' &&
    paymentCategories[receipt.category].countsTowardLimit &&
    receipt.countsOn < eighteenthBirthday(person.birthDate)
  ) {
    warnings.push({
      code: 'childCoPayment',
      message: {
        de: 'Kinder unter 18 Jahren zahlen außer bei Fahrkosten keine Zuzahlungen (zum Beispiel § 31 Abs. 3 SGB V). Prüfen Sie den Beleg; er wird trotzdem so gezählt, wie Sie ihn eingeben.',
        en: 'Children under 18 pay no co-payments except for transport (for example § 31 Abs. 3 SGB V). Check the receipt; it is still counted as you enter it.',
      },
    });
  }
  const implausible = receipt.kind === 'single' ? implausibleAmount(receipt) : undefined;
  if (implausible !== undefined) warnings.push({ code: 'implausibleAmount', message: implausible });
  return warnings;
}

/**
 * § 61 SGB V amounts per receipt: a percentage co-payment is at least 5 € unless the item itself costs less; a
 * day rate is a multiple of 10 €; remedies and home nursing are at least the 10 € prescription fee.
 */
function implausibleAmount(receipt: WarnedReceipt): LocalizedText | undefined {
  const amount = formatMoney(receipt.amountCents, 'de');
  const amountEn = formatMoney(receipt.amountCents, 'en');
  switch (paymentCategories[receipt.category].legalKind) {
    case 'percentage':
    case 'percentagePerDay':
      return receipt.amountCents < MIN_ZUZAHLUNG_CENTS
        ? {
            de: `${amount} ist als Zuzahlung ungewöhnlich: Sie beträgt mindestens 5 € – weniger nur, wenn das Mittel selbst weniger als 5 € kostet (§ 61 S. 1 SGB V). Prüfen Sie den Betrag.`,
            en: `${amountEn} is unusual as a co-payment: it is at least 5 € – less only when the item itself costs less than 5 € (§ 61 S. 1 SGB V). Check the amount.`,
          }
        : undefined;
    case 'perDay':
      return receipt.amountCents % PER_DAY_CENTS !== 0
        ? {
            de: `${amount} passt nicht zu 10 € je Tag (§ 61 S. 2 SGB V). Prüfen Sie den Betrag.`,
            en: `${amountEn} does not fit 10 € a day (§ 61 S. 2 SGB V). Check the amount.`,
          }
        : undefined;
    case 'perPrescription':
      return receipt.amountCents < PER_PRESCRIPTION_CENTS
        ? {
            de: `${amount} ist weniger als die 10 € je Verordnung, die immer anfallen (§ 61 S. 3 SGB V). Prüfen Sie den Betrag.`,
            en: `${amountEn} is less than the 10 € per prescription that is always due (§ 61 S. 3 SGB V). Check the amount.`,
          }
        : undefined;
    case 'none':
      return undefined;
  }
}
