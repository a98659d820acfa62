import { sumCents } from '../../domain/money/cents';
import { formatCents, formatReceiptDate } from './antrag-format';
import type { AntragReceipt } from './antrag-content';
import type { AntragSection } from './antrag-section';
import type { Cell } from './page-flow';

const size = 8;

/**
 * Section 6: every receipt (docs/rules/rules.md § 6: person, kind, amount, date, provider), then the totals. A
 * member who handed in their own part (issue 14) has no receipts here: the number and sum of their counted
 * co-payments, "gesondert eingereicht"; the receipts themselves went to the insurer with their part.
 */
export const renderReceipts = (section: AntragSection): void => {
  const { flow, content, m, language, memberName, yesNo } = section;
  const r = m.receipts;
  flow.heading(m.sections.receipts);
  content.memberParts.forEach((part, index) => {
    const f = `teil.${index + 1}`;
    const sum = formatCents(part.coPaymentsCents, language);
    flow.keep(flow.lineHeight(9) * 3);
    flow.paragraph(`${m.memberPart.providedBy(part.name)}:`, { weight: 'bold' });
    flow.paragraph(m.memberPart.coPayments(part.coPaymentCount, sum), {
      size: 8,
      field: `${f}.zuzahlungen`,
      fieldValue: `${part.coPaymentCount}; ${sum}`,
    });
  });
  if (content.memberParts.length > 0) flow.paragraph(m.memberPart.notKnown, { size: 8, gray: 0.35 });
  if (content.receipts.length === 0) {
    if (content.memberParts.length === 0) flow.paragraph(r.none);
    return;
  }
  if (content.memberParts.length > 0) flow.gap(4);
  const widths = [24, 62, 80, 72, 160, 36] as const;
  const [nr, date, person, category, provider, counts] = widths;
  const amount = flow.width - widths.reduce((s, w) => s + w, 0);
  const header: Cell[] = [
    { text: r.number, width: nr, weight: 'bold' },
    { text: r.date, width: date, weight: 'bold' },
    { text: r.member, width: person, weight: 'bold' },
    { text: r.category, width: category, weight: 'bold' },
    { text: r.provider, width: provider, weight: 'bold' },
    { text: r.counts, width: counts, weight: 'bold' },
    { text: r.amount, width: amount, weight: 'bold', align: 'right' },
  ];
  flow.row(header, { size, head: true });
  content.receipts.forEach((receipt, index) => {
    const f = `zuzahlung.${index + 1}`;
    const description = receipt.description ?? '';
    flow.row(
      [
        { text: String(index + 1), width: nr },
        { text: formatReceiptDate(receipt.date, language), width: date, field: `${f}.datum` },
        { text: memberName(receipt.memberId), width: person, field: `${f}.person` },
        { text: receipt.categoryLabel, width: category, field: `${f}.kategorie` },
        {
          text: description === '' ? receipt.provider : `${receipt.provider}\n${description}`,
          width: provider,
          field: `${f}.anbieter`,
          fieldValue: receipt.provider,
        },
        { text: yesNo(receipt.counts), width: counts, field: `${f}.zaehlt` },
        {
          text: formatCents(receipt.amountCents, language),
          width: amount,
          align: 'right',
          field: `${f}.betrag`,
        },
      ],
      { size, header, fields: [{ name: `${f}.beschreibung`, value: description }] },
    );
  });
  renderTotals(section);
};

const total = (receipts: readonly AntragReceipt[]) => sumCents(receipts.map((x) => x.amountCents));

const renderTotals = ({ flow, content, m, language }: AntragSection): void => {
  const r = m.receipts;
  const money = (cents: number) => formatCents(cents, language);
  const counted = content.receipts.filter((x) => x.counts);
  const [label, value] = [flow.width - 200, 100] as const;
  const line = (text: string, all: string, countedText: string, field: string, weight?: 'bold') =>
    flow.row(
      [
        { text, width: label, weight, field: `${field}.name` },
        { text: all, width: value, align: 'right', weight, field: `${field}.betrag` },
        { text: countedText, width: value, align: 'right', weight, field: `${field}.angerechnet` },
      ],
      { size },
    );
  const head = (title: string) => {
    flow.gap(4);
    flow.keep(flow.lineHeight(size) * 4);
    flow.row(
      [
        { text: title, width: label, weight: 'bold' },
        { text: r.total, width: value, align: 'right', weight: 'bold' },
        { text: r.countedTotal, width: value, align: 'right', weight: 'bold' },
      ],
      { size, head: true },
    );
  };
  head(r.perMember);
  content.household
    .filter((member) => content.receipts.some((x) => x.memberId === member.id))
    .forEach((member, index) => {
      const own = content.receipts.filter((x) => x.memberId === member.id);
      const ownCounted = own.filter((x) => x.counts);
      line(member.name, money(total(own)), money(total(ownCounted)), `summe.person.${index + 1}`);
    });
  head(r.perCategory);
  [...new Set(content.receipts.map((x) => x.categoryLabel))].forEach((categoryLabel, index) => {
    const own = content.receipts.filter((x) => x.categoryLabel === categoryLabel);
    const ownCounted = own.filter((x) => x.counts);
    line(categoryLabel, money(total(own)), money(total(ownCounted)), `summe.art.${index + 1}`);
  });
  flow.gap(2);
  line(r.total, money(total(content.receipts)), money(total(counted)), 'summe.gesamt', 'bold');
};
