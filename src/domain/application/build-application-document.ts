import { computeLimitCase } from '../limit-case/compute-limit-case';
import { rulesVersion } from '../figures/rules-version';
import { fail, ok, type Result } from '../validation/result';
import type { ApplicationDraft, DraftFile } from './application-draft';
import {
  applicationDocumentSchema,
  applicationDocumentVersion,
  type ApplicationAttachment,
  type ApplicationDocument,
} from './application-document';
import { applicationLimitCase } from './application-limit-case';
import { applicantId } from './draft-answers';
import { householdPeople } from './household-people';
import { readyToSend, sectionStates } from './section-status';
import { chronicMemberStep } from './steps/chronic-steps';
import { memberStep } from './steps/household-steps';
import { incomeEntryStep } from './steps/income-steps';
import {
  addressStep,
  bankStep,
  contactStep,
  kvnrStep,
  nameStep,
  representationStep,
  representativeStep,
} from './steps/person-steps';
import { receiptEntryStep } from './steps/receipt-steps';
import type { StepContext } from './steps/step-context';
import { welfareStep } from './steps/welfare-step';

/** One attached file before it has its name in the bundle. */
export type AttachmentRef = Omit<ApplicationAttachment, 'name'> & {
  file: DraftFile;
  /** Position of the member in the household (applicant = 1), for names like muster55-m2.pdf. */
  memberIndex: number | null;
  /** For receipts: the day it counts on and the provider. */
  date: string | null;
  label: string | null;
};

export type DocumentOptions = {
  applicationId: string;
  createdAt: string;
  /** Names the attachments for the bundle's data/ folder (documents/bundle/attachment-name.ts), unique. */
  nameAttachments: (refs: readonly AttachmentRef[]) => string[];
};

/**
 * The checked application for application.json, from a draft that is ready to send (every section complete and
 * the declarations given). Every value goes through its step schema again: nothing raw leaves the device.
 */
export function buildApplicationDocument(
  draft: ApplicationDraft,
  context: StepContext,
  options: DocumentOptions,
): Result<ApplicationDocument> {
  const states = sectionStates(draft, context);
  if (!readyToSend(states, draft.answers.declarations)) {
    return fail(
      'application.notReady',
      'Der Antrag ist noch nicht vollständig.',
      'The application is not complete yet.',
    );
  }
  const { answers } = draft;
  const person = answers.person ?? {};
  const name = nameStep(context).parse(person);
  const contact = contactStep().parse(person);
  const kind = representationStep().parse(answers.representation ?? {}).kind;
  const representative =
    kind === 'self' ? undefined : representativeStep().parse(answers.representation ?? {});
  const people = householdPeople(draft, context);
  const counted = people.filter((p) => p.decision?.counts === true).map((p) => p.id);
  const memberIndex = (memberId: string) => {
    const index = people.findIndex((p) => p.id === memberId);
    return index < 0 ? null : index + 1;
  };
  const welfare = welfareStep().parse(answers.welfare ?? {});
  const flat = welfare.kind !== 'none';
  const incomes = flat
    ? []
    : (answers.incomes?.entries ?? []).flatMap((entry) => {
        const checked = incomeEntryStep({ memberIds: counted }).safeParse(entry);
        return checked.success ? [{ ...checked.data, months: checked.data.months ?? null }] : [];
      });
  const chronic = (answers.chronic?.members ?? [])
    .filter((entry) => counted.includes(entry.memberId))
    .map((entry) => {
      const checked = chronicMemberStep().parse(entry);
      return checked.chronicallyIll
        ? { ...checked, certificate: checked.certificate }
        : { ...checked, certificate: null, certificateFileIds: [] };
    });
  const receipts = (answers.receipts?.entries ?? []).map((entry) => {
    const checked = receiptEntryStep({ ...context, memberIds: counted }).parse(entry);
    return { ...checked, periodFrom: checked.periodFrom ?? null, periodTo: checked.periodTo ?? null };
  });
  const members = [
    {
      id: applicantId,
      relation: 'applicant' as const,
      givenName: name.givenName,
      familyName: name.familyName,
      birthDate: name.birthDate,
      kvnr: kvnrStep().parse(person).kvnr,
      insurer: 'same' as const,
      familyInsured: false,
      livesInCareHome: false,
    },
    ...(answers.household?.members ?? []).map((raw) => {
      const checked = memberStep(context).parse(raw);
      return {
        id: checked.id,
        relation: checked.relation,
        givenName: checked.givenName,
        familyName: checked.familyName,
        birthDate: checked.birthDate,
        kvnr: checked.kvnr === '' ? null : checked.kvnr,
        insurer: checked.insurer === 'other' ? { other: checked.insurerName } : ('same' as const),
        familyInsured: checked.familyInsured,
        livesInCareHome: checked.livesInCareHome,
      };
    }),
  ].map((member) => {
    const decision = people.find((p) => p.id === member.id)?.decision;
    return { ...member, counts: decision?.counts === true, countReason: decision?.reason ?? 'unknown' };
  });

  const files = new Map(draft.files.map((file) => [file.id, file]));
  const refs: AttachmentRef[] = [];
  const attach = (
    fileIds: readonly string[],
    purpose: ApplicationAttachment['purpose'],
    refId: string | null,
    memberId: string | null,
    date: string | null = null,
    label: string | null = null,
  ) => {
    for (const fileId of fileIds) {
      const file = files.get(fileId);
      if (file === undefined) continue;
      const index = memberId === null ? null : memberIndex(memberId);
      refs.push({ fileId, type: file.type, purpose, refId, file, memberIndex: index, date, label });
    }
  };
  if (representative) attach(representative.documentFileIds, 'representation', null, null);
  attach(welfare.noticeFileIds, 'welfare', null, null, null, welfare.kind);
  for (const income of incomes)
    attach(income.proofFileIds, 'income', income.id, income.memberId, null, income.type);
  for (const entry of chronic)
    attach(entry.certificateFileIds, 'certificate', entry.memberId, entry.memberId);
  for (const receipt of receipts)
    attach(receipt.fileIds, 'receipt', receipt.id, receipt.memberId, receipt.countsOn, receipt.provider);
  const names = options.nameAttachments(refs);
  const attachments = refs.map(({ fileId, type, purpose, refId }, i) => ({
    fileId,
    name: names[i] ?? fileId,
    type,
    purpose,
    refId,
  }));

  const computed = computeLimitCase(applicationLimitCase(draft, context).data);
  if (!computed.ok) return computed;
  const result = computed.value;
  const document: ApplicationDocument = {
    schemaVersion: applicationDocumentVersion,
    applicationId: options.applicationId,
    ...(draft.furtherApplicationTo
      ? { furtherApplicationTo: { reference: draft.furtherApplicationTo.reference } }
      : {}),
    year: draft.year,
    createdAt: options.createdAt,
    rulesVersion,
    ruleOptions: { child2024Retroactive: false },
    applicant: {
      givenName: name.givenName,
      familyName: name.familyName,
      birthDate: name.birthDate,
      kvnr: kvnrStep().parse(person).kvnr,
      address: addressStep().parse(person),
      phone: contact.phone === '' ? null : contact.phone,
      email: contact.email === '' ? null : contact.email,
    },
    representative:
      representative === undefined || kind === 'self'
        ? null
        : {
            kind,
            givenName: representative.givenName,
            familyName: representative.familyName,
            address: {
              street: representative.street,
              postalCode: representative.postalCode,
              city: representative.city,
            },
            phone: representative.phone === '' ? null : representative.phone,
            email: representative.email === '' ? null : representative.email,
            documentFileIds: representative.documentFileIds,
          },
    bank: bankStep().parse(answers.bank ?? {}),
    members,
    welfare,
    // The checked entries have exactly the document's fields; the strict schema below would refuse any other.
    incomes,
    noIncomeMemberIds: flat
      ? []
      : (answers.incomes?.noIncomeMemberIds ?? []).filter((m) => counted.includes(m)),
    chronic,
    receipts,
    declarations: { correct: true, consent: true },
    attachments,
    calculation: {
      limitCents: result.limitCents,
      ratePercent: result.ratePercent,
      paidCents: result.paidCents,
      limitReachedOn: result.limitReachedOn,
      refundCents: result.refundCents,
      provisional: result.provisional,
    },
  };
  // The schema is the contract with the caseworkers: a document that does not pass it must never be sent.
  const parsed = applicationDocumentSchema.safeParse(document);
  if (!parsed.success) {
    return fail(
      'application.invalidDocument',
      `Interner Fehler beim Erstellen des Antrags: ${parsed.error.issues[0]?.path.join('.') ?? ''}`,
      `Internal error building the application: ${parsed.error.issues[0]?.path.join('.') ?? ''}`,
    );
  }
  return ok(parsed.data);
}
