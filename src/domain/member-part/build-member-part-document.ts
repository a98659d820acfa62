import type { ApplicationAttachment } from '../application/application-document';
import type { ApplicationDraft } from '../application/application-draft';
import { collectAttachments, type AttachmentRef } from '../application/attachment-refs';
import type { CheckedApplication, MissingItem } from '../application/check-application';
import { applicantId } from '../application/draft-answers';
import { rulesVersion } from '../figures/rules-version';
import type { Problem } from '../validation/result';
import {
  memberPartDocumentSchema,
  memberPartDocumentVersion,
  type MemberPartDocument,
} from './member-part-document';
import { summarizeMemberPart } from './summarize-member-part';

/** The member's three declarations as the member's check page keeps them (answers.memberDeclarations). */
export type MemberDeclarationAnswers = {
  correct?: boolean;
  healthDataConsent?: boolean;
  cooperation?: boolean;
};

export type MemberPartDocumentOptions = {
  /** Whose invitation the member's draft answers; its memberId is the one every entry is filed under. */
  memberOf: NonNullable<ApplicationDraft['memberOf']>;
  createdAt: string;
  declarations: MemberDeclarationAnswers | undefined;
  /** Names the attachments for the bag's data/ folder (documents/bundle/attachment-name.ts), unique. */
  nameAttachments: (refs: readonly AttachmentRef[]) => string[];
};

export type MemberPartDocumentResult =
  | { ok: true; value: MemberPartDocument }
  /** What is still missing, as problems to show and as the pages they are on (like check-application.ts). */
  | { ok: false; problems: Problem[]; missing: MissingItem[] };

const problem = (code: string, de: string, en: string): Problem => ({ code, message: { de, en } });

/**
 * The member's own sections of their draft (issue 14): only their incomes, chronic illness and receipts. The
 * member's draft has no household (the applicant's draft holds it), so these are checked here rather than by the
 * applicant's sections, which wait for the household; the entries themselves went through their step schemas in
 * the one checked pass (check-application.ts), as the applicant's do.
 */
export function memberPartMissing(checked: CheckedApplication): MissingItem[] {
  const { answers } = checked.draft;
  const missing: MissingItem[] = [];
  if (checked.person.name === undefined) missing.push({ page: 'person.name', code: 'missing' });

  const incomes = checked.incomes.filter(
    ({ raw }) => raw.memberId === undefined || raw.memberId === applicantId,
  );
  const incomeGaps: MissingItem[] = incomes.flatMap(({ raw, data }) =>
    data ? [] : [{ page: 'incomes.entry' as const, code: 'incomplete' as const, id: raw.id }],
  );
  const noIncome = (answers.incomes?.noIncomeMemberIds ?? []).includes(applicantId);
  if (!noIncome && !incomes.some(({ data }) => data !== undefined))
    incomeGaps.push({ page: 'incomes.overview', code: 'undeclared', id: applicantId });
  if (incomeGaps.length === 0 && answers.incomes?.complete !== true)
    incomeGaps.push({ page: 'incomes.overview', code: 'unconfirmed' });
  missing.push(...incomeGaps);

  if (!checked.chronic.has(applicantId))
    missing.push({ page: 'chronic.member', code: 'missing', id: applicantId });

  // A coming year has no receipts yet (as in the applicant's flow).
  if (!checked.advance.coming) {
    const receiptGaps: MissingItem[] = checked.receipts.flatMap(({ raw, data }) =>
      data !== undefined && data.memberId === applicantId
        ? []
        : [{ page: 'receipts.entry' as const, code: 'incomplete' as const, id: raw.id }],
    );
    if (receiptGaps.length === 0 && answers.receipts?.complete !== true)
      receiptGaps.push({ page: 'receipts.overview', code: 'unconfirmed' });
    missing.push(...receiptGaps);
  }
  return missing;
}

const sectionProblems = (missing: readonly MissingItem[]): Problem[] => {
  const problems: Problem[] = [];
  const on = (prefix: string) => missing.some(({ page }) => page.startsWith(prefix));
  if (on('person.'))
    problems.push(
      problem(
        'memberPart.nameMissing',
        'Ihr Name und Ihr Geburtsdatum fehlen noch.',
        'Your name and date of birth are still missing.',
      ),
    );
  if (on('incomes.'))
    problems.push(
      problem(
        'memberPart.incomesIncomplete',
        'Ihre Einnahmen sind noch nicht vollständig.',
        'Your incomes are not complete yet.',
      ),
    );
  if (on('chronic.'))
    problems.push(
      problem(
        'memberPart.chronicMissing',
        'Die Frage nach einer schwerwiegenden chronischen Erkrankung ist noch nicht beantwortet.',
        'The question about a serious chronic illness is not answered yet.',
      ),
    );
  if (on('receipts.'))
    problems.push(
      problem(
        'memberPart.receiptsIncomplete',
        'Ihre Belege sind noch nicht vollständig.',
        'Your receipts are not complete yet.',
      ),
    );
  return problems;
};

/**
 * A family member's own part (member-part.json, docs/member-part-json.md) from the member's draft, once their
 * sections are complete and all three declarations are given: correct and complete, consent to processing their
 * health data (Art. 9 Abs. 2 lit. a DSGVO), the duty to cooperate (§ 60 SGB I). The member's draft keeps the
 * member as its person, their entries under 'applicant'; the part files them under the member's id in the
 * applicant's draft (memberOf.memberId), so the applicant's household receives them as that member's.
 */
export function buildMemberPartDocument(
  checked: CheckedApplication,
  options: MemberPartDocumentOptions,
): MemberPartDocumentResult {
  const missing = memberPartMissing(checked);
  const problems = sectionProblems(missing);
  const { declarations } = options;
  if (
    declarations?.correct !== true ||
    declarations.healthDataConsent !== true ||
    declarations.cooperation !== true
  )
    problems.push(
      problem(
        'memberPart.undeclared',
        'Bitte bestätigen Sie alle drei Erklärungen.',
        'Please confirm all three declarations.',
      ),
    );
  const name = checked.person.name;
  const chronicEntry = checked.chronic.get(applicantId);
  if (problems.length > 0 || name === undefined || chronicEntry === undefined)
    return { ok: false, problems, missing };

  const { memberId } = options.memberOf;
  const { draft } = checked;
  const incomes = checked.incomes.flatMap(({ data }) =>
    data && data.memberId === applicantId ? [{ ...data, memberId, months: data.months ?? null }] : [],
  );
  const chronic = chronicEntry.chronicallyIll
    ? { ...chronicEntry, memberId }
    : { ...chronicEntry, memberId, certificate: null, certificateFileIds: [] };
  const receipts = checked.advance.coming
    ? []
    : checked.receipts.flatMap(({ data }) =>
        data && data.memberId === applicantId
          ? [{ ...data, memberId, periodFrom: data.periodFrom ?? null, periodTo: data.periodTo ?? null }]
          : [],
      );

  // The same references and names as the applicant's attachments (build-application-document.ts); the member's
  // place in the household is not known on their device, so names carry no member number.
  const collected = collectAttachments(draft.files, { citeOnce: true });
  const attach = (
    fileIds: readonly string[],
    purpose: ApplicationAttachment['purpose'],
    refId: string,
    date: string | null = null,
    label: string | null = null,
  ) => collected.attach(fileIds, { purpose, refId, memberIndex: null, date, label });
  for (const income of incomes) attach(income.proofFileIds, 'income', income.id, null, income.type);
  attach(chronic.certificateFileIds, 'certificate', memberId);
  for (const receipt of receipts)
    attach(receipt.fileIds, 'receipt', receipt.id, receipt.countsOn, receipt.provider);
  const attachments = collected.named(options.nameAttachments);
  // A file id an entry cites but the draft no longer holds would make the document invalid: cite only files kept.
  const kept = (fileIds: readonly string[]) => fileIds.filter(collected.holds);

  const document: MemberPartDocument = {
    schemaVersion: memberPartDocumentVersion,
    kind: 'memberPart',
    invitationId: options.memberOf.invitationId,
    memberId,
    year: draft.year,
    createdAt: options.createdAt,
    rulesVersion,
    member: { givenName: name.givenName, familyName: name.familyName, birthDate: name.birthDate },
    incomes: incomes.map((income) => ({ ...income, proofFileIds: kept(income.proofFileIds) })),
    noIncome: incomes.length === 0,
    chronic: { ...chronic, certificateFileIds: kept(chronic.certificateFileIds) },
    receipts: receipts.map((receipt) => ({ ...receipt, fileIds: kept(receipt.fileIds) })),
    declarations: { correct: true, healthDataConsent: true, cooperation: true },
    attachments,
    summary: summarizeMemberPart({ incomes, chronicallyIll: chronic.chronicallyIll, receipts }),
  };
  // The schema is the contract with the server and the caseworkers: a document that does not pass it is never sent.
  const parsed = memberPartDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return {
      ok: false,
      problems: [
        problem(
          'memberPart.invalidDocument',
          `Interner Fehler beim Erstellen Ihres Teils: ${path}`,
          `Internal error building your part: ${path}`,
        ),
      ],
      missing: [],
    };
  }
  return { ok: true, value: parsed.data };
}
