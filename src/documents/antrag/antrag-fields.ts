import {
  AcroFieldFlags,
  AnnotationFlags,
  PDFAcroNonTerminal,
  PDFAcroText,
  PDFContentStream,
  PDFHexString,
  PDFName,
  PDFString,
  PDFWidgetAnnotation,
  beginMarkedContent,
  beginText,
  endMarkedContent,
  endText,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  setFillingGrayscaleColor,
  setFontAndSize,
  showText,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import type { GlyphFont } from './glyph-font';

/*
 * Every answer of the Antrag is also a read-only AcroForm text field, so back-office tools read
 * values instead of pixels. Names are dotted paths (PDF partial names joined by '.'), indexes
 * count from 1 in the order of the content, and a value is the text printed on the page (money
 * as "1.234,56 €" in the German original):
 *
 *   antrag.id | antrag.jahr | antrag.vorlaeufig | antrag.sprache | antrag.erstellt
 *   antragsteller.name | .geburtsdatum | .kvnr | .anschrift | .telefon | .email | .iban | .kontoinhaber
 *   antragsteller.vertretung.art | antragsteller.vertretung.name | antragsteller.vertretung.anschrift
 *   haushalt.N.name | .beziehung | .geburtsdatum | .kvnr | .kasse | .familienversichert | .zaehlt | .grund
 *   sozialleistung.art
 *   einnahme.N.person | .art | .zaehlt | .grund | .betrag | .zeitraum | .betrag_jahr
 *   chroniker.N.person | .chronisch_krank | .nachweis
 *   zuzahlung.N.datum | .person | .kategorie | .zaehlt | .anbieter | .beschreibung | .betrag
 *   summe.person.N.name | .betrag | .angerechnet     (all receipts of a person / those counted)
 *   summe.art.N.name | .betrag | .angerechnet        (per payment category)
 *   summe.gesamt.name | .betrag | .angerechnet
 *   teil.N.person | .einnahmen | .satz_1_prozent | .zuzahlungen ("count; sum") | .name | .sha256
 *                                                    (a member's own part, handed in separately: issue 14)
 *   berechnung.bruttoeinnahmen | berechnung.freibetrag.N.person | .art | .betrag
 *   berechnung.einnahmen | .satz | .satz_grund | .belastungsgrenze | .gezahlt | .erreicht_am
 *   berechnung.erstattung | .verbleibend | .vorlaeufig
 *   erklaerung.N.text | erklaerung.N.bestaetigt
 *   unterschrift.ort | unterschrift.datum
 *   anlage.N.datei | anlage.N.nachweis | nachreichen.N.unterlage | nachreichen.N.grund
 *
 * The page shows the same values typeset (wrapped, in tables, across pages); the widgets sit on
 * the printed value but are hidden, so a reader does not draw every answer twice. Each widget
 * still carries an appearance stream in the embedded Unicode font (never Helvetica, which
 * cannot encode "Ł").
 */

export type FieldRect = { x: number; y: number; width: number; height: number };

export type FieldWriter = {
  add: (name: string, value: string, page: PDFPage, rect: FieldRect) => void;
  count: () => number;
};

const fontKey = 'F0';
const fontSize = 8;

export const fieldWriter = (doc: PDFDocument, glyphs: GlyphFont): FieldWriter => {
  const context = doc.context;
  const acroForm = doc.catalog.getOrCreateAcroForm();
  const resources = context.register(context.obj({ Font: { [fontKey]: glyphs.font.ref } }));
  const defaultAppearance = `/${fontKey} ${fontSize} Tf 0 g`;
  acroForm.dict.set(PDFName.of('DR'), resources);
  acroForm.dict.set(PDFName.of('DA'), PDFString.of(defaultAppearance));
  const parents = new Map<string, PDFAcroNonTerminal>();
  const names = new Set<string>();

  const parentOf = (path: readonly string[]): PDFAcroNonTerminal | undefined => {
    if (path.length === 0) return undefined;
    const key = path.join('.');
    const known = parents.get(key);
    if (known) return known;
    const grandParent = parentOf(path.slice(0, -1));
    const node = PDFAcroNonTerminal.create(context);
    node.setPartialName(path[path.length - 1]);
    if (grandParent) {
      node.setParent(grandParent.ref);
      grandParent.addField(node.ref);
    } else acroForm.addField(node.ref);
    parents.set(key, node);
    return node;
  };

  const appearance = (value: string, rect: FieldRect) => {
    const baseline = Math.max(1, (rect.height - fontSize) / 2 + glyphs.descent * fontSize);
    // Not compressed: pako allocates a fresh 64 KB window per stream, which cost more than the
    // whole layout for hundreds of one-line appearances (measured), and saves a few bytes each.
    const dict = context.obj({
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, rect.width, rect.height],
      Resources: resources,
    });
    return context.register(
      PDFContentStream.of(
        dict,
        [
          beginMarkedContent('Tx'),
          pushGraphicsState(),
          beginText(),
          setFontAndSize(fontKey, fontSize),
          setFillingGrayscaleColor(0),
          moveText(1, baseline),
          showText(glyphs.encode(value)),
          endText(),
          popGraphicsState(),
          endMarkedContent(),
        ],
        false,
      ),
    );
  };

  return {
    add: (name, printed, page, rect) => {
      if (names.has(name)) throw new Error(`Duplicate Antrag field name: ${name}`);
      names.add(name);
      const value = printed.replace(/\u00a0/g, ' ');
      const path = name.split('.');
      const parent = parentOf(path.slice(0, -1));
      const field = PDFAcroText.create(context);
      field.setPartialName(path[path.length - 1]);
      field.setValue(PDFHexString.fromText(value));
      field.setFlagTo(AcroFieldFlags.ReadOnly, true);
      field.setDefaultAppearance(defaultAppearance);
      if (parent) {
        field.setParent(parent.ref);
        parent.addField(field.ref);
      } else acroForm.addField(field.ref);
      // Field and widget merged into one dictionary (ISO 32000-1 § 12.5.6.19): a third fewer
      // objects, which is most of the file for 400 receipts.
      field.dict.delete(PDFName.of('Kids'));
      field.dict.set(PDFName.of('Type'), PDFName.of('Annot'));
      field.dict.set(PDFName.of('Subtype'), PDFName.of('Widget'));
      const widget = PDFWidgetAnnotation.fromDict(field.dict);
      widget.setRectangle(rect);
      widget.setP(page.ref);
      widget.setFlagTo(AnnotationFlags.Hidden, true);
      widget.setNormalAppearance(appearance(value, rect));
      page.node.addAnnot(field.ref);
    },
    count: () => names.size,
  };
};
