import { formatCents, formatDate } from './antrag-format';
import type { AntragContent } from './antrag-content';
import type { AntragSection } from './antrag-section';
import { plainSources } from './plain-sources';

const valueWidth = 110;

/**
 * What the calculation needs of the content. The decision letter (documents/bescheid) renders this section too,
 * from the figures alone: it has no members' parts to name, so they are optional here.
 */
type CalculationSection = Omit<AntragSection, 'content'> & {
  content: Pick<AntragContent, 'year' | 'welfare' | 'calculation'> &
    Partial<Pick<AntragContent, 'memberParts'>>;
};

/**
 * Section 7: the calculation exactly as the rule engine returned it (computeLimitCase) and as the
 * app shows it: gross income, each deduction with member and the year's figure, assessable
 * income, rate and why, limit, paid, date reached, refund, remaining (docs/rules/rules.md § 3).
 */
export const renderCalculation = ({ flow, content, m, language, memberName }: CalculationSection): void => {
  const c = m.calculation;
  const parts = content.memberParts ?? [];
  const out = content.calculation.output;
  const money = (cents: number) => formatCents(cents, language);
  const name = (id: string) => content.calculation.memberNames[id] ?? memberName(id);
  const line = (label: string, value: string, field: string, weight?: 'bold') =>
    flow.row([
      { text: label, width: flow.width - valueWidth, weight },
      { text: value, width: valueWidth, align: 'right', weight, field },
    ]);
  const note = (text: string, field?: string) => flow.paragraph(text, { size: 8, gray: 0.35, field });

  flow.heading(m.sections.calculation);
  if (out.provisional) {
    flow.paragraph(`${content.year}: ${m.provisional}`, {
      weight: 'bold',
      field: 'berechnung.vorlaeufig',
    });
  }
  line(c.gross, money(out.grossIncomeCents), 'berechnung.bruttoeinnahmen');
  if (content.welfare) note(m.welfareFlat);
  // The figures of members' own parts (issue 14) are in the engine's sums; these notes show how much of them.
  else for (const part of parts) note(m.memberPart.grossOf(part.name, money(part.incomeCents)));
  const kindWidth = 120;
  out.deductions.forEach((deduction, index) => {
    const f = `berechnung.freibetrag.${index + 1}`;
    flow.row([
      {
        text: `– ${c.deduction[deduction.kind]}`,
        width: kindWidth,
        field: `${f}.art`,
        fieldValue: c.deduction[deduction.kind],
      },
      { text: name(deduction.memberId), width: flow.width - kindWidth - valueWidth, field: `${f}.person` },
      { text: money(-deduction.amountCents), width: valueWidth, align: 'right', field: `${f}.betrag` },
    ]);
  });
  line(c.assessable, money(out.assessableIncomeCents), 'berechnung.einnahmen', 'bold');
  line(c.rate, `${out.ratePercent} %`, 'berechnung.satz');
  note(plainSources(out.explanation.rate[language]), 'berechnung.satz_grund');
  line(c.limit, money(out.limitCents), 'berechnung.belastungsgrenze', 'bold');
  line(c.paid, money(out.paidCents), 'berechnung.gezahlt');
  for (const part of parts)
    if (part.coPaymentCount > 0)
      note(m.memberPart.paidOf(part.name, part.coPaymentCount, money(part.coPaymentsCents)));
  line(
    c.reachedOn,
    out.limitReachedOn === null ? c.notReached : formatDate(out.limitReachedOn, language),
    'berechnung.erreicht_am',
  );
  line(c.refund, money(out.refundCents), 'berechnung.erstattung', 'bold');
  line(c.remaining, money(out.remainingCents), 'berechnung.verbleibend');

  if (out.explanation.figures.length > 0) {
    flow.gap(4);
    flow.keep(flow.lineHeight(9) * 3);
    flow.subheading(`${c.figures} ${content.year}`, { size: 8 });
    for (const figure of out.explanation.figures) {
      flow.row(
        [
          { text: c.figure[figure.key], width: 190 },
          { text: money(figure.cents), width: 80, align: 'right' },
          {
            text: plainSources(`${figure.paragraph}; ${figure.source}`),
            width: flow.width - 270,
            gray: 0.35,
          },
        ],
        { size: 8 },
      );
    }
  }
  if (out.warnings.length > 0) {
    flow.gap(4);
    flow.subheading(c.warnings, { size: 8 });
    for (const warning of out.warnings) note(`• ${plainSources(warning.message[language])}`);
  }
};
