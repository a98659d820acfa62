import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import { nameForms } from './pdf-names';
import { enumeratePdfObjects } from './pdf-objects';

// What a PDF may do when a caseworker opens it (ISO 32000-1 § 12.6 actions, § 12.7.8 XFA, § 13.7 rich media).
// Running script, starting programs, opening other files, sending or importing form data are refused: no
// applicant needs them. Encryption, embedded files (e-invoices carry their XML that way), links and automatic
// actions occur in real pension notices and scanner output: those are accepted and flagged, so the caseworker
// opens the file with care. Every name in every object counts, as key or value: /S /JavaScript and /JS (…)
// alike, wherever the object sits.

type Finding = { code: string; de: string; en: string };

const javascript: Finding = { code: 'pdf.javascript', de: 'enthält JavaScript', en: 'contains JavaScript' };
const remote: Finding = {
  code: 'pdf.remote-goto',
  de: 'kann andere Dateien öffnen (/GoToR, /GoToE)',
  en: 'can open other files (/GoToR, /GoToE)',
};
const richMedia: Finding = {
  code: 'pdf.rich-media',
  de: 'enthält eingebettete Multimedia-Inhalte (/RichMedia)',
  en: 'contains embedded multimedia (/RichMedia)',
};
const embedded: Finding = {
  code: 'pdf.embedded-file',
  de: 'enthält eingebettete Dateien',
  en: 'contains embedded files',
};
const automatic: Finding = {
  code: 'pdf.automatic-action',
  de: 'löst beim Öffnen Aktionen aus',
  en: 'triggers actions when opened',
};

// Maps, not object literals: a PDF name like /constructor must not find Object.prototype's members.
const refused = new Map<string, Finding>([
  ['JavaScript', javascript],
  ['JS', javascript],
  [
    'Launch',
    { code: 'pdf.launch', de: 'kann Programme starten (/Launch)', en: 'can start programs (/Launch)' },
  ],
  ['SubmitForm', { code: 'pdf.submit-form', de: 'kann Formulardaten versenden', en: 'can send form data' }],
  ['ImportData', { code: 'pdf.import-data', de: 'kann Daten importieren', en: 'can import data' }],
  ['GoToR', remote],
  ['GoToE', remote],
  ['RichMedia', richMedia],
  ['RichMediaContent', richMedia],
  ['XFA', { code: 'pdf.xfa', de: 'enthält ein XFA-Formular', en: 'contains an XFA form' }],
]);

const flagged = new Map<string, Finding>([
  ['EmbeddedFile', embedded],
  ['EmbeddedFiles', embedded],
  ['OpenAction', automatic],
  ['AA', automatic],
  ['URI', { code: 'pdf.uri', de: 'enthält Links ins Internet', en: 'contains links to the internet' }],
]);

const encrypted: Finding = { code: 'pdf.encrypted', de: 'ist verschlüsselt', en: 'is encrypted' };
const encryptedUnchecked: Finding = {
  code: 'pdf.encrypted-unchecked',
  de: 'ist verschlüsselt, und ein Teil ließ sich nicht auf aktive Inhalte prüfen. Sie darf nur in der App angezeigt und nie zum Öffnen außerhalb angeboten werden',
  en: 'is encrypted and part of it could not be checked for active content. It may only be shown inside the app, never offered for opening elsewhere',
};
const unscannable: Finding = {
  code: 'pdf.unscannable',
  de: 'enthält Teile, die sich nicht auf aktive Inhalte prüfen lassen',
  en: 'holds parts that cannot be checked for active content',
};
const unreadable: Finding = {
  code: 'pdf.unreadable',
  de: 'lässt sich nicht als PDF lesen',
  en: 'cannot be read as a PDF',
};

export type PdfScan = { problems: BundleProblem[]; flags: BundleFlag[] };

type Walked = { names: Set<string>; encrypted: boolean; catalog: boolean };

/** Every name in the objects, keys and values, through nested dictionaries, arrays and stream dictionaries. */
function walk(objects: PDFObject[]): Walked {
  const walked: Walked = { names: new Set(), encrypted: false, catalog: false };
  const addName = (name: PDFName) => {
    for (const form of nameForms(name)) walked.names.add(form);
  };
  // The parser limits nesting to 64 levels and follows no references: these trees are finite and shallow.
  const visit = (object: PDFObject): void => {
    if (object instanceof PDFName) addName(object);
    else if (object instanceof PDFArray) object.asArray().forEach(visit);
    else if (object instanceof PDFRawStream) visit(object.dict);
    else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        addName(key);
        const keyForms = nameForms(key);
        if (keyForms.includes('Encrypt')) walked.encrypted = true;
        if (keyForms.includes('Type') && value instanceof PDFName && nameForms(value).includes('Catalog')) {
          walked.catalog = true;
        }
        visit(value);
      }
    }
  };
  objects.forEach(visit);
  return walked;
}

/**
 * Looks for active content in the PDF at `bagPath` by parsing every object a reader could see (pdf-objects.ts);
 * streams are decoded up to `maxInflatedBytes` in total. Never throws.
 */
export function scanPdf(bagPath: string, bytes: Uint8Array, maxInflatedBytes: number): PdfScan {
  const problems: BundleProblem[] = [];
  const flags: BundleFlag[] = [];
  const codes = new Set<string>();
  const add = (list: BundleProblem[], { code, de, en }: Finding) => {
    if (codes.has(code)) return;
    codes.add(code);
    list.push(finding(code, bagPath, `Die PDF-Datei ${de}.`, `the PDF ${en}`));
  };

  let found;
  try {
    found = enumeratePdfObjects(bytes, maxInflatedBytes);
  } catch {
    // pdf-lib's parser is wrapped object by object; this is only a last guard against a bug of ours.
    add(problems, unreadable);
    return { problems, flags };
  }
  const walked = walk(found.objects);
  for (const name of [...walked.names, ...found.lexicalNames]) {
    const refusal = refused.get(name);
    if (refusal !== undefined) add(problems, refusal);
    const flag = flagged.get(name);
    if (flag !== undefined) add(flags, flag);
  }
  const isEncrypted = walked.encrypted || found.lexicalNames.has('Encrypt');
  if (isEncrypted) add(flags, encrypted);
  // Without the key, encrypted object streams cannot be read: the flag keeps the file inside the app.
  if (found.exhausted || found.tooLarge || (found.uncheckedObjectStreams > 0 && !isEncrypted)) {
    add(problems, unscannable);
  } else if (found.uncheckedObjectStreams > 0) {
    add(flags, encryptedUnchecked);
  }
  // A PDF is a catalog and its objects (§ 7.7.2); an encrypted one may keep its catalog in an object stream.
  if (!walked.catalog && !(isEncrypted && found.uncheckedObjectStreams > 0)) add(problems, unreadable);
  return { problems, flags };
}
