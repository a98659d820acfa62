import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { audit } from '../audit/audit-log';
import type { Database } from '../db/database';
import { setProviderDailyQuota } from '../providers/provider-accounts';
import {
  readProviderCheckSettings,
  updateProviderCheckSettings,
  type ProviderCheckSettings,
} from '../providers/provider-check-settings';
import { registerEntrySchema, upsertRegisterEntry } from '../providers/provider-register';
import { adminUsage, type AdminIo } from './caseworker-admin';

/**
 * The operator's provider commands (issue 15; README "Caseworker accounts" lists them with the others):
 *
 * - `provider settings [--daily-quota N] [--burst-limit N] [--burst-window-seconds N] [--dormant-days N]
 *   [--letter-valid-days N]` changes the limits of the status check in provider_check_settings (every server
 *   process reads them from there) and prints them all; without options it only prints them.
 * - `provider quota <IK> <N|default>` gives one provider its own daily limit, or takes it away.
 * - `provider import <file.json>` adds or updates entries of the IK register from a JSON array of
 *   `{ "ik": "…", "name": "…", "addressLines": ["…", "…"] }`: all are checked first (a valid IK, a name, two to
 *   six address lines), and either all are stored or, with one bad entry, none.
 *
 * Exit codes as the other commands: 0 done, 1 refused (no such account, a bad file), 2 bad usage.
 */
const options: Record<string, keyof ProviderCheckSettings> = {
  '--daily-quota': 'dailyQuota',
  '--burst-limit': 'burstLimit',
  '--burst-window-seconds': 'burstWindowSeconds',
  '--dormant-days': 'dormantAfterDays',
  '--letter-valid-days': 'letterValidDays',
};

const wholeNumber = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

export async function runProviderCommand(
  db: Database,
  args: readonly string[],
  io: AdminIo,
): Promise<number> {
  const [group, command, ...rest] = args;
  if (group !== 'provider') return usage(io);
  if (command === 'settings') return settings(db, rest, io);
  if (command === 'quota' && rest.length === 2) return quota(db, rest[0] ?? '', rest[1] ?? '', io);
  if (command === 'import' && rest.length === 1) return importRegister(db, rest[0] ?? '', io);
  return usage(io);
}

function usage(io: AdminIo): number {
  io.err(adminUsage);
  return 2;
}

async function settings(db: Database, rest: readonly string[], io: AdminIo): Promise<number> {
  if (rest.length % 2 !== 0) return usage(io);
  const changes: Partial<ProviderCheckSettings> = {};
  for (let index = 0; index < rest.length; index += 2) {
    const key = options[rest[index] ?? ''];
    const value = wholeNumber.safeParse(rest[index + 1]);
    if (!key) return usage(io);
    if (!value.success) {
      io.err(`Not a whole number greater than 0: ${rest[index]} ${rest[index + 1]}`);
      return 2;
    }
    changes[key] = value.data;
  }
  const changed = Object.keys(changes);
  const current =
    changed.length > 0 ? await updateProviderCheckSettings(db, changes) : await readProviderCheckSettings(db);
  if (changed.length > 0) {
    await audit(db, {
      at: io.now(),
      actorRole: 'admin',
      action: 'provider.settings.changed',
      detail: changed.join(','),
      outcome: 'ok',
    });
  }
  for (const [option, key] of Object.entries(options)) io.out(`${option.slice(2)}\t${current[key]}`);
  return 0;
}

async function quota(db: Database, ik: string, typed: string, io: AdminIo): Promise<number> {
  const value = typed === 'default' ? undefined : wholeNumber.safeParse(typed);
  if (value !== undefined && !value.success) {
    io.err(`Not a whole number greater than 0, nor "default": ${typed}`);
    return 2;
  }
  if (!(await setProviderDailyQuota(db, ik, value?.data))) {
    io.err(
      `Refused: there is no provider account with the IK ${ik} (it exists once a letter was asked for).`,
    );
    return 1;
  }
  await audit(db, {
    at: io.now(),
    actorRole: 'admin',
    action: 'provider.quota.set',
    objectRef: ik,
    detail: value ? String(value.data) : 'default',
    outcome: 'ok',
  });
  io.err(
    value
      ? `The provider ${ik} may now make ${value.data} status queries a day.`
      : `The provider ${ik} now has the default daily limit.`,
  );
  return 0;
}

async function importRegister(db: Database, path: string, io: AdminIo): Promise<number> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    io.err(`Refused: ${path} could not be read as JSON (${(error as Error).message}).`);
    return 1;
  }
  const entries = z.array(registerEntrySchema).min(1).safeParse(parsed);
  if (!entries.success) {
    for (const issue of entries.error.issues.slice(0, 20)) {
      io.err(`Refused: entry ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    }
    io.err('Nothing was imported.');
    return 1;
  }
  const counts = await db.transaction(async (tx) => {
    const tally = { added: 0, updated: 0 };
    for (const entry of entries.data) tally[await upsertRegisterEntry(tx, entry)] += 1;
    return tally;
  });
  await audit(db, {
    at: io.now(),
    actorRole: 'admin',
    action: 'provider.register.imported',
    detail: `added ${counts.added}, updated ${counts.updated}`,
    outcome: 'ok',
  });
  io.out(`IK register: ${counts.added} added, ${counts.updated} updated.`);
  return 0;
}
