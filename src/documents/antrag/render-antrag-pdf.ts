import type { PDFDocument } from 'pdf-lib';
import { PDFName, type PDFPage } from 'pdf-lib';
import type { AntragContent } from './antrag-content';
import { fieldWriter, type FieldWriter } from './antrag-fields';
import { formatDate, formatDateTime } from './antrag-format';
import { nameFontSubset } from './font-subset-tag';
import { antragMessages, type AntragMessages } from './antrag-messages';
import type { AntragSection } from './antrag-section';
import { keepTogether } from './keep-together';
import { pageFlow } from './page-flow';
import { margin, pageSize, type Mark, type PdfCanvas, type TextRun } from './pdf-canvas';
import { renderApplicant } from './section-applicant';
import { renderAttachments } from './section-attachments';
import { renderAdvancePayment } from './section-advance-payment';
import { renderCalculation } from './section-calculation';
import { renderChronicIllness } from './section-chronic';
import { renderDeclarations } from './section-declarations';
import { renderHousehold } from './section-household';
import { renderIncomes } from './section-incomes';
import { renderReceipts } from './section-receipts';
import { renderWelfare } from './section-welfare';
import { wrapText } from './wrap-text';
import { newTaggedPdf, type PdfFonts } from './tagged-pdf';
import { xmpMetadata } from './xmp-metadata';

export type AntragFonts = PdfFonts;

export const antragProducer = 'Zuzahlungsbefreiung online (pdf-lib 1.17.1)';

/**
 * The filled application as an A4 PDF: the sections of the form in order, continuation pages
 * with the repeated header and "Seite x von y", every answer also a read-only form field
 * (naming scheme in antrag-fields.ts). The fonts are embedded as subsets with tagged names; the
 * document is tagged (structure tree in reading order, ADR 0017). Nothing here reads the clock or
 * the file system, so the same content and fonts always give the same document.
 */
export const renderAntragPdf = async (content: AntragContent, fonts: AntragFonts): Promise<Uint8Array> => {
  const { doc, regular, bold, canvas } = await newTaggedPdf(fonts);
  const fields = fieldWriter(doc, regular);
  const m = antragMessages[content.language];
  const flow = pageFlow(canvas, fields, (page, first) => drawHeader(canvas, page, first, content, m));

  flow.newPage();
  addDocumentFields(fields, flow.pages()[0] as PDFPage, content, m);
  const names = new Map(content.household.map((member) => [member.id, member.name]));
  const section: AntragSection = {
    flow,
    content,
    m,
    language: content.language,
    memberName: (id) => names.get(id) ?? id,
    yesNo: (value) => (value ? m.yes : m.no),
  };
  for (const render of [
    renderApplicant,
    renderHousehold,
    renderWelfare,
    renderIncomes,
    renderChronicIllness,
    renderReceipts,
    renderCalculation,
    renderAdvancePayment,
    renderDeclarations,
    renderAttachments,
  ]) {
    render(section);
  }
  drawFooters(canvas, flow.pages(), content, m);
  canvas.structure.finish();
  setMetadata(doc, content, m);
  // Our widgets already carry appearances in the Unicode font; this regenerates any that do not,
  // with that font too. save() must not run its own update: it would embed Helvetica, which
  // cannot encode "Ł" (shared/design/toolchain.md, pitfalls).
  doc.getForm().updateFieldAppearances(regular.font);
  // Every glyph is encoded now: embed the subsets and give them tagged names ("ABCDEF+DejaVuSans").
  const seed = JSON.stringify(content);
  await nameFontSubset(regular.font, `regular ${seed}`);
  if (bold !== regular) await nameFontSubset(bold.font, `bold ${seed}`);
  return doc.save({ updateFieldAppearances: false });
};

// Readers box a word from the baseline up to ascent + descent (poppler does); the first header
// line starts that far below the top margin so no box crosses it.
const drawLines = (
  canvas: PdfCanvas,
  page: PDFPage,
  y: number,
  run: Omit<TextRun, 'y' | 'x'>,
  mark: Mark,
): number => {
  const font = canvas.fonts[run.weight ?? 'regular'];
  let top = y;
  const text = keepTogether(run.text);
  for (const line of wrapText(text, pageSize.width - 2 * margin, (s) => font.width(s, run.size))) {
    const baseline = top - (font.ascent + font.descent) * run.size - 1;
    canvas.text(page, { ...run, text: line, x: margin, y: baseline }, mark);
    top = baseline - font.descent * run.size - 1;
  }
  return top;
};

/**
 * The title block. On the first page it is the document's title (H1) and its first paragraphs; on
 * a continuation page the same lines repeat as a pagination artifact, read once, not per page.
 */
const drawHeader = (
  canvas: PdfCanvas,
  page: PDFPage,
  first: boolean,
  content: AntragContent,
  m: AntragMessages,
): number => {
  const { structure } = canvas;
  const mark = (role: 'H1' | 'P'): Mark => (first ? structure.add(structure.root, role) : 'pagination');
  let y = drawLines(
    canvas,
    page,
    pageSize.height - margin,
    { text: m.title, size: 12, weight: 'bold' },
    mark('H1'),
  );
  const year = `${m.year} ${content.year}${content.provisional ? ` – ${m.provisional}` : ''}`;
  y = drawLines(
    canvas,
    page,
    y,
    { text: `${m.applicationId} ${content.applicationId} · ${year}`, size: 8 },
    mark('P'),
  );
  if (m.readingCopy !== '')
    y = drawLines(canvas, page, y, { text: m.readingCopy, size: 8, weight: 'bold' }, mark('P'));
  canvas.rule(page, y - 3);
  return y - 8;
};

const drawFooters = (
  canvas: PdfCanvas,
  pages: readonly PDFPage[],
  content: AntragContent,
  m: AntragMessages,
) => {
  const size = 8;
  const { regular } = canvas.fonts;
  const y = margin + regular.descent * size + 0.5;
  const left = `${m.applicationId} ${content.applicationId} · ${m.created} ${formatDateTime(content.createdAt, content.language)}`;
  pages.forEach((page, index) => {
    const number = m.page(index + 1, pages.length);
    canvas.rule(page, margin + 12, 0.8);
    canvas.text(page, { text: left, x: margin, y, size, gray: 0.35 }, 'pagination');
    canvas.text(
      page,
      { text: number, x: pageSize.width - margin - regular.width(number, size), y, size },
      'pagination',
    );
  });
};

const addDocumentFields = (fields: FieldWriter, page: PDFPage, content: AntragContent, m: AntragMessages) => {
  const rect = {
    x: margin,
    y: pageSize.height - margin - 20,
    width: pageSize.width - 2 * margin,
    height: 20,
  };
  fields.add('antrag.id', content.applicationId, page, rect);
  fields.add('antrag.jahr', String(content.year), page, rect);
  fields.add('antrag.vorlaeufig', content.provisional ? m.yes : m.no, page, rect);
  fields.add('antrag.sprache', content.language, page, rect);
  fields.add('antrag.erstellt', formatDateTime(content.createdAt, content.language), page, rect);
};

const setMetadata = (doc: PDFDocument, content: AntragContent, m: AntragMessages) => {
  const created = new Date(content.createdAt);
  const title = `${m.title} ${content.year}`;
  const language = content.language === 'de' ? 'de-DE' : 'en-GB';
  // showInWindowTitleBar: /ViewerPreferences << /DisplayDocTitle true >>, the title, not the file name.
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(content.applicant.name);
  doc.setSubject(
    `${m.applicationId} ${content.applicationId} · ${m.year} ${content.year} · ${formatDate(content.signature.date, content.language)}`,
  );
  doc.setKeywords(['Zuzahlungsbefreiung', '§ 62 SGB V', String(content.year), content.applicationId]);
  doc.setLanguage(language);
  doc.setCreator('Zuzahlungsbefreiung online');
  doc.setProducer(antragProducer);
  doc.setCreationDate(created);
  doc.setModificationDate(created);
  // PDF/UA wants the title and the claim of conformance in XMP as well as in the Info dictionary.
  doc.catalog.set(
    PDFName.of('Metadata'),
    doc.context.register(
      doc.context.stream(
        xmpMetadata({
          title,
          language,
          author: content.applicant.name,
          created: content.createdAt,
          producer: antragProducer,
        }),
        {
          Type: 'Metadata',
          Subtype: 'XML',
        },
      ),
    ),
  );
};
