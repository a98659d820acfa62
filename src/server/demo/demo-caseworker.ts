import type { Database } from '../db/database';
import { createCaseworker, findCaseworker, UsernameTakenError } from '../caseworker/caseworker-repository';
import { hashPassword, type PasswordRecord } from '../caseworker/password';

/**
 * DEMO ONLY. The seeded caseworker of a demo start (APP_MODE=demo), with a password and a TOTP secret printed in
 * the README so that anyone trying the demo can log in. A production start never calls this (start-server.ts),
 * and tests/server/caseworker-accounts.test.ts proves a production database has no such account.
 */
export const demoCaseworker = {
  username: 'demo-sachbearbeitung',
  displayName: 'Demo Sachbearbeitung',
  password: 'Zuzahlung-Demo-2026!',
  /** Base32; the otpauth:// URI in the README carries the same. */
  totpSecret: 'DEMOSACHBEARBEITUNGZUZAHLUNGAAAA',
} as const;

// One scrypt per process for the public demo password: test runs start many demo servers, each 0.7 s otherwise.
let demoPasswordRecord: Promise<PasswordRecord> | undefined;

/** Creates the demo caseworker unless it exists (a restart keeps the data directory). */
export async function seedDemoCaseworker(db: Database, now: Date): Promise<void> {
  if (await findCaseworker(db, demoCaseworker.username)) return;
  await createCaseworker(db, {
    username: demoCaseworker.username,
    displayName: demoCaseworker.displayName,
    password: await (demoPasswordRecord ??= hashPassword(demoCaseworker.password)),
    totpSecret: demoCaseworker.totpSecret,
    now,
  }).catch((error: unknown) => {
    // Two demo processes on one PostgreSQL database may race here; the other one created it.
    if (!(error instanceof UsernameTakenError)) throw error;
  });
}
