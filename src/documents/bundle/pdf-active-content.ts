import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFObject } from 'pdf-lib';
import { finding, type BundleFlag, type BundleProblem } from './bundle-problem';
import {
  encrypted,
  encryptedUnchecked,
  flagged,
  refused,
  unreadable,
  unscannable,
  type Finding,
} from './pdf-findings';
import { nameForms } from './pdf-names';
import { enumeratePdfObjects } from './pdf-objects';

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
