import type { LocalizedText, Result } from '../validation/result';
import { fail, ok } from '../validation/result';

// Free-text fields of the EPC QR code (EPC069-12). Each field is one line of the payload,
// so a line break inside a value would shift every later field – a payee name with a
// newline could smuggle in a different IBAN. Control, format and separator characters
// are therefore refused; letters such as ä, ö, ü and ß are fine with character set 1 (UTF-8).

export type EpcTextField = 'name' | 'remittance' | 'note';

const LABELS: Record<EpcTextField, LocalizedText> = {
  name: { de: 'Der Name des Zahlungsempfängers', en: 'The payee name' },
  remittance: { de: 'Der Verwendungszweck', en: 'The remittance text' },
  note: { de: 'Der Hinweis an den Zahler', en: 'The note to the payer' },
};

// Cc: controls incl. CR/LF/TAB; Cf: invisible format characters (soft hyphen, zero-width,
// bidi overrides); Zl/Zp: U+2028/U+2029 line breaks; Cs: lone surrogates; Co: private use.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}]/u;

// Returns the trimmed text ('' when absent). Length counts characters (code points), as
// the standard does; the byte limit of the whole payload is checked separately.
export const checkEpcText = (
  field: EpcTextField,
  value: string | undefined,
  maxLength: number,
): Result<string> => {
  const text = (value ?? '').trim();
  const label = LABELS[field];
  if (FORBIDDEN.test(text)) {
    return fail(
      `epc.${field}.invalidCharacters`,
      `${label.de} enthält einen Zeilenumbruch oder ein unsichtbares Steuerzeichen. Bitte schreiben Sie ihn in eine Zeile ohne Sonderzeichen.`,
      `${label.en} contains a line break or an invisible control character. Please write it on one line without special characters.`,
    );
  }
  const length = [...text].length;
  if (length > maxLength) {
    return fail(
      `epc.${field}.tooLong`,
      `${label.de} darf im QR-Code höchstens ${maxLength} Zeichen haben, hat aber ${length}. Bitte kürzen Sie ihn.`,
      `${label.en} may have at most ${maxLength} characters in the QR code but has ${length}. Please shorten it.`,
    );
  }
  return ok(text);
};
