import type { Welfare } from '../belastungsgrenze/welfare';
import { countDecision } from '../household/counted-members';
import type { HouseholdMember } from '../household/household-member';
import type { MemberIncome } from '../income/member-income';
import type { LimitCaseData, LimitCasePayment } from '../limit-case/limit-case-data';
import type { MemberPartSummary } from '../member-part/member-part-summary';
import { isAdvanceOfferYear } from '../vorauszahlung/advance-offer-years';
import type { z } from 'zod';
import type { ApplicationDraft } from './application-draft';
import {
  applicantId,
  type ChronicMemberAnswers,
  type IncomeEntryAnswers,
  type MemberAnswers,
  type ReceiptEntryAnswers,
} from './draft-answers';
import type { HouseholdPerson } from './household-people';
import { memberPartIncomes, memberPartPayments } from './member-part-limit-case';
import type { PageId } from './page-ids';
import { chronicMemberStep } from './steps/chronic-steps';
import { advanceMethodStep, advanceOfferStep, type CheckedAdvanceMethod } from './steps/advance-steps';
import { declarationStep } from './steps/declaration-step';
import { memberStep, type CheckedMember } from './steps/household-steps';
import { incomeEntryStep, type CheckedIncomeEntry } from './steps/income-steps';
import {
  addressStep,
  bankStep,
  contactStep,
  kvnrStep,
  nameStep,
  representationStep,
  representativeStep,
} from './steps/person-steps';
import { receiptEntryStep, type CheckedReceipt } from './steps/receipt-steps';
import type { StepContext } from './steps/step-context';
import { welfareKindStep, welfareStep } from './steps/welfare-step';

export const sectionIds = [
  'persoenliche-angaben',
  'haushalt',
  'sozialleistungen',
  'einnahmen',
  'chronische-erkrankung',
  'vorauszahlung',
  'zuzahlungen',
] as const;
export type SectionId = (typeof sectionIds)[number];

export type SectionStatus = 'notStarted' | 'inProgress' | 'complete' | 'notNeeded' | 'cannotStart';

/**
 * What a page still needs, as data: the page, what kind of gap, the entry (member, income, receipt) it concerns
 * and whose it is. The wizard turns it into a link and a sentence.
 */
export type MissingCode = 'missing' | 'incomplete' | 'undeclared' | 'unconfirmed' | 'householdFirst';
export type MissingItem = {
  page: PageId;
  code: MissingCode;
  /** The member, income entry or receipt the page is about. */
  id?: string;
  person?: HouseholdPerson;
};
/** Why a section is not needed or cannot start yet. */
export type SectionReason = 'flatRate' | 'advancePayment' | 'householdFirst' | 'optional' | 'notOffered';
export type SectionState = {
  status: SectionStatus;
  missing: MissingItem[];
  reason?: SectionReason;
  /** Nothing is owed here: the section may be done but need not be (this year's advance payment). */
  optional?: true;
};

export type CheckedEntry<TRaw, TData> = { raw: TRaw; data: TData | undefined };

/**
 * The draft after one pass of every answer through its step schema (the only walk over the draft): what is valid,
 * who counts, the problems per page and per section, and the rule engine's input. The task list, the pages, the
 * limit, the check page and application.json all read this instead of checking answers again.
 */
export type CheckedApplication = {
  draft: ApplicationDraft;
  context: StepContext;
  /** The applicant and every member entered, each with their count decision (undefined while incomplete). */
  people: HouseholdPerson[];
  counted: HouseholdPerson[];
  person: {
    name: z.output<ReturnType<typeof nameStep>> | undefined;
    kvnr: z.output<ReturnType<typeof kvnrStep>> | undefined;
    address: z.output<ReturnType<typeof addressStep>> | undefined;
    contact: z.output<ReturnType<typeof contactStep>> | undefined;
    representation: z.output<ReturnType<typeof representationStep>> | undefined;
    /** Only asked when someone applies for another person. */
    representative: z.output<ReturnType<typeof representativeStep>> | undefined;
    bank: z.output<ReturnType<typeof bankStep>> | undefined;
  };
  members: CheckedEntry<MemberAnswers, CheckedMember>[];
  /**
   * The counted members who handed in their own part (issue 14, ADR 0024), by member id: their incomes, chronic
   * illness and receipts are "separately provided" — the task list does not ask for them, the limit takes the
   * part's figures, and whatever the applicant typed for such a member (still in `incomes`, `chronic` and
   * `receipts`, kept in the draft) is not used. A part of someone who left the household or does not count is not
   * here (it stays in the draft, and counts again if they do).
   */
  memberParts: Map<string, MemberPartSummary>;
  welfare: z.output<ReturnType<typeof welfareStep>> | undefined;
  /** The flat rule applies (§ 62 Abs. 2 S. 5–6 SGB V): incomes are not needed. */
  flatRate: boolean;
  incomes: CheckedEntry<IncomeEntryAnswers, CheckedIncomeEntry>[];
  /** Valid answers by member id. */
  chronic: Map<string, z.output<ReturnType<typeof chronicMemberStep>>>;
  receipts: CheckedEntry<ReceiptEntryAnswers, CheckedReceipt>[];
  /**
   * The advance payment: offered for the current year and, from 1 October, for the next one (a coming year's
   * application is one); the amount chosen and the way to pay, once valid.
   */
  advance: {
    offered: boolean;
    coming: boolean;
    option: 'full' | 'rest' | 'none' | undefined;
    method: CheckedAdvanceMethod | undefined;
  };
  sections: Record<SectionId, SectionState>;
  /** Every section is complete or not needed. */
  complete: boolean;
  declarationsGiven: boolean;
  /** Complete and both declarations given. */
  readyToSend: boolean;
  /** The rule engine's input from the valid answers only, and what it had to leave out (an interim figure). */
  limitCase: { data: LimitCaseData; gaps: MissingItem[] };
};

// The applicant counts whatever their age (§ 62 Abs. 2 S. 1 SGB V); the birth date only decides for children, so a
// missing one is a gap in the application but not in the arithmetic.
const unknownAdultBirthDate = '1900-01-01';

const dataOf = <T>(result: { success: true; data: T } | { success: false }): T | undefined =>
  result.success ? result.data : undefined;

/*
 * Drafts change immutably: an answer nobody touched keeps its object from one change to the next. So each entry's
 * check is remembered per answer object and per what it was checked against (year, today, the valid people), and
 * adding the 300th receipt checks one receipt, not 300. A pure function remembered: same input, same result.
 */
type Remembered = WeakMap<object, { key: string; data: unknown }>;
const remembered = {
  members: new WeakMap(),
  incomes: new WeakMap(),
  receipts: new WeakMap(),
} satisfies Record<string, Remembered>;
function checkOnce<T>(
  cache: Remembered,
  raw: object,
  key: string,
  check: () => T | undefined,
): T | undefined {
  const hit = cache.get(raw);
  if (hit !== undefined && hit.key === key) return hit.data as T | undefined;
  const data = check();
  cache.set(raw, { key, data });
  return data;
}

const nameOf = (givenName?: string, familyName?: string): string | undefined => {
  const name = `${givenName ?? ''} ${familyName ?? ''}`.trim();
  return name === '' ? undefined : name;
};

const state = (started: boolean, missing: MissingItem[]): SectionState => ({
  status: missing.length === 0 ? 'complete' : started ? 'inProgress' : 'notStarted',
  missing,
});

/** The one pass over a stored draft (see CheckedApplication). Pure: the year and today come in `context`. */
export function checkApplication(draft: ApplicationDraft, context: StepContext): CheckedApplication {
  const { answers } = draft;
  const rawPerson = answers.person ?? {};
  const rawRepresentation = answers.representation ?? {};
  const representation = dataOf(representationStep().safeParse(rawRepresentation));
  const person = {
    name: dataOf(nameStep(context).safeParse(rawPerson)),
    kvnr: dataOf(kvnrStep().safeParse(rawPerson)),
    address: dataOf(addressStep().safeParse(rawPerson)),
    contact: dataOf(contactStep().safeParse(rawPerson)),
    representation,
    representative:
      representation !== undefined && representation.kind !== 'self'
        ? dataOf(representativeStep().safeParse(rawRepresentation))
        : undefined,
    bank: dataOf(bankStep().safeParse(answers.bank ?? {})),
  };

  // Household: each member checked once; the count decision follows from their checked details.
  const rawMembers = answers.household?.members ?? [];
  const dayKey = `${context.year}|${context.referenceDate}`;
  const memberSchema = memberStep(context);
  const members = rawMembers.map((raw) => ({
    raw,
    data: checkOnce(remembered.members, raw, dayKey, () => dataOf(memberSchema.safeParse(raw))),
  }));
  const applicant: HouseholdPerson = {
    id: applicantId,
    relation: 'applicant',
    name: nameOf(rawPerson.givenName, rawPerson.familyName),
    decision: countDecision(
      { id: applicantId, relation: 'applicant', birthDate: unknownAdultBirthDate, familyInsured: false },
      context.year,
    ),
  };
  const people: HouseholdPerson[] = [
    applicant,
    ...members.map(({ raw, data }): HouseholdPerson => ({
      id: raw.id,
      relation: raw.relation ?? 'other',
      name: nameOf(raw.givenName, raw.familyName),
      decision: data === undefined ? undefined : countDecision(data, context.year),
    })),
  ];
  const counted = people.filter((p) => p.decision?.counts === true);
  const countedIds = new Set(counted.map((p) => p.id));
  // Entries are checked against everyone whose details are valid; whether they count is decided afterwards.
  const validIds = [applicantId, ...members.flatMap(({ data }) => (data ? [data.id] : []))];
  const personOf = (id: string | undefined) => people.find((p) => p.id === id);

  // A member's own part (issue 14): only for a counted member of the household other than the applicant, whose
  // data are the applicant's own to give. A later part replaces an earlier one of the same member (handed in again
  // after the applicant asked for changes). The member's own entries in this draft, if any, are then ignored for
  // that member: the part is what the member declared themselves (with their own declarations, § 60 SGB I), and
  // counting both would count their incomes and co-payments twice (§ 62 Abs. 2 S. 1 SGB V counts each once).
  const memberParts = new Map<string, MemberPartSummary>();
  for (const part of draft.invitations?.parts ?? [])
    if (part.memberId !== applicantId && countedIds.has(part.memberId)) memberParts.set(part.memberId, part);
  const providedByPart = (memberId: string | undefined) =>
    memberId !== undefined && memberParts.has(memberId);

  const welfareKind = dataOf(welfareKindStep().safeParse(answers.welfare ?? {}));
  const welfare = dataOf(welfareStep().safeParse(answers.welfare ?? {}));
  const flatRate = answers.welfare?.kind !== undefined && answers.welfare.kind !== 'none';

  const peopleKey = `${dayKey}|${validIds.join(',')}`;
  const incomeSchema = incomeEntryStep({ memberIds: validIds });
  const incomes = (answers.incomes?.entries ?? []).map((raw) => ({
    raw,
    data: checkOnce(remembered.incomes, raw, peopleKey, () => dataOf(incomeSchema.safeParse(raw))),
  }));
  // One answer per person: the first stored one, which is also the one the chronic-illness page shows and edits
  // (a hand-edited or imported draft may hold two).
  const firstChronic = new Map<string, ChronicMemberAnswers>();
  for (const raw of answers.chronic?.members ?? [])
    if (!firstChronic.has(raw.memberId)) firstChronic.set(raw.memberId, raw);
  const chronicSchema = chronicMemberStep(context);
  const chronic = new Map(
    [...firstChronic].flatMap(([memberId, raw]) => {
      const data = dataOf(chronicSchema.safeParse(raw));
      return data ? [[memberId, data] as const] : [];
    }),
  );
  const receiptSchema = receiptEntryStep({ ...context, memberIds: validIds });
  const receipts = (answers.receipts?.entries ?? []).map((raw) => ({
    raw,
    data: checkOnce(remembered.receipts, raw, peopleKey, () => dataOf(receiptSchema.safeParse(raw))),
  }));

  // Sections, in task-list order.
  const personMissing: MissingItem[] = [];
  const need = (ok: boolean, page: PageId) => {
    if (!ok) personMissing.push({ page, code: 'missing' });
  };
  need(person.name !== undefined, 'person.name');
  need(person.kvnr !== undefined, 'person.kvnr');
  need(person.address !== undefined, 'person.address');
  need(person.contact !== undefined, 'person.contact');
  need(representation !== undefined, 'person.representation');
  if (representation !== undefined && representation.kind !== 'self')
    need(person.representative !== undefined, 'person.representative');
  need(person.bank !== undefined, 'person.bank');

  const householdMissing: MissingItem[] = members.flatMap(({ raw, data }) =>
    data
      ? []
      : [
          {
            page: 'household.member' as const,
            code: 'incomplete' as const,
            id: raw.id,
            person: personOf(raw.id),
          },
        ],
  );
  // At most one spouse or registered partner (§ 62 Abs. 2 S. 1 SGB V counts "den Ehegatten").
  const spouses = members.filter(({ data }) => data?.relation === 'spouse').length;
  if (answers.household?.complete !== true || (householdMissing.length === 0 && spouses > 1))
    householdMissing.push({ page: 'household.overview', code: 'unconfirmed' });
  const householdComplete = householdMissing.length === 0;

  const incomeMissing = (): MissingItem[] => {
    const missing: MissingItem[] = [];
    const noIncome = answers.incomes?.noIncomeMemberIds ?? [];
    for (const p of counted) {
      if (memberParts.has(p.id)) continue;
      if (!incomes.some(({ raw }) => raw.memberId === p.id) && !noIncome.includes(p.id))
        missing.push({ page: 'incomes.overview', code: 'undeclared', id: p.id, person: p });
    }
    for (const { raw, data } of incomes) {
      // Entries of someone who no longer counts are kept in the draft but do not block the section.
      // So are those of someone whose part is separately provided.
      if (raw.memberId !== undefined && (!countedIds.has(raw.memberId) || providedByPart(raw.memberId)))
        continue;
      if (data === undefined) missing.push({ page: 'incomes.entry', code: 'incomplete', id: raw.id });
    }
    if (missing.length === 0 && answers.incomes?.complete !== true)
      missing.push({ page: 'incomes.overview', code: 'unconfirmed' });
    return missing;
  };
  const chronicMissing = (): MissingItem[] =>
    counted.flatMap((p) =>
      chronic.has(p.id) || memberParts.has(p.id)
        ? []
        : [{ page: 'chronic.member' as const, code: 'missing' as const, id: p.id, person: p }],
    );
  const receiptMissing = (): MissingItem[] => {
    const missing: MissingItem[] = receipts.flatMap(({ raw, data }) =>
      (data !== undefined && countedIds.has(data.memberId)) || providedByPart(raw.memberId)
        ? []
        : [{ page: 'receipts.entry' as const, code: 'incomplete' as const, id: raw.id }],
    );
    if (missing.length === 0 && answers.receipts?.complete !== true)
      missing.push({ page: 'receipts.overview', code: 'unconfirmed' });
    return missing;
  };
  const needsHousehold = (started: boolean, missing: () => MissingItem[]): SectionState =>
    householdComplete
      ? state(started, missing())
      : {
          status: 'cannotStart',
          missing: [{ page: 'household.overview', code: 'householdFirst' }],
          reason: 'householdFirst',
        };
  // The advance payment (docs/rules/rules.md § 7): required for a coming year, optional for the current one,
  // not offered for past years (their route is the refund).
  const coming = draft.year > Number(context.referenceDate.slice(0, 4));
  const rawAdvance = answers.advancePayment ?? {};
  const offered = coming || isAdvanceOfferYear(draft.year, context.referenceDate);
  // A past year's draft may still hold an answer (the year changed, an old import): it is not asked and not used.
  const offer = offered ? dataOf(advanceOfferStep(context).safeParse(rawAdvance)) : undefined;
  const paysInAdvance = offer !== undefined && offer.option !== 'none';
  const advance: CheckedApplication['advance'] = {
    offered,
    coming,
    option: offer?.option,
    method: paysInAdvance ? dataOf(advanceMethodStep().safeParse(rawAdvance)) : undefined,
  };
  const advanceSection = (): SectionState => {
    if (!advance.offered) return { status: 'notNeeded', missing: [], reason: 'notOffered' };
    if (!coming && rawAdvance.option === undefined) {
      // The offer needs the household to compute anything; until then it waits like income and illness.
      return householdComplete
        ? { status: 'notNeeded', missing: [], reason: 'optional', optional: true }
        : { ...needsHousehold(false, () => []), optional: true };
    }
    const missing: MissingItem[] = [];
    if (offer === undefined) missing.push({ page: 'advance.offer', code: 'missing' });
    else if (paysInAdvance && advance.method === undefined)
      missing.push({
        page: 'advance.method',
        code: rawAdvance.method === undefined ? 'missing' : 'incomplete',
      });
    return needsHousehold(rawAdvance.option !== undefined, () => missing);
  };
  const sections: Record<SectionId, SectionState> = {
    'persoenliche-angaben': state(
      answers.person !== undefined || answers.representation !== undefined || answers.bank !== undefined,
      personMissing,
    ),
    haushalt: state(answers.household !== undefined, householdMissing),
    sozialleistungen: state(
      answers.welfare !== undefined,
      welfare ? [] : [{ page: 'welfare.kind', code: 'missing' }],
    ),
    einnahmen: flatRate
      ? { status: 'notNeeded', missing: [], reason: 'flatRate' }
      : needsHousehold(answers.incomes !== undefined, incomeMissing),
    'chronische-erkrankung': needsHousehold(answers.chronic !== undefined, chronicMissing),
    vorauszahlung: advanceSection(),
    // A coming year has no receipts yet, and the whole limit paid in advance needs none: both exempt by payment.
    zuzahlungen:
      coming || advance.option === 'full'
        ? { status: 'notNeeded', missing: [], reason: 'advancePayment' }
        : needsHousehold(answers.receipts !== undefined, receiptMissing),
  };
  const complete = sectionIds.every(
    (id) => sections[id].status === 'complete' || sections[id].status === 'notNeeded',
  );
  const declarationsGiven = declarationStep().safeParse(answers.declarations ?? {}).success;

  // The rule engine's input: valid answers only, so the explained limit is always computed by the very function
  // the CLI uses (computeLimitCase); whatever is left out is a gap and makes the figure an interim one.
  const gaps: MissingItem[] = [];
  if (!welfareKind) gaps.push({ page: 'welfare.kind', code: 'missing' });
  for (const { raw, data } of members)
    if (!data)
      gaps.push({ page: 'household.member', code: 'incomplete', id: raw.id, person: personOf(raw.id) });
  const memberIncomes = new Map<string, MemberIncome[]>();
  for (const { raw, data } of incomes) {
    // A member with a part: the part's income sum stands for all of theirs (below), their entries here do not.
    if (providedByPart(raw.memberId)) continue;
    if (!data) {
      if (raw.memberId === undefined || validIds.includes(raw.memberId))
        gaps.push({ page: 'incomes.entry', code: 'incomplete', id: raw.id });
      continue;
    }
    const { memberId, type, annualCents, months } = data;
    memberIncomes.set(memberId, [...(memberIncomes.get(memberId) ?? []), { type, annualCents, months }]);
  }
  const payments: LimitCasePayment[] = [];
  for (const { raw, data } of receipts) {
    if (providedByPart(raw.memberId)) continue;
    if (!data) {
      gaps.push({ page: 'receipts.entry', code: 'incomplete', id: raw.id });
      continue;
    }
    payments.push({
      memberId: data.memberId,
      date: data.countsOn,
      category: data.category,
      amountCents: data.amountCents,
    });
  }
  // The parts' co-payments after the receipts, each on its own date (§ 62 Abs. 1 SGB V: the limit is reached on
  // the day the household's co-payments first add up to it, whoever paid them).
  for (const part of memberParts.values()) payments.push(...memberPartPayments(part));
  const engineMembers: HouseholdMember[] = [
    {
      id: applicantId,
      relation: 'applicant',
      birthDate: person.name?.birthDate ?? unknownAdultBirthDate,
      familyInsured: false,
      chronicallyIll: chronic.get(applicantId)?.chronicallyIll === true,
      incomes: memberIncomes.get(applicantId) ?? [],
    },
    ...members.flatMap(({ data }) => {
      if (!data) return [];
      const { id, relation, birthDate, familyInsured, livesInCareHome } = data;
      const part = memberParts.get(id);
      return [
        {
          id,
          relation,
          birthDate,
          familyInsured,
          livesInCareHome,
          // The part's reducedRate is the member's own answer (schwerwiegend chronisch krank, § 62 Abs. 1 S. 2
          // SGB V): it makes the 1 % rate apply to the household as the applicant's own answer would.
          chronicallyIll: part ? part.reducedRate : chronic.get(id)?.chronicallyIll === true,
          incomes: part ? memberPartIncomes(part) : (memberIncomes.get(id) ?? []),
        },
      ];
    }),
  ];
  const welfareForEngine: Welfare = welfareKind ? welfareKind.kind : 'none';

  return {
    draft,
    context,
    people,
    counted,
    person,
    members,
    memberParts,
    welfare,
    flatRate,
    incomes,
    chronic,
    receipts,
    advance,
    sections,
    complete,
    declarationsGiven,
    readyToSend: complete && declarationsGiven,
    limitCase: {
      data: { year: draft.year, welfare: welfareForEngine, members: engineMembers, payments },
      gaps,
    },
  };
}
