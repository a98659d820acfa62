import { computeLimitCase } from '../limit-case/compute-limit-case';
import { rulesVersion } from '../figures/rules-version';
import { fail, ok, type Result } from '../validation/result';
import { collectAttachments, type AttachmentRef } from './attachment-refs';
import {
  applicationDocumentSchema,
  applicationDocumentVersion,
  type ApplicationAttachment,
  type ApplicationDocument,
} from './application-document';
import type { CheckedApplication } from './check-application';
import { applicantId, type Answers } from './draft-answers';
import { declarationStep } from './steps/declaration-step';
import { advanceAmountFor, advanceAmounts } from '../vorauszahlung/advance-amounts';
import { debitDate, mandateReference } from '../vorauszahlung/sepa-mandate';

export type { AttachmentRef } from './attachment-refs';

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
  checked: CheckedApplication,
  options: DocumentOptions,
): Result<ApplicationDocument> {
  const { draft, person, people } = checked;
  const { name, kvnr, address, contact, representation, bank, welfare } = {
    ...person,
    welfare: checked.welfare,
  };
  if (
    !checked.readyToSend ||
    !name ||
    !kvnr ||
    !address ||
    !contact ||
    !representation ||
    !bank ||
    !welfare
  ) {
    return fail(
      'application.notReady',
      'Der Antrag ist noch nicht vollständig.',
      'The application is not complete yet.',
    );
  }
  const { answers } = draft;
  const kind = representation.kind;
  const representative = kind === 'self' ? undefined : person.representative;
  // A member who handed in their own part (issue 14) is cited by it (memberParts below): whatever the applicant
  // typed for them is left out of incomes, chronic and receipts, as checkApplication left it out of the limit, and
  // so are its files — the member's own bag holds their proofs.
  const separate = (memberId: string) => checked.memberParts.has(memberId);
  const counted = checked.counted.map((p) => p.id).filter((memberId) => !separate(memberId));
  const memberIndex = (memberId: string) => {
    const index = people.findIndex((p) => p.id === memberId);
    return index < 0 ? null : index + 1;
  };
  const flat = welfare.kind !== 'none';
  const incomes = flat
    ? []
    : checked.incomes.flatMap(({ data }) =>
        data && counted.includes(data.memberId) ? [{ ...data, months: data.months ?? null }] : [],
      );
  // In the order the answers were given, as application.json always had it; an uploaded certificate keeps its
  // issue date ("Ausgestellt am", certificateIssuedOn) when the applicant gave one, and has none otherwise.
  const chronic = (answers.chronic?.members ?? []).flatMap(({ memberId }) => {
    const entry = counted.includes(memberId) ? checked.chronic.get(memberId) : undefined;
    if (!entry) return [];
    return [
      entry.chronicallyIll
        ? { ...entry, certificate: entry.certificate }
        : { ...entry, certificate: null, certificateFileIds: [] },
    ];
  });
  const receipts = checked.receipts.flatMap(({ data }) =>
    data && !separate(data.memberId)
      ? [{ ...data, periodFrom: data.periodFrom ?? null, periodTo: data.periodTo ?? null }]
      : [],
  );
  const members = [
    {
      id: applicantId,
      relation: 'applicant' as const,
      givenName: name.givenName,
      familyName: name.familyName,
      birthDate: name.birthDate,
      kvnr: kvnr.kvnr,
      insurer: 'same' as const,
      familyInsured: false,
      livesInCareHome: false,
    },
    ...checked.members.flatMap(({ data }) =>
      data
        ? [
            {
              id: data.id,
              relation: data.relation,
              givenName: data.givenName,
              familyName: data.familyName,
              birthDate: data.birthDate,
              kvnr: data.kvnr === '' ? null : data.kvnr,
              insurer: data.insurer === 'other' ? { other: data.insurerName } : ('same' as const),
              familyInsured: data.familyInsured,
              livesInCareHome: data.livesInCareHome,
            },
          ]
        : [],
    ),
  ].map((member) => {
    const decision = people.find((p) => p.id === member.id)?.decision;
    return { ...member, counts: decision?.counts === true, countReason: decision?.reason ?? 'unknown' };
  });

  const collected = collectAttachments(draft.files, { citeOnce: false });
  const attach = (
    fileIds: readonly string[],
    purpose: ApplicationAttachment['purpose'],
    refId: string | null,
    memberId: string | null,
    date: string | null = null,
    label: string | null = null,
  ) =>
    collected.attach(fileIds, {
      purpose,
      refId,
      memberIndex: memberId === null ? null : memberIndex(memberId),
      date,
      label,
    });
  if (representative) attach(representative.documentFileIds, 'representation', null, null);
  attach(welfare.noticeFileIds, 'welfare', null, null, null, welfare.kind);
  for (const income of incomes)
    attach(income.proofFileIds, 'income', income.id, income.memberId, null, income.type);
  for (const entry of chronic)
    attach(entry.certificateFileIds, 'certificate', entry.memberId, entry.memberId);
  for (const receipt of receipts)
    attach(receipt.fileIds, 'receipt', receipt.id, receipt.memberId, receipt.countsOn, receipt.provider);
  const attachments = collected.named(options.nameAttachments);

  // In household order; exactly the fields the applicant's app received (member-part-summary.ts).
  const memberParts = members.flatMap(({ id }) => {
    const part = checked.memberParts.get(id);
    if (!part) return [];
    const { invitationId, memberId, sha256, incomeCents, reducedRate, coPayments } = part;
    return [{ memberId, invitationId, sha256, incomeCents, reducedRate, coPayments }];
  });

  const computed = computeLimitCase(checked.limitCase.data);
  if (!computed.ok) return computed;
  const result = computed.value;
  const advancePayment = advancePaymentOf(checked, result.limitCents, result.paidCents, options);
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
      kvnr: kvnr.kvnr,
      address,
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
    bank,
    members,
    welfare,
    // The checked entries have exactly the document's fields; the strict schema below would refuse any other.
    incomes,
    noIncomeMemberIds: flat
      ? []
      : (answers.incomes?.noIncomeMemberIds ?? []).filter((m) => counted.includes(m)),
    chronic,
    receipts,
    declarations: declarationsOf(answers.declarations),
    attachments,
    memberParts,
    ...(advancePayment ? { advancePayment } : {}),
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

/**
 * The advance payment as application.json states it (docs/application-json.md): the amount from the very limit the
 * document carries, the whole limit or the rest after the counted co-payments, and the mandate when the applicant
 * chose a direct debit; signed on the day the document is made, debited 14 days later (the pre-notification).
 */
function advancePaymentOf(
  checked: CheckedApplication,
  limitCents: number,
  paidCents: number,
  options: DocumentOptions,
): ApplicationDocument['advancePayment'] {
  const { option, method } = checked.advance;
  if ((option !== 'full' && option !== 'rest') || method === undefined) return undefined;
  const amountCents = advanceAmountFor(option, advanceAmounts(limitCents, paidCents));
  // The limit was reached meanwhile: nothing is left to pay; the application goes as an ordinary one.
  if (amountCents <= 0) return undefined;
  const signedOn = options.createdAt.slice(0, 10);
  return {
    option,
    amountCents,
    paidBeforeCents: option === 'rest' ? paidCents : 0,
    method: method.method,
    mandate:
      method.method === 'directDebit'
        ? {
            creditorName: method.creditorName,
            creditorId: method.creditorId,
            mandateReference: mandateReference(options.applicationId),
            accountHolder: method.accountHolder,
            iban: method.iban,
            signedOn,
            debitOn: debitDate(signedOn),
          }
        : null,
  };
}

/**
 * The declarations as application.json states them: both given (readyToSend checked that), and the choice how the
 * Bescheid is made known only when the applicant made it — true for consent to retrieval (§ 37 Abs. 2a SGB X),
 * false for "Nur per Post", absent when unanswered.
 */
function declarationsOf(answers: Answers['declarations']): ApplicationDocument['declarations'] {
  const checked = declarationStep().safeParse(answers ?? {});
  const notification = checked.success ? checked.data.electronicNotification : undefined;
  return {
    correct: true,
    consent: true,
    ...(notification === undefined ? {} : { electronicNotification: notification }),
  };
}
