import type { ApplicationDocument } from '../../domain/application/application-document';
import { applicationDocumentLimitCase } from '../../domain/application/application-document-limit-case';
import { validateCreditorIdentifier } from '../../domain/identifiers/creditor-identifier';
import { validateIban } from '../../domain/identifiers/iban';
import { validateKvnr } from '../../domain/identifiers/kvnr';
import { computeLimitCase } from '../../domain/limit-case/compute-limit-case';
import { formatMoney } from '../../domain/money/format-money';
import { coveredPeople } from '../../domain/vorauszahlung/covered-people';
import { debitDate, mandateReference } from '../../domain/vorauszahlung/sepa-mandate';
import { applicationJsonPath } from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';

/**
 * An application for the advance payment (application.json `advancePayment`, docs/application-json.md) against
 * what the reader recomputes from the document itself (applicationDocumentLimitCase → computeLimitCase, the very
 * function the app used): the amount is the limit ('full') or the limit minus the counted co-payments of the
 * document's receipts ('rest'); a direct debit carries a complete one-off SEPA mandate, a transfer none; and every
 * covered person has a valid KVNR, which their exemption card prints. Problems name application.json; member ids,
 * never names, say whom they are about.
 */
export function advancePaymentProblems(document: ApplicationDocument): BundleProblem[] {
  const advance = document.advancePayment;
  if (advance === undefined) return [];
  const problems: BundleProblem[] = [];
  const problem = (code: string, de: string, en: string) =>
    problems.push(finding(`advancePayment.${code}`, applicationJsonPath, de, en));
  const money = (cents: number) => ({ de: formatMoney(cents, 'de'), en: formatMoney(cents, 'en') });

  const computed = computeLimitCase(applicationDocumentLimitCase(document));
  if (!computed.ok) {
    problem(
      'limit-unknown',
      `Die Belastungsgrenze für die Vorauszahlung lässt sich nicht berechnen: ${computed.problem.message.de}`,
      `the limit for the advance payment cannot be computed: ${computed.problem.message.en}`,
    );
  } else {
    const { limitCents, paidCents } = computed.value;
    if (advance.option === 'full' && advance.paidBeforeCents !== 0) {
      problem(
        'paid-before',
        'Bei der Vorauszahlung des vollen Betrags sind bereits geleistete Zuzahlungen 0 €.',
        'when the full amount is paid in advance, co-payments already made are 0',
      );
    }
    if (advance.option === 'rest' && advance.paidBeforeCents !== paidCents) {
      const stated = money(advance.paidBeforeCents);
      const counted = money(paidCents);
      problem(
        'paid-before',
        `Die bereits geleisteten Zuzahlungen (${stated.de}) stimmen nicht mit den gezählten Belegen überein (${counted.de}).`,
        `the co-payments already made (${stated.en}) do not match the counted receipts (${counted.en})`,
      );
    }
    const expected = advance.option === 'full' ? limitCents : limitCents - advance.paidBeforeCents;
    if (advance.amountCents !== expected) {
      const stated = money(advance.amountCents);
      const wanted = money(Math.max(0, expected));
      problem(
        'amount',
        advance.option === 'full'
          ? `Der Vorauszahlungsbetrag (${stated.de}) ist nicht die Belastungsgrenze (${wanted.de}).`
          : `Der Vorauszahlungsbetrag (${stated.de}) ist nicht die Belastungsgrenze abzüglich der bereits geleisteten Zuzahlungen (${wanted.de}).`,
        advance.option === 'full'
          ? `the advance payment (${stated.en}) is not the limit (${wanted.en})`
          : `the advance payment (${stated.en}) is not the limit minus the co-payments already made (${wanted.en})`,
      );
    }
  }

  const { mandate } = advance;
  if (advance.method === 'transfer' && mandate !== null) {
    problem(
      'mandate-unexpected',
      'Eine Überweisung hat kein Lastschriftmandat.',
      'a transfer comes without a direct-debit mandate',
    );
  }
  if (advance.method === 'directDebit') {
    if (mandate === null) {
      problem(
        'mandate-missing',
        'Für die Lastschrift fehlt das SEPA-Lastschriftmandat.',
        'the direct debit has no SEPA mandate',
      );
    } else {
      const iban = validateIban(mandate.iban);
      if (!iban.ok) {
        problem(
          'mandate-iban',
          `IBAN des Lastschriftmandats: ${iban.problem.message.de}`,
          `IBAN of the mandate: ${iban.problem.message.en}`,
        );
      }
      const creditor = validateCreditorIdentifier(mandate.creditorId);
      if (!creditor.ok) {
        problem(
          'mandate-creditor-id',
          `Gläubiger-Identifikationsnummer des Lastschriftmandats: ${creditor.problem.message.de}`,
          `creditor identifier of the mandate: ${creditor.problem.message.en}`,
        );
      }
      let wantedReference: string | undefined;
      try {
        wantedReference = mandateReference(document.applicationId);
      } catch {
        wantedReference = undefined;
      }
      if (mandate.mandateReference !== wantedReference) {
        problem(
          'mandate-reference',
          `Die Mandatsreferenz ${mandate.mandateReference} gehört nicht zu diesem Antrag${wantedReference ? ` (erwartet: ${wantedReference})` : ''}.`,
          `the mandate reference ${mandate.mandateReference} does not belong to this application${wantedReference ? ` (expected: ${wantedReference})` : ''}`,
        );
      }
      const wantedDebit = debitDate(mandate.signedOn);
      if (mandate.debitOn !== wantedDebit) {
        problem(
          'debit-date',
          `Der angekündigte Abbuchungstag ${mandate.debitOn} ist nicht 14 Tage nach der Unterschrift (${wantedDebit}).`,
          `the pre-notified debit date ${mandate.debitOn} is not 14 days after signing (${wantedDebit})`,
        );
      }
    }
  }

  // The cards and the list of those insured elsewhere name each person.
  const { covered, elsewhere } = coveredPeople(document);
  for (const person of [...covered, ...elsewhere]) {
    if (person.givenName.trim() === '' || person.familyName.trim() === '') {
      problem(
        'name',
        `Für die Vorauszahlung braucht ${person.memberId === 'applicant' ? 'die antragstellende Person' : `Haushaltsmitglied ${person.memberId}`} Vor- und Familiennamen.`,
        `${person.memberId === 'applicant' ? 'the applicant' : `household member ${person.memberId}`} needs a given and a family name for the advance payment`,
      );
    }
  }
  // Each covered person gets an exemption card with the KVNR; a pharmacy's check finds the status by it.
  for (const person of covered) {
    const kvnr = person.kvnr === null ? undefined : validateKvnr(person.kvnr);
    // As the card prints it: capitals, no spaces (exemption-card schema).
    if (kvnr === undefined || !kvnr.ok || kvnr.value !== person.kvnr) {
      problem(
        'kvnr',
        `Für die Befreiung braucht ${person.memberId === 'applicant' ? 'die antragstellende Person' : `Haushaltsmitglied ${person.memberId}`} eine gültige Krankenversichertennummer.`,
        `${person.memberId === 'applicant' ? 'the applicant' : `household member ${person.memberId}`} needs a valid health insurance number (KVNR) for the exemption`,
      );
    }
  }
  return problems;
}
