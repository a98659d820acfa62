import { formatCents } from './antrag-format';
import type { AntragSection } from './antrag-section';
import type { Cell } from './page-flow';
import { plainSources } from './plain-sources';

/**
 * Section 4: each member's incomes, whether each counts and why (docs/rules/rules.md § 5). A member who handed in
 * their own part (issue 14) has only its sum: "Von … gesondert eingereicht", the income that counts.
 */
export const renderIncomes = ({ flow, content, m, language }: AntragSection): void => {
  flow.heading(m.sections.incomes);
  const [type, counts, amount, period] = [190, 45, 85, 85] as const;
  const annual = flow.width - type - counts - amount - period;
  const header: Cell[] = [
    { text: m.incomes.type, width: type, weight: 'bold' },
    { text: m.incomes.counts, width: counts, weight: 'bold' },
    { text: m.incomes.amount, width: amount, weight: 'bold', align: 'right' },
    { text: '', width: period },
    { text: m.incomes.annual, width: annual, weight: 'bold', align: 'right' },
  ];
  const countsText = { yes: m.yes, no: m.no, partly: m.partly } as const;
  // Numbered in content order, so einnahme.N stays stable however the members are grouped.
  const numbered = content.incomes.map((income, index) => ({ income, number: index + 1 }));
  for (const member of content.household) {
    const own = numbered.filter(({ income }) => income.memberId === member.id);
    flow.keep(flow.lineHeight(9) * 4);
    flow.subheading(member.name);
    const partIndex = content.memberParts.findIndex((part) => part.memberId === member.id);
    const part = content.memberParts[partIndex];
    if (part) {
      const f = `teil.${partIndex + 1}`;
      flow.paragraph(`${m.memberPart.providedBy(part.name)}.`, {
        field: `${f}.person`,
        fieldValue: part.name,
      });
      flow.paragraph(m.memberPart.income(formatCents(part.incomeCents, language)), {
        size: 8,
        field: `${f}.einnahmen`,
        fieldValue: formatCents(part.incomeCents, language),
      });
      continue;
    }
    if (own.length === 0) {
      flow.paragraph(m.incomes.noneFor, { gray: 0.35, size: 8 });
      continue;
    }
    flow.row(header, { size: 8, head: true });
    for (const { income, number } of own) {
      const f = `einnahme.${number}`;
      flow.keep(flow.lineHeight(8) * 2);
      flow.row(
        [
          { text: income.typeLabel, width: type, field: `${f}.art` },
          { text: countsText[income.counts], width: counts, field: `${f}.zaehlt` },
          {
            text: formatCents(income.amountCents, language),
            width: amount,
            align: 'right',
            field: `${f}.betrag`,
          },
          { text: m.period[income.period], width: period, field: `${f}.zeitraum` },
          {
            text: formatCents(income.annualCents, language),
            width: annual,
            align: 'right',
            field: `${f}.betrag_jahr`,
          },
        ],
        { size: 8, header, fields: [{ name: `${f}.person`, value: member.name }] },
      );
      flow.row(
        [
          { text: '', width: 12 },
          { text: plainSources(income.reason), width: flow.width - 12, gray: 0.35, field: `${f}.grund` },
        ],
        { size: 8, header },
      );
    }
  }
};
