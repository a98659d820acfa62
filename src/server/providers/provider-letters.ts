import type { ServerConfig } from '../config/server-config';
import { asIso, type Queryable } from '../db/database';
import {
  initialPasswordHmac,
  newInitialPassword,
  newPruefnummer,
  pruefnummerHmac,
} from './letter-credentials';
import { providerLetterText } from '../../documents/provider-letter/provider-letter-text';
import type { RegisterEntry } from './provider-register';

/**
 * Letters to providers (provider_letters, migration 12): each carries an initial password and a Prüfnummer, kept
 * as HMACs; its text waits in outgoing_letters (recipient_kind 'provider', recipient_ref the IK) until the print
 * service prints it (printed_at). Only the newest letter of an IK counts: a new one replaces the earlier ones.
 */
export type StoredProviderLetter = {
  id: string;
  ik: string;
  initialPasswordHmac: string;
  pruefnummerHmac: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt?: Date;
};

/** At most this many letters per IK in this many days: nobody runs up the insurer's postage with one IK. */
export const letterLimit = { letters: 3, days: 30 } as const;

const day = 24 * 60 * 60 * 1000;

type LetterRow = {
  id: string | number;
  ik: string;
  initial_password_hmac: string;
  pruefnummer_hmac: string;
  created_at: unknown;
  expires_at: unknown;
  used_at: unknown;
};

const letterOf = (row: LetterRow): StoredProviderLetter => ({
  id: String(row.id),
  ik: row.ik,
  initialPasswordHmac: row.initial_password_hmac,
  pruefnummerHmac: row.pruefnummer_hmac,
  createdAt: new Date(asIso(row.created_at)),
  expiresAt: new Date(asIso(row.expires_at)),
  ...(row.used_at === null || row.used_at === undefined ? {} : { usedAt: new Date(asIso(row.used_at)) }),
});

const letterColumns = 'id, ik, initial_password_hmac, pruefnummer_hmac, created_at, expires_at, used_at';

/** Letters made for an IK since a point in time (the letter limit). */
export async function countLettersSince(db: Queryable, ik: string, since: Date): Promise<number> {
  const result = await db.query<{ count: string | number }>(
    'SELECT count(*) AS count FROM provider_letters WHERE ik = $1 AND created_at > $2',
    [ik, since.toISOString()],
  );
  return Number(result.rows[0]?.count ?? 0);
}

/** Whether the IK may have one more letter now. */
export async function withinLetterLimit(db: Queryable, ik: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - letterLimit.days * day);
  return (await countLettersSince(db, ik, since)) < letterLimit.letters;
}

/**
 * Makes a letter for a registered IK whose account exists: fresh codes, their HMACs, and the text in
 * outgoing_letters addressed to the register's name and address. Run it in the transaction that checked the
 * letter limit. The codes themselves leave this function only inside the letter's text.
 */
export async function makeProviderLetter(
  db: Queryable,
  secret: Buffer,
  input: {
    entry: RegisterEntry;
    reason: 'registration' | 'newLetter';
    now: Date;
    validDays: number;
    insurer: Pick<ServerConfig['insurer'], 'name' | 'postalAddress' | 'phone'>;
  },
): Promise<{ letterId: string; outgoingLetterId: string }> {
  const initialPassword = newInitialPassword();
  const pruefnummer = newPruefnummer();
  const expiresAt = new Date(input.now.getTime() + input.validDays * day);
  const { subject, body } = providerLetterText({
    recipient: input.entry,
    reason: input.reason,
    initialPassword,
    pruefnummer,
    createdAt: input.now,
    expiresAt,
    insurer: input.insurer,
  });
  const outgoing = await db.query<{ id: string | number }>(
    `INSERT INTO outgoing_letters (created_at, recipient_kind, recipient_ref, subject, body)
     VALUES ($1, 'provider', $2, $3, $4) RETURNING id`,
    [input.now.toISOString(), input.entry.ik, subject, body],
  );
  const outgoingLetterId = String(outgoing.rows[0]?.id);
  const letter = await db.query<{ id: string | number }>(
    `INSERT INTO provider_letters (ik, reason, initial_password_hmac, pruefnummer_hmac, created_at, expires_at,
       outgoing_letter_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      input.entry.ik,
      input.reason,
      initialPasswordHmac(secret, input.entry.ik, initialPassword),
      pruefnummerHmac(secret, input.entry.ik, pruefnummer),
      input.now.toISOString(),
      expiresAt.toISOString(),
      outgoingLetterId,
    ],
  );
  return { letterId: String(letter.rows[0]?.id), outgoingLetterId };
}

/** The IK's newest letter, the only one whose codes count. */
export async function newestLetter(db: Queryable, ik: string): Promise<StoredProviderLetter | undefined> {
  const result = await db.query<LetterRow>(
    `SELECT ${letterColumns} FROM provider_letters WHERE ik = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
    [ik],
  );
  const row = result.rows[0];
  return row ? letterOf(row) : undefined;
}

export async function findLetter(db: Queryable, id: string): Promise<StoredProviderLetter | undefined> {
  if (!/^\d+$/.test(id)) return undefined;
  const result = await db.query<LetterRow>(`SELECT ${letterColumns} FROM provider_letters WHERE id = $1`, [
    id,
  ]);
  const row = result.rows[0];
  return row ? letterOf(row) : undefined;
}

/** Whether a letter's codes still open anything: unused, unexpired and the newest of its IK. */
export const isUsable = (letter: StoredProviderLetter, newest: StoredProviderLetter | undefined, now: Date) =>
  letter.usedAt === undefined && now < letter.expiresAt && newest?.id === letter.id;

/** Marks the letter used, once: false when another request used it first. */
export async function useLetter(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db.query(
    'UPDATE provider_letters SET used_at = $2 WHERE id = $1 AND used_at IS NULL RETURNING id',
    [id, now.toISOString()],
  );
  return result.rows.length > 0;
}
