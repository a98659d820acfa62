import { bagInfoTxt } from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';

/** bag-info.txt: the two RFC 8493 fields we rely on plus our own, which say what the bag holds. */
export type BagInfo = {
  /** RFC 8493 § 2.2.2, YYYY-MM-DD: the date part of `created`. */
  baggingDate: string;
  /** RFC 8493 § 2.2.2, "octets.files" of the payload. */
  payloadOxum: string;
  applicationId: string;
  applicationYear: number;
  /** ISO 8601 date-time the applicant's app built the bundle. */
  created: string;
  appVersion: string;
  schemaVersion: number;
  rulesVersion: string;
};

const labels = {
  baggingDate: 'Bagging-Date',
  payloadOxum: 'Payload-Oxum',
  applicationId: 'Application-Id',
  applicationYear: 'Application-Year',
  created: 'Created',
  appVersion: 'App-Version',
  schemaVersion: 'Schema-Version',
  rulesVersion: 'Rules-Version',
} as const satisfies Record<keyof BagInfo, string>;

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

// Each field's shape; a value outside it is refused rather than guessed at.
const patterns: Record<keyof BagInfo, RegExp> = {
  baggingDate: /^\d{4}-\d{2}-\d{2}$/,
  payloadOxum: /^\d{1,15}\.\d{1,6}$/,
  applicationId: /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
  applicationYear: /^\d{4}$/,
  created: isoDateTime,
  appVersion: /^\S{1,64}$/,
  schemaVersion: /^\d{1,6}$/,
  rulesVersion: /^\S{1,64}$/,
};

export const isIsoDateTime = (value: string): boolean => isoDateTime.test(value);

/** Whether `value` may go into bag-info.txt as `key` (the writer refuses anything else). */
export const isValidBagInfoValue = (key: keyof BagInfo, value: string): boolean => patterns[key].test(value);

export const formatBagInfo = (info: BagInfo): string => formatBagInfoFields(applicationFields, info);

const bad = (de: string, en: string): BundleProblem => finding('bag-info.invalid', bagInfoTxt, de, en);

/** The fields one kind of bag writes into bag-info.txt: per key its label and its value's shape, in order. */
export type BagInfoFields<K extends string> = Record<K, { label: string; pattern: RegExp }>;

export type ParsedBagInfo<T> = { ok: true; value: T } | { ok: false; problems: BundleProblem[] };

const applicationFields: BagInfoFields<keyof BagInfo> = Object.fromEntries(
  (Object.keys(labels) as (keyof BagInfo)[]).map((key) => [
    key,
    { label: labels[key], pattern: patterns[key] },
  ]),
) as BagInfoFields<keyof BagInfo>;

/** bag-info.txt lines for `values`, in the order of `fields`. */
export function formatBagInfoFields<K extends string>(
  fields: BagInfoFields<K>,
  values: Record<K, string | number>,
): string {
  return (Object.keys(fields) as K[]).map((key) => `${fields[key].label}: ${String(values[key])}\n`).join('');
}

/**
 * Parses bag-info.txt (RFC 8493 § 2.2.2: "Label: value" lines, continuation lines start with blanks) into the
 * raw values of `fields`. Unknown labels are allowed by the RFC and ignored; each of ours must appear exactly once.
 */
export function parseBagInfoFields<K extends string>(
  text: string,
  fields: BagInfoFields<K>,
): ParsedBagInfo<Record<K, string>> {
  const found = new Map<string, string[]>();
  let last: { label: string; values: string[] } | undefined;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      const index = last.values.length - 1;
      last.values[index] = `${last.values[index] ?? ''} ${line.trim()}`;
      continue;
    }
    const match = /^([^:\s][^:]*):[ \t]*(.*)$/.exec(line);
    if (match === null) {
      return {
        ok: false,
        problems: [
          bad(
            `Zeile ohne „Name: Wert“: ${line.slice(0, 60)}`,
            `line without "Label: value": ${line.slice(0, 60)}`,
          ),
        ],
      };
    }
    const [, rawLabel = '', rawValue = ''] = match;
    const label = rawLabel.trim();
    const values = found.get(label) ?? [];
    values.push(rawValue.trim());
    found.set(label, values);
    last = { label, values };
  }
  const problems: BundleProblem[] = [];
  const raw: Partial<Record<K, string>> = {};
  for (const key of Object.keys(fields) as K[]) {
    const { label, pattern } = fields[key];
    const values = found.get(label) ?? [];
    const value = values[0];
    if (value === undefined) {
      problems.push(bad(`Das Feld ${label} fehlt.`, `the field ${label} is missing`));
    } else if (values.length > 1) {
      problems.push(
        bad(`Das Feld ${label} steht mehrmals darin.`, `the field ${label} appears more than once`),
      );
    } else if (!pattern.test(value)) {
      problems.push(
        bad(`Das Feld ${label} hat einen ungültigen Wert.`, `the field ${label} has an invalid value`),
      );
    } else {
      raw[key] = value;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: raw as Record<K, string> };
}

type NumberFields = 'applicationYear' | 'schemaVersion';

/**
 * Both kinds of bag write the year and the schema version as digits (their patterns allow nothing else); the
 * readers compare them with the document's numbers, so both parsers turn them into numbers here.
 */
const withNumbers = <T extends Record<NumberFields, string>>(
  value: T,
): Omit<T, NumberFields> & Record<NumberFields, number> => ({
  ...value,
  applicationYear: Number(value.applicationYear),
  schemaVersion: Number(value.schemaVersion),
});

/** An application bundle's bag-info.txt (ADR 0009). */
export function parseBagInfo(text: string): ParsedBagInfo<BagInfo> {
  const parsed = parseBagInfoFields(text, applicationFields);
  return parsed.ok ? { ok: true, value: withNumbers(parsed.value) } : parsed;
}

/**
 * A family member's own part (issue 14, ADR 0024): a bag of its own, sent by the member's app before the
 * application exists, so it names the invitation it answers instead of an application, and says what it is in
 * `Bag-Kind` (a label application bundles never write, so their bag-info.txt is unchanged).
 */
export type MemberPartBagInfo = {
  baggingDate: string;
  payloadOxum: string;
  bagKind: typeof memberPartBagKind;
  invitationId: string;
  applicationYear: number;
  created: string;
  appVersion: string;
  schemaVersion: number;
  rulesVersion: string;
};

export const memberPartBagKind = 'member-part';

const memberPartFields: BagInfoFields<keyof MemberPartBagInfo> = {
  baggingDate: applicationFields.baggingDate,
  payloadOxum: applicationFields.payloadOxum,
  bagKind: { label: 'Bag-Kind', pattern: new RegExp(`^${memberPartBagKind}$`) },
  invitationId: {
    label: 'Invitation-Id',
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  },
  applicationYear: applicationFields.applicationYear,
  created: applicationFields.created,
  appVersion: applicationFields.appVersion,
  schemaVersion: applicationFields.schemaVersion,
  rulesVersion: applicationFields.rulesVersion,
};

/** Whether `value` may go into a member part's bag-info.txt as `key` (the writer refuses anything else). */
export const isValidMemberPartBagInfoValue = (key: keyof MemberPartBagInfo, value: string): boolean =>
  memberPartFields[key].pattern.test(value);

export const formatMemberPartBagInfo = (info: MemberPartBagInfo): string =>
  formatBagInfoFields(memberPartFields, info);

export function parseMemberPartBagInfo(text: string): ParsedBagInfo<MemberPartBagInfo> {
  const parsed = parseBagInfoFields(text, memberPartFields);
  return parsed.ok
    ? { ok: true, value: { ...withNumbers(parsed.value), bagKind: memberPartBagKind } }
    : parsed;
}
