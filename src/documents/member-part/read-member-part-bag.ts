import {
  memberPartDocumentSchema,
  memberPartDocumentVersion,
  type MemberPartDocument,
} from '../../domain/member-part/member-part-document';
import { summarizeMemberPart } from '../../domain/member-part/summarize-member-part';
import { issueLines } from '../../domain/limit-case/limit-case-issues';
import { attachmentListProblems, type AttachmentListOwner } from '../bundle/attachment-list-problems';
import { parseMemberPartBagInfo, type MemberPartBagInfo } from '../bundle/bag-info';
import { bagInfoMismatches } from '../bundle/bag-info-mismatches';
import {
  bagInfoTxt,
  isMemberPartWriterBagPath,
  memberPartBaseDirectoryName,
  memberPartJsonPath,
} from '../bundle/bag-layout';
import { defaultBundleLimits } from '../bundle/bundle-limits';
import { finding, type BundleFlag, type BundleProblem } from '../bundle/bundle-problem';
import { readBag, type BagKind, type BundleFile, type ReadBagOptions } from '../bundle/read-bundle';
import { formatMismatch } from '../bundle/format-mismatch';
import { readZipDirectory } from '../bundle/zip-directory';

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
    const message = formatMismatch('member-part.json', issueLines(checked.error.issues, json));
    problems.push(problemAt('member-part.invalid', message.de, message.en));
    return { document: undefined, problems };
  }
  return { document: checked.data, problems };
}

/** bag-info.txt repeats invitation, year and rules version so that the server can file a bag unopened. */
const bagInfoProblems = (document: MemberPartDocument, bagInfo: MemberPartBagInfo): BundleProblem[] =>
  bagInfoMismatches('bag-info.member-part-mismatch', memberPartJsonPath, [
    ['Invitation-Id', bagInfo.invitationId, document.invitationId],
    ['Application-Year', bagInfo.applicationYear, document.year],
    ['Rules-Version', bagInfo.rulesVersion, document.rulesVersion],
  ]);

/** What member-part.json's attachments list is checked as (attachment-list-problems.ts). */
const memberPartAttachments: AttachmentListOwner = {
  codePrefix: 'member-part',
  documentPath: memberPartJsonPath,
  ownFiles: [memberPartJsonPath],
  container: 'bag',
};

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
    ...attachmentListProblems(memberPartAttachments, document.attachments, result.files),
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
