import type { AntragSection } from './antrag-section';
import type { Cell } from './page-flow';

/**
 * The last page: proofs attached to the upload, the members' own parts (issue 14) the insurer receives separately,
 * each named by the SHA-256 of its bag so the caseworker can match them, and what still has to go by post.
 */
export const renderAttachments = ({ flow, content, m }: AntragSection): void => {
  const a = m.attachments;
  flow.newPage();
  flow.heading(m.sections.attachments);
  const table = (
    title: string,
    rows: readonly (readonly [string, string])[],
    heads: readonly [string, string],
    prefix: string,
    names: readonly [string, string],
  ) => {
    const first = 200;
    flow.gap(4);
    flow.subheading(title);
    if (rows.length === 0) {
      flow.paragraph(a.none, { gray: 0.35 });
      return;
    }
    const header: Cell[] = [
      { text: heads[0], width: first, weight: 'bold' },
      { text: heads[1], width: flow.width - first, weight: 'bold' },
    ];
    flow.row(header, { size: 8, head: true });
    rows.forEach(([left, right], index) =>
      flow.row(
        [
          { text: left, width: first, field: `${prefix}.${index + 1}.${names[0]}` },
          { text: right, width: flow.width - first, field: `${prefix}.${index + 1}.${names[1]}` },
        ],
        { size: 8, header },
      ),
    );
  };
  table(
    a.attached,
    content.attachments.map((x) => [x.fileName, x.proves] as const),
    [a.file, a.proves],
    'anlage',
    ['datei', 'nachweis'],
  );
  if (content.memberParts.length > 0)
    table(
      m.memberPart.separately.replace(/^./, (c) => c.toUpperCase()),
      content.memberParts.map((part) => [part.name, part.sha256] as const),
      [m.receipts.member, m.memberPart.ownPart],
      'teil',
      ['name', 'sha256'],
    );
  table(
    a.byPost,
    content.toSendByPost.map((x) => [x.document, x.reason] as const),
    [a.document, a.reason],
    'nachreichen',
    ['unterlage', 'grund'],
  );
};
