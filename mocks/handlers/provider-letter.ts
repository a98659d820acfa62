import { berlinDateTime, formatDate, formatDateTime } from '../../src/documents/antrag/antrag-format';
import { demoServiceInfo } from '../data/service-info';
import type { DemoRegisterEntry } from '../data/demo-providers';
import {
  mockOutgoingLetters,
  mockProviderCheckSettings as settings,
  mockProviderLetters,
  nextLetterId,
} from '../store/provider-store';
import { labelledHmac } from './provider-secret';

/**
 * A provider's letter in the mock (the server's src/server/providers/letter-credentials.ts and
 * provider-letter-text.ts): an initial password of 16 and a Prüfnummer of 10 random characters from an alphabet
 * without look-alikes, kept as HMACs bound to the IK, and the letter's text in the demo mailbox (the print service's
 * outgoing_letters), addressed to the register's name and address, never to one typed in a form.
 */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const dayMs = 24 * 60 * 60 * 1000;

function randomGroups(groups: number, size: number): string {
  // 32 characters: the low five bits of a random byte pick one without bias.
  const bytes = crypto.getRandomValues(new Uint8Array(groups * size));
  const characters = Array.from(bytes, (byte) => alphabet[byte & 31] ?? '');
  return Array.from({ length: groups }, (_, group) =>
    characters.slice(group * size, (group + 1) * size).join(''),
  ).join('-');
}

/** As typed: spaces and dashes do not count, nor does case (a letter is read and typed by people). */
const normalized = (typed: string): string => typed.replace(/[\s-]+/g, '').toUpperCase();

export const initialPasswordHmac = (ik: string, typed: string): Promise<string> =>
  labelledHmac('provider-initial-password', `${ik}:${normalized(typed)}`);

export const pruefnummerHmac = (ik: string, typed: string): Promise<string> =>
  labelledHmac('provider-pruefnummer', `${ik}:${normalized(typed)}`);

export const providerLetterSubject = 'Ihr Zugang zur Online-Abfrage des Zuzahlungsstatus';

function letterBody(
  recipient: DemoRegisterEntry,
  reason: 'registration' | 'newLetter',
  codes: { initialPassword: string; pruefnummer: string },
  createdAt: number,
  expiresAt: number,
): string {
  const why =
    reason === 'registration'
      ? 'Sie haben den Zugang zur Online-Abfrage des Zuzahlungsstatus beantragt.'
      : 'Sie haben einen neuen Brief für die Online-Abfrage des Zuzahlungsstatus angefordert.';
  return [
    demoServiceInfo.postalAddress.join(' · '),
    '',
    recipient.name,
    ...recipient.addressLines,
    '',
    formatDate(berlinDateTime(new Date(createdAt).toISOString()).date, 'de'),
    '',
    providerLetterSubject,
    `Institutionskennzeichen (IK): ${recipient.ik}`,
    '',
    'Sehr geehrte Damen und Herren,',
    '',
    `${why} Damit prüfen Sie, ob eine Patientin oder ein Patient von Zuzahlungen befreit ist.`,
    '',
    'So melden Sie sich an:',
    '1. Öffnen Sie die Online-Abfrage und wählen Sie „Anmelden“.',
    `2. Geben Sie Ihr IK und dieses Erstpasswort ein: ${codes.initialPassword}`,
    `3. Geben Sie danach diese Prüfnummer ein: ${codes.pruefnummer}`,
    '4. Legen Sie ein eigenes Passwort fest. Es muss mindestens 12 Zeichen haben.',
    '',
    `Erstpasswort und Prüfnummer gelten bis ${formatDateTime(new Date(expiresAt).toISOString(), 'de')}.`,
    'Sie können die Prüfnummer nur einmal verwenden.',
    'Dieser Brief ersetzt frühere Briefe mit Erstpasswort und Prüfnummer.',
    'Ein eigenes Passwort, das Sie schon haben, gilt weiter, bis Sie die Prüfnummer verwenden.',
    '',
    `Sie haben diesen Brief nicht angefordert? Dann rufen Sie uns bitte an: ${demoServiceInfo.phone}.`,
    '',
    'Mit freundlichen Grüßen',
    demoServiceInfo.insurerName,
  ].join('\n');
}

/** Letters per IK within this many days, so nobody runs up the insurer's postage. */
export const letterLimit = { letters: 3, days: 30 };

/**
 * Makes a letter for a register entry and puts it into the mailbox, unless the IK had its letters of the period:
 * then nothing happens, and the caller answers the same 202 (the answer never tells).
 */
export async function postProviderLetter(
  recipient: DemoRegisterEntry,
  reason: 'registration' | 'newLetter',
  now: number,
): Promise<boolean> {
  const recent = mockProviderLetters.filter(
    (letter) => letter.ik === recipient.ik && letter.createdAt > now - letterLimit.days * dayMs,
  );
  if (recent.length >= letterLimit.letters) return false;
  const codes = { initialPassword: randomGroups(4, 4), pruefnummer: randomGroups(2, 5) };
  const expiresAt = now + settings.letterValidDays * dayMs;
  const id = nextLetterId();
  mockProviderLetters.push({
    id,
    ik: recipient.ik,
    reason,
    initialPasswordHmac: await initialPasswordHmac(recipient.ik, codes.initialPassword),
    pruefnummerHmac: await pruefnummerHmac(recipient.ik, codes.pruefnummer),
    createdAt: now,
    expiresAt,
  });
  mockOutgoingLetters.push({
    id: String(id),
    ik: recipient.ik,
    createdAt: new Date(now).toISOString(),
    recipient: { name: recipient.name, addressLines: [...recipient.addressLines] },
    subject: providerLetterSubject,
    body: letterBody(recipient, reason, codes, now, expiresAt),
  });
  return true;
}

/** The letter whose initial password opens the account now: the newest, if it is unused and unexpired. */
export function currentLetter(ik: string, now: number) {
  const newest = mockProviderLetters
    .filter((letter) => letter.ik === ik)
    .reduce<(typeof mockProviderLetters)[number] | undefined>(
      (latest, letter) => (latest === undefined || letter.id > latest.id ? letter : latest),
      undefined,
    );
  return newest && newest.usedAt === undefined && now < newest.expiresAt ? newest : undefined;
}
