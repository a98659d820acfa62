import type { AntragSection } from './antrag-section';
import type { Cell } from './page-flow';

/**
 * Section 5: who is schwerwiegend chronisch krank and how the Muster-55 certificate arrives. For a member who
 * handed in their own part (issue 14) only whether the 1 % rate applies is known (§ 62 Abs. 1 S. 2 SGB V); their
 * certificate went with their part.
 */
export const renderChronicIllness = ({ flow, content, m, memberName, yesNo }: AntragSection): void => {
  flow.heading(m.sections.chronic);
  const [person, ill] = [200, 100] as const;
  const header: Cell[] = [
    { text: m.receipts.member, width: person, weight: 'bold' },
    { text: m.chronic.ill, width: ill, weight: 'bold' },
    { text: m.chronic.proof, width: flow.width - person - ill, weight: 'bold' },
  ];
  flow.row(header, { size: 8, head: true });
  content.chronicIllness.forEach((entry, index) => {
    const f = `chroniker.${index + 1}`;
    const proof = entry.proof === null ? '–' : m.chronic[entry.proof];
    flow.row(
      [
        { text: memberName(entry.memberId), width: person, field: `${f}.person` },
        { text: yesNo(entry.chronicallyIll), width: ill, field: `${f}.chronisch_krank` },
        { text: proof, width: flow.width - person - ill, field: `${f}.nachweis` },
      ],
      { size: 8, header },
    );
  });
  content.memberParts.forEach((part, index) => {
    const f = `teil.${index + 1}`;
    flow.row(
      [
        { text: part.name, width: person },
        { text: m.memberPart.separately, width: ill },
        {
          text: part.reducedRate ? m.memberPart.reducedRate : m.memberPart.noReducedRate,
          width: flow.width - person - ill,
          field: `${f}.satz_1_prozent`,
          fieldValue: yesNo(part.reducedRate),
        },
      ],
      { size: 8, header },
    );
  });
};
