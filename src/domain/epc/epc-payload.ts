import { validateBic } from '../identifiers/bic';
import { validateCreditorReference } from '../identifiers/creditor-reference';
import { validateIban } from '../identifiers/iban';
import type { Cents } from '../money/cents';
import type { Problem, Result } from '../validation/result';
import { fail, ok } from '../validation/result';
import { formatEpcAmount } from './epc-amount';
import { checkEpcText } from './epc-text-field';

// Payload of the EPC QR code ("GiroCode"), EPC069-12 "Quick Response Code: Guidelines to
// Enable Data Capture for the Initiation of a SEPA Credit Transfer", version 002,
// character set 1 (UTF-8), identification SCT; see docs/rules/rules.md § 9. The insurer's bank
// details come from configuration and are passed in here.

export type EpcTransfer = {
  name: string;
  iban: string;
  bic?: string;
  amountCents: Cents;
  remittance?: string;
  reference?: string;
  purpose?: string;
  note?: string;
};

// EPC069-12: the whole payload may not exceed 331 bytes.
export const EPC_MAX_BYTES = 331;

// Keeps a shared validator's message but names the EPC field: iban.checksum -> epc.iban.checksum.
const inField = (field: string, problem: Problem, from: string): Result<string> => ({
  ok: false,
  problem: { ...problem, code: `epc.${field}.${problem.code.slice(from.length + 1)}` },
});

const optional = (value: string | undefined): string | undefined => {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
};

const checkPurpose = (value: string | undefined): Result<string> => {
  // ISO 20022 ExternalPurpose1Code, e.g. "MDCS" (medical services): up to 4 capital letters.
  if (value === undefined || /^[A-Z]{1,4}$/.test(value)) return ok(value ?? '');
  return fail(
    'epc.purpose.invalid',
    'Der Zweckcode besteht aus höchstens 4 Großbuchstaben, zum Beispiel MDCS. Bitte prüfen Sie die Konfiguration.',
    'The purpose code consists of at most 4 capital letters, for example MDCS. Please check the configuration.',
  );
};

const checkReference = (value: string | undefined): Result<string> => {
  if (value === undefined) return ok('');
  const result = validateCreditorReference(value);
  return result.ok ? result : inField('reference', result.problem, 'creditorReference');
};

const checkBic = (value: string | undefined): Result<string> => {
  if (value === undefined) return ok(''); // optional in version 002 within the EEA
  const result = validateBic(value);
  return result.ok ? result : inField('bic', result.problem, 'bic');
};

export const buildEpcPayload = (input: EpcTransfer): Result<string> => {
  const reference = optional(input.reference);
  const remittance = optional(input.remittance);
  if (reference !== undefined && remittance !== undefined) {
    // EPC069-12: structured reference and unstructured text exclude each other.
    return fail(
      'epc.referenceAndRemittance',
      'Der QR-Code kann entweder eine RF-Referenz oder einen Verwendungszweck enthalten, nicht beides. Bitte lassen Sie eines weg.',
      'The QR code can hold either an RF reference or a remittance text, not both. Please leave one out.',
    );
  }
  const name = checkEpcText('name', input.name, 70);
  if (name.ok && name.value === '') {
    return fail(
      'epc.name.empty',
      'Für den QR-Code fehlt der Name des Zahlungsempfängers. Bitte tragen Sie ihn ein.',
      'The payee name for the QR code is missing. Please fill it in.',
    );
  }
  const iban = validateIban(input.iban);
  const fields: Result<string>[] = [
    checkBic(optional(input.bic)),
    name,
    iban.ok ? iban : inField('iban', iban.problem, 'iban'),
    formatEpcAmount(input.amountCents),
    checkPurpose(optional(input.purpose)),
    checkReference(reference),
    checkEpcText('remittance', remittance, 140),
    checkEpcText('note', input.note, 70),
  ];
  const lines = ['BCD', '002', '1', 'SCT'];
  for (const field of fields) {
    if (!field.ok) return field;
    lines.push(field.value);
  }
  // The standard lets trailing empty fields be left out, which keeps the QR code smaller.
  while (lines.at(-1) === '') lines.pop();
  const payload = lines.join('\n');
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > EPC_MAX_BYTES) {
    return fail(
      'epc.payload.tooLarge',
      `Die Angaben sind zusammen zu lang für den QR-Code (${bytes} von höchstens ${EPC_MAX_BYTES} Byte). Bitte kürzen Sie den Verwendungszweck oder den Hinweis.`,
      `Together the details are too long for the QR code (${bytes} of at most ${EPC_MAX_BYTES} bytes). Please shorten the remittance text or the note.`,
    );
  }
  return ok(payload);
};
