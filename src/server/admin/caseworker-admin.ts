import { caseworkerUsernameSchema } from '../../api/contracts/caseworker-auth';
import { audit } from '../audit/audit-log';
import {
  createCaseworker,
  disableCaseworker,
  listCaseworkers,
  UsernameTakenError,
} from '../caseworker/caseworker-repository';
import { hashPassword, passwordWeakness } from '../caseworker/password';
import { createTotpSecret, totpUri } from '../caseworker/totp';
import type { Queryable } from '../db/database';

/**
 * The administrator's caseworker commands (README "Caseworker accounts"), apart from the terminal so tests run
 * them directly: `add` takes the password from the caller (stdin or a hidden prompt, never argv), `disable`
 * ends the account's sessions, `list` shows no secret. Each prints to `out`, complains to `err` and returns the
 * exit code: 0 done, 1 refused (a weak password, a taken or unknown name), 2 bad usage.
 */
export type AdminIo = {
  out(line: string): void;
  err(line: string): void;
  /** Asked only by `add`, after the arguments were checked. */
  readPassword(): Promise<string>;
  now(): Date;
};

export const adminUsage = [
  'Usage:',
  '  npm run --silent admin -- caseworker add <username> --name "<display name>"',
  '      reads the password from stdin, or asks for it twice without echo on a terminal',
  '  npm run --silent admin -- caseworker disable <username>',
  '  npm run --silent admin -- caseworker list',
  '  npm run --silent admin -- retention list [--today YYYY-MM-DD]',
  '      shows the cases whose deletion date has come (decided ones to delete, undecided ones kept) and how many',
  '      ended invitations, member sessions and abandoned applications in progress a run would delete',
  '  npm run --silent admin -- retention run [--today YYYY-MM-DD]',
  '      deletes the decided ones, each with its bundle and everything of the case, and that invitation data',
  '      (docs/rules/retention.md)',
  '  npm run --silent admin -- provider settings [--daily-quota N] [--burst-limit N] [--burst-window-seconds N]',
  '      [--dormant-days N] [--letter-valid-days N]',
  '      changes the limits of the provider status check and prints them (without options: prints only)',
  '  npm run --silent admin -- provider quota <IK> <N|default>',
  "      sets one provider's own daily limit of status queries, or returns it to the default",
  '  npm run --silent admin -- provider import <file.json>',
  '      adds or updates IK register entries: a JSON array of {"ik", "name", "addressLines": [...]}',
].join('\n');

export async function runAdminCommand(db: Queryable, args: readonly string[], io: AdminIo): Promise<number> {
  const [group, command, ...rest] = args;
  if (group !== 'caseworker') return usage(io);
  if (command === 'list' && rest.length === 0) return list(db, io);
  if (command === 'disable' && rest.length === 1 && rest[0] !== undefined) return disable(db, rest[0], io);
  if (command === 'add') return add(db, rest, io);
  return usage(io);
}

function usage(io: AdminIo): number {
  io.err(adminUsage);
  return 2;
}

async function add(db: Queryable, rest: readonly string[], io: AdminIo): Promise<number> {
  const nameAt = rest.indexOf('--name');
  const displayName = nameAt >= 0 ? rest[nameAt + 1]?.trim() : undefined;
  const positional = rest.filter((_, index) => index !== nameAt && index !== nameAt + 1);
  if (positional.length !== 1 || !displayName) return usage(io);
  const username = caseworkerUsernameSchema.safeParse(positional[0]);
  if (!username.success) {
    io.err(`Not a username: ${username.error.issues[0]?.message ?? 'invalid'}`);
    return 2;
  }
  const password = await io.readPassword();
  const weakness = passwordWeakness(password, username.data);
  if (weakness) {
    io.err(`Refused: ${weakness}`);
    return 1;
  }
  const totpSecret = createTotpSecret();
  try {
    const created = await createCaseworker(db, {
      username: username.data,
      displayName,
      password: await hashPassword(password),
      totpSecret,
      now: io.now(),
    });
    await audit(db, {
      at: io.now(),
      actorRole: 'admin',
      actorId: created.id,
      action: 'caseworker.created',
      outcome: 'ok',
    });
  } catch (error) {
    if (error instanceof UsernameTakenError) {
      io.err(`Refused: a caseworker named ${username.data} exists already.`);
      return 1;
    }
    throw error;
  }
  io.err(
    `Caseworker ${username.data} created. Add this to the authenticator app now; it is shown only once:`,
  );
  io.out(totpUri(totpSecret, username.data));
  return 0;
}

async function disable(db: Queryable, typed: string, io: AdminIo): Promise<number> {
  const username = typed.trim().toLowerCase();
  const disabled = await disableCaseworker(db, username, io.now());
  if (!disabled) {
    io.err(`Refused: there is no caseworker named ${username}.`);
    return 1;
  }
  await audit(db, {
    at: io.now(),
    actorRole: 'admin',
    actorId: disabled.id,
    action: 'caseworker.disabled',
    outcome: 'ok',
  });
  io.err(`Caseworker ${username} is disabled; its sessions have ended.`);
  return 0;
}

async function list(db: Queryable, io: AdminIo): Promise<number> {
  for (const caseworker of await listCaseworkers(db)) {
    io.out(
      [
        caseworker.username,
        caseworker.displayName,
        `created ${caseworker.createdAt}`,
        caseworker.disabledAt ? `disabled ${caseworker.disabledAt}` : 'active',
      ].join('\t'),
    );
  }
  return 0;
}
