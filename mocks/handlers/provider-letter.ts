import { providerLetterText } from '../../src/documents/provider-letter/provider-letter-text';
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
    ...providerLetterText({
      recipient,
      reason,
      ...codes,
      createdAt: new Date(now),
      expiresAt: new Date(expiresAt),
      insurer: {
        name: demoServiceInfo.insurerName,
        postalAddress: demoServiceInfo.postalAddress,
        phone: demoServiceInfo.phone,
      },
    }),
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
