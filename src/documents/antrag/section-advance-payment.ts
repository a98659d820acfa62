import { formatCents, formatDate } from './antrag-format';
import type { AntragSection } from './antrag-section';

const valueWidth = 170;

/**
 * After the calculation, for an application for the advance payment only (docs/rules/rules.md § 7): the amount and
 * how it follows from the limit, the way to pay, the consequences the applicant saw before committing, and for a
 * direct debit the one-off SEPA mandate (EPC016, DS-01) in the applicant's first person, as given in the app.
 */
export const renderAdvancePayment = ({ flow, content, m, language }: AntragSection): void => {
  const advance = content.advancePayment;
  if (!advance) return;
  const a = m.advancePayment;
  const money = (cents: number) => formatCents(cents, language);
  const line = (label: string, value: string, field: string, weight?: 'bold') =>
    flow.row([
      { text: label, width: flow.width - valueWidth, weight },
      { text: value, width: valueWidth, align: 'right', weight, field },
    ]);
  flow.heading(m.sections.advancePayment);
  flow.paragraph(a.applies.replace('{year}', String(content.year)));
  line(a.limit, money(content.calculation.output.limitCents), 'vorauszahlung.belastungsgrenze');
  if (advance.option === 'rest')
    line(a.paidBefore, money(-advance.paidBeforeCents), 'vorauszahlung.bereits_gezahlt');
  line(
    advance.option === 'full' ? a.amountFull : a.amountRest,
    money(advance.amountCents),
    'vorauszahlung.betrag',
    'bold',
  );
  line(a.method, advance.method === 'transfer' ? a.transfer : a.directDebit, 'vorauszahlung.zahlungsweg');
  flow.paragraph(a.period.replaceAll('{year}', String(content.year)), { size: 9 });
  flow.paragraph(a.noRefund, { size: 9 });
  flow.paragraph(a.changes, { size: 9 });
  const mandate = advance.mandate;
  if (!mandate) return;
  flow.subheading(a.mandate.title);
  const label = (text: string, value: string, field: string) =>
    flow.row([
      { text, width: 170 },
      { text: value, width: flow.width - 170, field },
    ]);
  label(a.mandate.creditor, mandate.creditorName, 'mandat.glaeubiger');
  label(a.mandate.creditorId, mandate.creditorId, 'mandat.glaeubiger_id');
  label(a.mandate.reference, mandate.mandateReference, 'mandat.referenz');
  label(a.mandate.holder, mandate.accountHolder, 'mandat.kontoinhaber');
  label(a.mandate.iban, (mandate.iban.match(/.{1,4}/g) ?? []).join(' '), 'mandat.iban');
  label(a.mandate.signedOn, formatDate(mandate.signedOn, language), 'mandat.datum');
  label(a.mandate.debitOn, formatDate(mandate.debitOn, language), 'mandat.belastungsdatum');
  flow.paragraph(a.mandate.text.replaceAll('{name}', mandate.creditorName), { size: 9 });
  flow.paragraph(a.mandate.refund, { size: 9 });
};
