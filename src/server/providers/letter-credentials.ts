import { randomInt } from 'node:crypto';
import { keyedHash } from '../secrets/keyed-hash';

/**
 * The initial password and the Prüfnummer a provider's letter carries (issue 15). Both are random, printed in
 * groups from an alphabet without look-alikes (no I, O, 0, 1), and stored only as HMACs with the server secret
 * (migration 12): a copy of the table without the secret gives no way to test guesses. The initial password has
 * 80 bits (16 characters of 32); the Prüfnummer, typed once inside a session the initial password opened and
 * locked out after a few wrong tries, has 50 bits (10 characters).
 */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomGroups(groups: number, size: number): string {
  const parts: string[] = [];
  for (let group = 0; group < groups; group += 1) {
    let part = '';
    for (let index = 0; index < size; index += 1) part += alphabet[randomInt(alphabet.length)];
    parts.push(part);
  }
  return parts.join('-');
}

/** 'ABCD-EFGH-JKLM-NPQR' */
export const newInitialPassword = (): string => randomGroups(4, 4);
/** 'ABCDE-FGHJK' */
export const newPruefnummer = (): string => randomGroups(2, 5);

/** As typed: spaces and dashes do not count, nor does case (a letter is read and typed by people). */
export const normalizeLetterCode = (typed: string): string => typed.replace(/[\s-]+/g, '').toUpperCase();

/** The stored form: bound to the IK, so one letter's codes never open another account. */
export const initialPasswordHmac = (secret: Buffer, ik: string, typed: string): string =>
  keyedHash(secret, 'provider-initial-password', `${ik}:${normalizeLetterCode(typed)}`).toString('hex');

export const pruefnummerHmac = (secret: Buffer, ik: string, typed: string): string =>
  keyedHash(secret, 'provider-pruefnummer', `${ik}:${normalizeLetterCode(typed)}`).toString('hex');
