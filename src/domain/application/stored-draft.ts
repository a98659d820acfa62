import { z } from 'zod';
import {
  applicationDraftSchema,
  draftFileSchema,
  draftSchemaVersion,
  type ApplicationDraft,
} from './application-draft';
import { answerSections, answersSchema, type Answers } from './draft-answers';

export type StoredDraftResult =
  | { ok: true; draft: ApplicationDraft; unreadableParts: string[] }
  | { ok: false; reason: 'notADraft' | 'newerVersion' | 'unknownVersion'; version?: number };

// One function per version step: migrations[n] turns a version-n draft into version n+1. Empty while version 1
// is the only one; the loop below already runs them, so the next version only adds its step and a test.
const migrations: Record<number, (draft: Record<string, unknown>) => Record<string, unknown>> = {};

// Bounded like the schema says; the newest parts win, older ones were already shown to the user.
const maxUnreadable = 20;

const envelopeSchema = applicationDraftSchema.pick({
  id: true,
  year: true,
  createdAt: true,
  updatedAt: true,
  furtherApplicationTo: true,
});

/**
 * Reads a draft from storage (already decrypted JSON) without ever throwing: a draft from an older version is
 * migrated; a part that does not parse is kept aside in `unreadable` and reported, so nothing the user entered is
 * silently discarded; only something that is not a draft at all, or comes from a newer app, is refused.
 */
export function parseStoredDraft(raw: unknown): StoredDraftResult {
  if (!isRecord(raw)) return { ok: false, reason: 'notADraft' };
  let record: Record<string, unknown> = raw;
  let version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'notADraft' };
  if (version > draftSchemaVersion) return { ok: false, reason: 'newerVersion', version };
  while (version < draftSchemaVersion) {
    const migrate = migrations[version];
    if (migrate === undefined) return { ok: false, reason: 'unknownVersion', version };
    record = migrate(record);
    version += 1;
  }

  const whole = applicationDraftSchema.safeParse(record);
  if (whole.success) return { ok: true, draft: whole.data, unreadableParts: [] };

  const envelope = envelopeSchema.safeParse(record);
  if (!envelope.success) return { ok: false, reason: 'notADraft' };
  const unreadable: { part: string; raw: unknown }[] = [];
  const previous = z.array(z.object({ part: z.string(), raw: z.unknown() })).safeParse(record.unreadable);
  if (previous.success) unreadable.push(...previous.data);

  const answers: Answers = {};
  if (record.answers !== undefined && !isRecord(record.answers))
    unreadable.push({ part: 'answers', raw: record.answers });
  const rawAnswers = isRecord(record.answers) ? record.answers : {};
  for (const section of answerSections) {
    if (rawAnswers[section] === undefined) continue;
    const parsed = answersSchema.shape[section].safeParse(rawAnswers[section]);
    if (parsed.success) Object.assign(answers, { [section]: parsed.data });
    else unreadable.push({ part: `answers.${section}`, raw: rawAnswers[section] });
  }
  if (record.files !== undefined && !Array.isArray(record.files))
    unreadable.push({ part: 'files', raw: record.files });
  const badFiles: unknown[] = [];
  const files = (Array.isArray(record.files) ? record.files : []).flatMap((file: unknown) => {
    const parsed = draftFileSchema.safeParse(file);
    if (parsed.success) return [parsed.data];
    badFiles.push(file);
    return [];
  });
  // All unreadable file entries together: one part, however many, so the list stays bounded.
  if (badFiles.length > 0) unreadable.push({ part: 'files', raw: badFiles });
  // The invitations' secret and a member's link are kept like answers: a damaged one is set aside, not dropped.
  const extras: Pick<ApplicationDraft, 'invitations' | 'memberOf'> = {};
  for (const part of ['invitations', 'memberOf'] as const) {
    if (record[part] === undefined) continue;
    const parsed = applicationDraftSchema.shape[part].safeParse(record[part]);
    if (parsed.success) Object.assign(extras, { [part]: parsed.data });
    else unreadable.push({ part, raw: record[part] });
  }
  const lastPath =
    typeof record.lastPath === 'string' && record.lastPath.length <= 200 ? record.lastPath : undefined;
  const draft: ApplicationDraft = {
    schemaVersion: draftSchemaVersion,
    ...envelope.data,
    ...(lastPath === undefined ? {} : { lastPath }),
    ...extras,
    answers,
    files,
    unreadable: unreadable.slice(-maxUnreadable),
  };
  const known = new Set(previous.success ? previous.data.map((entry) => entry.part) : []);
  return {
    ok: true,
    draft,
    unreadableParts: unreadable.map((entry) => entry.part).filter((part) => !known.has(part)),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
