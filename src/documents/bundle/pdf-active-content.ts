import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { pdfNames } from './pdf-names';
import { inflateCapped, splitPdf, type Inflated } from './pdf-streams';

const latin1 = new TextDecoder('latin1');

// What a PDF may do when a caseworker opens it (ISO 32000-1 § 12.6). Running script, starting programs,
// sending or importing form data are refused: no applicant needs them. Encryption, embedded files (e-invoices
// carry their XML that way) and automatic actions occur in real pension notices and scanner output: those are
// accepted and flagged, so the caseworker opens the file with care.

// Maps, not object literals: a PDF name like /constructor must not find Object.prototype's members.
const refused = new Map<string, { code: string; de: string; en: string }>(
  Object.entries({
    JavaScript: { code: 'pdf.javascript', de: 'enthält JavaScript', en: 'contains JavaScript' },
    JS: { code: 'pdf.javascript', de: 'enthält JavaScript', en: 'contains JavaScript' },
    Launch: {
      code: 'pdf.launch',
      de: 'kann Programme starten (/Launch)',
      en: 'can start programs (/Launch)',
    },
    SubmitForm: { code: 'pdf.submit-form', de: 'kann Formulardaten versenden', en: 'can send form data' },
    ImportData: { code: 'pdf.import-data', de: 'kann Daten importieren', en: 'can import data' },
  }),
);

const flagged = new Map<string, { code: string; de: string; en: string }>(
  Object.entries({
    Encrypt: {
      code: 'pdf.encrypted',
      de: 'ist verschlüsselt; ihr Inhalt ließ sich nur teilweise prüfen',
      en: 'is encrypted; its content could only partly be checked',
    },
    EmbeddedFile: {
      code: 'pdf.embedded-file',
      de: 'enthält eingebettete Dateien',
      en: 'contains embedded files',
    },
    EmbeddedFiles: {
      code: 'pdf.embedded-file',
      de: 'enthält eingebettete Dateien',
      en: 'contains embedded files',
    },
    OpenAction: {
      code: 'pdf.automatic-action',
      de: 'löst beim Öffnen Aktionen aus',
      en: 'triggers actions when opened',
    },
    AA: {
      code: 'pdf.automatic-action',
      de: 'löst beim Öffnen Aktionen aus',
      en: 'triggers actions when opened',
    },
  }),
);

export type PdfScan = { problems: BundleProblem[]; flags: BundleFlag[] };

/** Looks for active content in the PDF at `bagPath`; object streams are inflated up to `maxInflatedBytes`. */
export function scanPdf(bagPath: string, bytes: Uint8Array, maxInflatedBytes: number): PdfScan {
  const names = new Set<string>();
  let budget = maxInflatedBytes;
  let unscannable = false;
  const parts = splitPdf(bytes);
  for (const part of parts) if (part.kind === 'text') for (const name of pdfNames(part.text)) names.add(name);
  // Encrypted streams cannot be inflated without the key: the encryption flag tells the caseworker so.
  const encrypted = names.has('Encrypt');
  // Once one object stream is unscannable the PDF is refused: the rest need not be inflated.
  for (const part of parts) {
    if (unscannable) break;
    if (part.kind !== 'object-stream') continue;
    const filters = [...part.dictionary].filter((name) =>
      /.Decode$|^(AHx|A85|LZW|Fl|RL|CCF|DCT|Crypt)$/.test(name),
    );
    // Only Flate without a predictor is decoded; anything else could hide a dictionary from us.
    if (
      !filters.every((name) => name === 'FlateDecode' || name === 'Fl') ||
      part.dictionary.has('Predictor')
    ) {
      unscannable ||= !encrypted;
      continue;
    }
    const inflated: Inflated =
      filters.length === 0 ? { ok: true, text: latin1.decode(part.data) } : inflateCapped(part.data, budget);
    if (!inflated.ok) {
      unscannable ||= inflated.reason === 'too-large' || !encrypted;
      continue;
    }
    budget -= inflated.text.length;
    for (const name of pdfNames(inflated.text)) names.add(name);
  }

  const problems: BundleProblem[] = [];
  const flags: BundleFlag[] = [];
  const codes = new Set<string>();
  const add = (list: BundleProblem[], { code, de, en }: { code: string; de: string; en: string }) => {
    if (codes.has(code)) return;
    codes.add(code);
    list.push(finding(code, bagPath, `Die PDF-Datei ${de}.`, `the PDF ${en}`));
  };
  for (const name of names) {
    const refusal = refused.get(name);
    if (refusal !== undefined) add(problems, refusal);
    const flag = flagged.get(name);
    if (flag !== undefined) add(flags, flag);
  }
  if (unscannable) {
    add(problems, {
      code: 'pdf.unscannable',
      de: 'enthält Objekt-Datenströme, die sich nicht auf aktive Inhalte prüfen lassen',
      en: 'holds object streams that cannot be checked for active content',
    });
  }
  return { problems, flags };
}
