import { formatDate } from './antrag-format';
import type { AntragSection } from './antrag-section';

/** Sections 8 and 9: the declarations with whether each was confirmed, then place and date. */
export const renderDeclarations = ({ flow, content, m, language, yesNo }: AntragSection): void => {
  flow.heading(m.sections.declarations);
  content.declarations.forEach((declaration, index) => {
    const f = `erklaerung.${index + 1}`;
    const box = declaration.accepted ? '☑' : '☐';
    flow.row(
      [
        {
          text: box,
          width: 16,
          field: `${f}.bestaetigt`,
          fieldValue: yesNo(declaration.accepted),
        },
        { text: declaration.text, width: flow.width - 16, field: `${f}.text` },
      ],
      { size: 9 },
    );
  });
  flow.heading(m.sections.signature);
  const label = 150;
  flow.row([
    { text: m.signature.place, width: label, gray: 0.35 },
    { text: content.signature.place, width: flow.width - label, field: 'unterschrift.ort' },
  ]);
  flow.row([
    { text: m.signature.date, width: label, gray: 0.35 },
    {
      text: formatDate(content.signature.date, language),
      width: flow.width - label,
      field: 'unterschrift.datum',
    },
  ]);
};
