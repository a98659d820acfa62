import { formatDate } from './antrag-format';
import type { AntragSection } from './antrag-section';
import type { Cell } from './page-flow';
import { plainSources } from './plain-sources';

/** Section 2: every person in the household, whether they count and why (§ 62 Abs. 2 S. 1 SGB V). */
export const renderHousehold = ({ flow, content, m, language, yesNo }: AntragSection): void => {
  flow.heading(m.sections.household);
  const widths = [134, 78, 72, 60, 104, 62] as const;
  const [name, relation, birth, kvnr, insurer, counts] = widths;
  const header: Cell[] = [
    { text: m.household.name, width: name, weight: 'bold' },
    { text: '', width: relation },
    { text: m.applicant.birthDate, width: birth, weight: 'bold' },
    { text: 'KVNR', width: kvnr, weight: 'bold' },
    { text: m.household.insurer, width: insurer, weight: 'bold' },
    {
      text: m.household.counts,
      width: flow.width - widths.slice(0, 5).reduce((s, w) => s + w, 0),
      weight: 'bold',
    },
  ];
  flow.row(header, { size: 8, head: true });
  content.household.forEach((member, index) => {
    const f = `haushalt.${index + 1}`;
    flow.keep(flow.lineHeight(8) * 3);
    flow.row(
      [
        { text: member.name, width: name, field: `${f}.name` },
        { text: m.relation[member.relation], width: relation, field: `${f}.beziehung` },
        { text: formatDate(member.birthDate, language), width: birth, field: `${f}.geburtsdatum` },
        { text: member.kvnr ?? '–', width: kvnr, field: `${f}.kvnr` },
        { text: member.insurer, width: insurer, field: `${f}.kasse` },
        { text: yesNo(member.counts), width: counts, field: `${f}.zaehlt`, weight: 'bold' },
      ],
      { size: 8, header },
    );
    flow.row(
      [
        { text: '', width: 12 },
        {
          text: `${m.household.familyInsured}: ${yesNo(member.familyInsured)}`,
          width: 128,
          gray: 0.35,
          field: `${f}.familienversichert`,
          fieldValue: yesNo(member.familyInsured),
        },
        { text: plainSources(member.reason), width: flow.width - 140, gray: 0.35, field: `${f}.grund` },
      ],
      { size: 8, header },
    );
  });
};
