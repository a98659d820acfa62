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

export function formatBagInfo(info: BagInfo): string {
  return (Object.keys(labels) as (keyof BagInfo)[])
    .map((key) => `${labels[key]}: ${String(info[key])}\n`)
    .join('');
}

const bad = (de: string, en: string): BundleProblem => finding('bag-info.invalid', bagInfoTxt, de, en);

/**
 * Parses bag-info.txt (RFC 8493 § 2.2.2: "Label: value" lines, continuation lines start with blanks).
 * Unknown labels are allowed by the RFC and ignored; each of ours must appear exactly once.
 */
export function parseBagInfo(
  text: string,
): { ok: true; value: BagInfo } | { ok: false; problems: BundleProblem[] } {
  const fields = new Map<string, string[]>();
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
    const values = fields.get(label) ?? [];
    values.push(rawValue.trim());
    fields.set(label, values);
    last = { label, values };
  }
  const problems: BundleProblem[] = [];
  const raw: Partial<Record<keyof BagInfo, string>> = {};
  for (const key of Object.keys(labels) as (keyof BagInfo)[]) {
    const label = labels[key];
    const values = fields.get(label) ?? [];
    const value = values[0];
    if (value === undefined) {
      problems.push(bad(`Das Feld ${label} fehlt.`, `the field ${label} is missing`));
    } else if (values.length > 1) {
      problems.push(
        bad(`Das Feld ${label} steht mehrmals darin.`, `the field ${label} appears more than once`),
      );
    } else if (!patterns[key].test(value)) {
      problems.push(
        bad(`Das Feld ${label} hat einen ungültigen Wert.`, `the field ${label} has an invalid value`),
      );
    } else {
      raw[key] = value;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const value = raw as Record<keyof BagInfo, string>;
  return {
    ok: true,
    value: {
      ...value,
      applicationYear: Number(value.applicationYear),
      schemaVersion: Number(value.schemaVersion),
    },
  };
}
