import {
  memberPartDocumentSchema,
  memberPartDocumentVersion,
  type MemberPartDocument,
} from '../../domain/member-part/member-part-document';
import { summarizeMemberPart } from '../../domain/member-part/summarize-member-part';
import { issueLines } from '../../domain/limit-case/limit-case-issues';
import { parseMemberPartBagInfo, type MemberPartBagInfo } from '../bundle/bag-info';
import {
  bagInfoTxt,
  isMemberPartWriterBagPath,
  memberPartBaseDirectoryName,
  memberPartJsonPath,
  payloadDir,
} from '../bundle/bag-layout';
import { defaultBundleLimits } from '../bundle/bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from '../bundle/bundle-problem';
import { readBag, type BagKind, type BundleFile, type ReadBagOptions } from '../bundle/read-bundle';
import { readZipDirectory } from '../bundle/zip-directory';

/** Failing paths named in one problem line, as for application.json. */
const shownIssues = 3;

export type MemberPartBagResult =
  | {
      ok: true;
      bagInfo: MemberPartBagInfo;
      document: MemberPartDocument;
      files: BundleFile[];
      flags: BundleFlag[];
    }
  | { ok: false; problems: BundleProblem[] };

const related = (problem: BundleProblem): BundleProblem => ({ ...problem, relatedPath: memberPartJsonPath });

const problemAt = (code: string, de: string, en: string) => finding(code, memberPartJsonPath, de, en);

function parseJson(bytes: Uint8Array): { ok: true; json: unknown } | { ok: false } {
  try {
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * data/member-part.json: UTF-8 JSON of a version this reader knows (an unknown one is reported alone: the other
 * fields of a newer format mean nothing here), valid against the domain's schema, and with the Schema-Version
 * bag-info.txt repeats.
 */
function checkMemberPartJson(
  bytes: Uint8Array | undefined,
  bagInfo: MemberPartBagInfo | undefined,
): { document: MemberPartDocument | undefined; problems: BundleProblem[] } {
  // A missing file is reported by the bag check.
  if (bytes === undefined) return { document: undefined, problems: [] };
  const parsed = parseJson(bytes);
  if (!parsed.ok) {
    return {
      document: undefined,
      problems: [
        problemAt('member-part.not-json', 'Die Datei ist kein gültiges JSON.', 'the file is not valid JSON'),
      ],
    };
  }
  const { json } = parsed;
  const version =
    typeof json === 'object' && json !== null && !Array.isArray(json)
      ? (json as Record<string, unknown>).schemaVersion
      : undefined;
  if (version !== memberPartDocumentVersion) {
    const shown = version === undefined ? 'keine' : JSON.stringify(version);
    const shownEn = version === undefined ? 'none' : JSON.stringify(version);
    return {
      document: undefined,
      problems: [
        problemAt(
          'member-part.unknown-schema-version',
          `Unbekannte Schemaversion ${shown} in ${memberPartJsonPath} (gelesen wird: ${memberPartDocumentVersion}). Bitte die Anwendung aktualisieren.`,
          `unknown schema version ${shownEn} in ${memberPartJsonPath} (this reader knows: ${memberPartDocumentVersion}); update the application`,
        ),
      ],
    };
  }
  const problems: BundleProblem[] = [];
  if (bagInfo !== undefined && bagInfo.schemaVersion !== version) {
    problems.push(
      related(
        finding(
          'bag-info.schema-version-mismatch',
          bagInfoTxt,
          `Schema-Version ${bagInfo.schemaVersion} passt nicht zu ${memberPartJsonPath} (${version}).`,
          `Schema-Version ${bagInfo.schemaVersion} does not match ${memberPartJsonPath} (${version})`,
        ),
      ),
    );
  }
  const checked = memberPartDocumentSchema.safeParse(json);
  if (!checked.success) {
    const lines = issueLines(checked.error.issues, json);
    const more = lines.length - shownIssues;
    const join = (language: 'de' | 'en') =>
      lines
        .slice(0, shownIssues)
        .map((line) => line[language])
        .join('; ');
    problems.push(
      problemAt(
        'member-part.invalid',
        `Entspricht nicht dem Format von member-part.json: ${join('de')}${more > 0 ? ` (und ${more} weitere)` : ''}`,
        `does not match the member-part.json format: ${join('en')}${more > 0 ? ` (and ${more} more)` : ''}`,
      ),
    );
    return { document: undefined, problems };
  }
  return { document: checked.data, problems };
}

/** bag-info.txt repeats invitation, year and rules version so that the server can file a bag unopened. */
function bagInfoProblems(document: MemberPartDocument, bagInfo: MemberPartBagInfo): BundleProblem[] {
  const pairs: [string, string | number, string | number][] = [
    ['Invitation-Id', bagInfo.invitationId, document.invitationId],
    ['Application-Year', bagInfo.applicationYear, document.year],
    ['Rules-Version', bagInfo.rulesVersion, document.rulesVersion],
  ];
  return pairs
    .filter(([, tag, json]) => tag !== json)
    .map(([name, tag, json]) =>
      related(
        finding(
          'bag-info.member-part-mismatch',
          bagInfoTxt,
          `${name} ${tag} passt nicht zu ${memberPartJsonPath} (${json}).`,
          `${name} ${tag} does not match ${memberPartJsonPath} (${json})`,
        ),
      ),
    );
}

/**
 * The attachments list and the payload must agree both ways: a listed file that is missing leaves a proof
 * unseen, a file that is not listed is a proof nobody knows the purpose of. Each problem names the file.
 */
function attachmentProblems(document: MemberPartDocument, files: readonly BundleFile[]): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const present = new Map(files.map((file) => [file.path, file.type]));
  const listed = new Set<string>();
  for (const { name, type } of document.attachments) {
    const path = `${payloadDir}${name}`;
    const found = present.get(path);
    if (found === undefined) {
      problems.push(
        related(
          finding(
            'member-part.attachment-missing',
            path,
            'Die Datei steht in der Anlagenliste, fehlt aber im Paket.',
            'listed in the attachments but missing from the bag',
          ),
        ),
      );
    } else if (found !== type) {
      problems.push(
        related(
          finding(
            'member-part.attachment-type-mismatch',
            path,
            `Die Anlagenliste nennt ${type}, die Datei ist ${found}.`,
            `the attachments say ${type}, the file is ${found}`,
          ),
        ),
      );
    }
    listed.add(path);
  }
  for (const { path } of files) {
    if (path === memberPartJsonPath || listed.has(path)) continue;
    problems.push(
      related(
        finding(
          'member-part.attachment-unlisted',
          path,
          `Die Datei steht nicht in der Anlagenliste von ${memberPartJsonPath}.`,
          `not listed in the attachments of ${memberPartJsonPath}`,
        ),
      ),
    );
  }
  return problems;
}

/**
 * The summary is all the applicant's app receives of the part (member-part-summary.ts): it must be exactly what the
 * entries give, or a changed file could raise or lower the household's limit unseen.
 */
function summaryProblems(document: MemberPartDocument): BundleProblem[] {
  const expected = summarizeMemberPart({
    incomes: document.incomes,
    chronicallyIll: document.chronic.chronicallyIll,
    receipts: document.receipts,
  });
  const { summary } = document;
  const problems: BundleProblem[] = [];
  const mismatch = (field: string, stated: string, recomputed: string) =>
    problems.push(
      problemAt(
        'member-part.summary-mismatch',
        `summary.${field} (${stated}) passt nicht zu den Angaben (${recomputed}).`,
        `summary.${field} (${stated}) does not match the entries (${recomputed})`,
      ),
    );
  if (summary.incomeCents !== expected.incomeCents)
    mismatch('incomeCents', String(summary.incomeCents), String(expected.incomeCents));
  if (summary.reducedRate !== expected.reducedRate)
    mismatch('reducedRate', String(summary.reducedRate), String(expected.reducedRate));
  const payments = (list: MemberPartDocument['summary']['coPayments']) =>
    list.map(({ date, amountCents }) => `${date}:${amountCents}`).join(',');
  if (payments(summary.coPayments) !== payments(expected.coPayments)) {
    const total = (list: MemberPartDocument['summary']['coPayments']) =>
      `${list.length}, ${list.reduce((sum, { amountCents }) => sum + amountCents, 0)} ct`;
    mismatch('coPayments', total(summary.coPayments), total(expected.coPayments));
  }
  return problems;
}

const memberPartBag: BagKind<MemberPartBagInfo> = {
  requiredPayload: [memberPartJsonPath],
  parseBagInfo: parseMemberPartBagInfo,
  documentPath: memberPartJsonPath,
  isWriterBagPath: isMemberPartWriterBagPath,
  folder: {
    label: 'Invitation-Id',
    id: (info) => info.invitationId,
    name: (info) => memberPartBaseDirectoryName(info.invitationId),
  },
  checkDocument: checkMemberPartJson,
};

/**
 * Opens and verifies a family member's own part (issue 14, ADR 0024) with the very reader of the upload bundle
 * (read-bundle.ts: zip directory, entry paths, declared sizes, manifests, every file's type and PDF active
 * content), then member-part.json against the domain's schema, against bag-info.txt, its attachments list against
 * data/, and its summary against the entries. Never throws.
 */
export function readMemberPartBag(zip: Uint8Array, options: ReadBagOptions = {}): MemberPartBagResult {
  const result = readBag(zip, memberPartBag, options);
  if (!result.ok) return result;
  // readBag has refused a bag whose document failed the check; this only narrows the type.
  const checked = memberPartDocumentSchema.safeParse(result.document);
  if (!checked.success)
    return { ok: false, problems: [problemAt('member-part.invalid', 'Ungültig.', 'invalid')] };
  const document = checked.data;
  const problems = [
    ...bagInfoProblems(document, result.bagInfo),
    ...attachmentProblems(document, result.files),
    ...summaryProblems(document),
  ];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, bagInfo: result.bagInfo, document, files: result.files, flags: result.flags };
}

const memberPartEntry = /^zuzahlungsbefreiung-teil-[^/]+\/data\/member-part\.json$/;

/**
 * Whether a zip looks like a member's part rather than an application bundle, from its directory alone (nothing is
 * inflated): it holds data/member-part.json in a folder named for an invitation. Only chooses the reader; that
 * reader then checks everything.
 */
export function isMemberPartBag(zip: Uint8Array): boolean {
  try {
    const directory = readZipDirectory(zip, defaultBundleLimits.maxEntries);
    return (
      directory.ok && directory.entries.some(({ name }) => name !== undefined && memberPartEntry.test(name))
    );
  } catch {
    return false;
  }
}
