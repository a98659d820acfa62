import {
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

// Tagged PDF (ISO 32000-1 § 14.7, PDF/UA-1) on pdf-lib, which has no tagging API: the content
// stream wraps every text run in "/P <</MCID n>> BDC … EMC", decoration in "/Artifact … EMC", and
// the structure tree (Document > Sect > H2, P, Table > TR > TH/TD) points at those runs through
// their MCIDs. How and why: docs/adr/0017-tagged-antrag-pdf.md.

export type StructureRole =
  'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure';

type MarkedRun = { page: PDFPage; mcid: number };

export type StructElement = {
  readonly role: StructureRole;
  readonly parent: StructElement | undefined;
  readonly kids: (StructElement | MarkedRun)[];
  readonly ref: PDFRef;
  /** Alternate text: required for a Figure, read instead of its content. */
  readonly alt?: string;
};

export type ArtifactKind = 'Pagination' | 'Layout';

export type PdfStructure = {
  /** The Document element: the root of the tree, in reading order. */
  readonly root: StructElement;
  /** A new last child of `parent` (reading order is the order of adding). */
  add: (parent: StructElement, role: StructureRole, options?: { alt?: string }) => StructElement;
  /** `operators` as the next marked run of `element` on `page`: BDC with the page's next MCID … EMC. */
  content: (page: PDFPage, element: StructElement, operators: readonly PDFOperator[]) => PDFOperator[];
  /** `operators` as an artifact (page headers and footers, rules): drawn but not read. */
  artifact: (operators: readonly PDFOperator[], kind?: ArtifactKind) => PDFOperator[];
  /** Writes StructTreeRoot, the ParentTree, StructParents on the pages and /MarkInfo. Call once, after drawing. */
  finish: () => void;
};

// The property list is written inline: pdf-lib's operator operands take raw strings, not dictionaries.
const beginMarked = (tag: string, properties: string) =>
  PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), properties]);
const endMarked = () => PDFOperator.of(PDFOperatorNames.EndMarkedContent);

export const pdfStructure = (doc: PDFDocument): PdfStructure => {
  const { context } = doc;
  const runs = new Map<PDFPage, StructElement[]>();
  const element = (role: StructureRole, parent: StructElement | undefined, alt?: string): StructElement => ({
    role,
    parent,
    kids: [],
    ref: context.nextRef(),
    alt,
  });
  const root = element('Document', undefined);

  const write = (node: StructElement, parentRef: PDFRef) => {
    const pageOf = node.kids.find((kid): kid is MarkedRun => 'mcid' in kid)?.page;
    const kids = node.kids.map((kid) => {
      if (!('mcid' in kid)) return kid.ref;
      // A run on the element's own page is a bare MCID; one on another page (a cell that
      // continues on the next page) names its page in a marked-content reference.
      if (kid.page === pageOf) return PDFNumber.of(kid.mcid);
      return context.obj({ Type: 'MCR', Pg: kid.page.ref, MCID: kid.mcid });
    });
    const dict = context.obj({ Type: 'StructElem', S: node.role, P: parentRef, K: kids });
    if (pageOf) dict.set(PDFName.of('Pg'), pageOf.ref);
    if (node.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(node.alt));
    // A header cell heads its column (PDF/UA: every TH says what it heads).
    if (node.role === 'TH') dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: 'Column' }));
    context.assign(node.ref, dict);
    for (const kid of node.kids) if (!('mcid' in kid)) write(kid, node.ref);
  };

  return {
    root,
    add: (parent, role, options = {}) => {
      const kid = element(role, parent, options.alt);
      parent.kids.push(kid);
      return kid;
    },
    content: (page, node, operators) => {
      const onPage = runs.get(page) ?? [];
      runs.set(page, onPage);
      const mcid = onPage.length;
      onPage.push(node);
      node.kids.push({ page, mcid });
      return [beginMarked(node.role, `<< /MCID ${mcid} >>`), ...operators, endMarked()];
    },
    artifact: (operators, kind = 'Layout') => [
      beginMarked('Artifact', `<< /Type /${kind} >>`),
      ...operators,
      endMarked(),
    ],
    finish: () => {
      const treeRef = context.nextRef();
      const nums: PDFObject[] = [];
      doc.getPages().forEach((page, index) => {
        page.node.set(PDFName.of('StructParents'), PDFNumber.of(index));
        // Tab through the (hidden) form fields in the order of the structure.
        page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
        nums.push(PDFNumber.of(index), context.obj((runs.get(page) ?? []).map((node) => node.ref)));
      });
      write(root, treeRef);
      context.assign(
        treeRef,
        context.obj({
          Type: 'StructTreeRoot',
          K: root.ref,
          ParentTree: context.obj({ Nums: nums }),
          ParentTreeNextKey: doc.getPageCount(),
        }),
      );
      doc.catalog.set(PDFName.of('StructTreeRoot'), treeRef);
      doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    },
  };
};
