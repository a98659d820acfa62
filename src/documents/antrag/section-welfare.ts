import type { AntragSection } from './antrag-section';

/** Section 3: a household on these benefits gets the flat limit (§ 62 Abs. 2 S. 5–6 SGB V). */
export const renderWelfare = ({ flow, content, m }: AntragSection): void => {
  flow.heading(m.sections.welfare);
  flow.paragraph(content.welfare?.label ?? m.welfareNone, { field: 'sozialleistung.art' });
  if (content.welfare) flow.paragraph(m.welfareFlat, { gray: 0.35, size: 8 });
};
