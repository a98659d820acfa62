import type { LocalizedText } from '../validation/result';
import type { ApplicationDraft } from './application-draft';
import type { Answers } from './draft-answers';
import { countedPeople, type HouseholdPerson } from './household-people';
import { chronicMemberStep } from './steps/chronic-steps';
import { declarationStep } from './steps/declaration-step';
import { householdStep, memberStep } from './steps/household-steps';
import { incomeEntryStep } from './steps/income-steps';
import { receiptEntryStep } from './steps/receipt-steps';
import {
  addressStep,
  bankStep,
  contactStep,
  kvnrStep,
  nameStep,
  representationStep,
  representativeStep,
} from './steps/person-steps';
import type { StepContext } from './steps/step-context';
import { welfareStep } from './steps/welfare-step';

// The task list (ux.md): each section's status and what is still missing, computed from the draft alone.
// Page ids are the URL segments below /antrag, so a missing item links straight to the page that fixes it.
export const sectionIds = [
  'persoenliche-angaben',
  'haushalt',
  'sozialleistungen',
  'einnahmen',
  'chronische-erkrankung',
  'zuzahlungen',
] as const;
export type SectionId = (typeof sectionIds)[number];

export type SectionStatus = 'notStarted' | 'inProgress' | 'complete' | 'notNeeded' | 'cannotStart';
export type MissingItem = { page: string; text: LocalizedText };
export type SectionState = { status: SectionStatus; missing: MissingItem[]; reason?: LocalizedText };

const item = (page: string, de: string, en: string): MissingItem => ({ page, text: { de, en } });
const who = (person: HouseholdPerson) => person.name ?? (person.relation === 'applicant' ? 'Sie' : '—');
const whoEn = (person: HouseholdPerson) => person.name ?? (person.relation === 'applicant' ? 'you' : '—');

function personSection(draft: ApplicationDraft, context: StepContext): MissingItem[] {
  const { person = {}, representation = {}, bank = {} } = draft.answers;
  const missing: MissingItem[] = [];
  const check = (ok: boolean, page: string, de: string, en: string) => {
    if (!ok) missing.push(item(`persoenliche-angaben/${page}`, de, en));
  };
  check(
    nameStep(context).safeParse(person).success,
    'name',
    'Name und Geburtsdatum',
    'Name and date of birth',
  );
  check(
    kvnrStep().safeParse(person).success,
    'versichertennummer',
    'Krankenversichertennummer',
    'Health insurance number',
  );
  check(addressStep().safeParse(person).success, 'anschrift', 'Anschrift', 'Address');
  check(contactStep().safeParse(person).success, 'kontakt', 'Telefon und E-Mail', 'Phone and e-mail');
  const kind = representationStep().safeParse(representation);
  check(kind.success, 'vertretung', 'Für wen Sie den Antrag stellen', 'Who you are applying for');
  if (kind.success && kind.data.kind !== 'self') {
    check(
      representativeStep().safeParse(representation).success,
      'vertreter',
      'Angaben zur vertretenden Person',
      'Details of the representative',
    );
  }
  check(
    bankStep().safeParse(bank).success,
    'bankverbindung',
    'Bankverbindung für Erstattungen',
    'Bank account for refunds',
  );
  return missing;
}

function householdSection(draft: ApplicationDraft, context: StepContext): MissingItem[] {
  const household = draft.answers.household ?? {};
  const missing: MissingItem[] = [];
  for (const member of household.members ?? []) {
    if (!memberStep(context).safeParse(member).success) {
      const name = `${member.givenName ?? ''} ${member.familyName ?? ''}`.trim() || '—';
      missing.push(item(`haushalt/person/${member.id}`, `Angaben zu ${name}`, `Details of ${name}`));
    }
  }
  const wholeHousehold = householdStep(context).safeParse({ members: household.members ?? [] });
  if (household.complete !== true || (missing.length === 0 && !wholeHousehold.success)) {
    missing.push(item('haushalt', 'Wer in Ihrem Haushalt lebt', 'Who lives in your household'));
  }
  return missing;
}

function incomeSection(draft: ApplicationDraft, counted: HouseholdPerson[]): MissingItem[] {
  const incomes = draft.answers.incomes ?? {};
  const entries = incomes.entries ?? [];
  const memberIds = counted.map((person) => person.id);
  const missing: MissingItem[] = [];
  for (const person of counted) {
    const declared =
      entries.some((entry) => entry.memberId === person.id) ||
      (incomes.noIncomeMemberIds ?? []).includes(person.id);
    if (!declared)
      missing.push(item('einnahmen', `Einnahmen von ${who(person)}`, `Income of ${whoEn(person)}`));
  }
  for (const entry of entries) {
    // Entries of someone who no longer counts are kept in the draft but do not block the section.
    if (entry.memberId !== undefined && !memberIds.includes(entry.memberId)) continue;
    if (!incomeEntryStep({ memberIds }).safeParse(entry).success) {
      missing.push(
        item(`einnahmen/eintrag/${entry.id}`, 'Eine unvollständige Einnahme', 'An incomplete income entry'),
      );
    }
  }
  if (missing.length === 0 && incomes.complete !== true) {
    missing.push(
      item(
        'einnahmen',
        'Bestätigung, dass alle Einnahmen angegeben sind',
        'Confirmation that all income is entered',
      ),
    );
  }
  return missing;
}

function chronicSection(draft: ApplicationDraft, counted: HouseholdPerson[]): MissingItem[] {
  const answers = draft.answers.chronic?.members ?? [];
  return counted.flatMap((person) => {
    const answer = answers.find((entry) => entry.memberId === person.id) ?? { memberId: person.id };
    return chronicMemberStep().safeParse(answer).success
      ? []
      : [
          item(
            `chronische-erkrankung/${person.id}`,
            `Chronische Erkrankung: ${who(person)}`,
            `Chronic illness: ${whoEn(person)}`,
          ),
        ];
  });
}

function receiptSection(
  draft: ApplicationDraft,
  context: StepContext,
  counted: HouseholdPerson[],
): MissingItem[] {
  const receipts = draft.answers.receipts ?? {};
  const memberIds = counted.map((person) => person.id);
  const missing: MissingItem[] = [];
  for (const entry of receipts.entries ?? []) {
    if (!receiptEntryStep({ ...context, memberIds }).safeParse(entry).success) {
      missing.push(
        item(`zuzahlungen/beleg/${entry.id}`, 'Ein unvollständiger Beleg', 'An incomplete receipt'),
      );
    }
  }
  if (missing.length === 0 && receipts.complete !== true) {
    missing.push(
      item(
        'zuzahlungen',
        'Bestätigung, dass alle Belege erfasst sind',
        'Confirmation that all receipts are entered',
      ),
    );
  }
  return missing;
}

const advancePaymentReason: LocalizedText = {
  de: 'Nicht nötig: Für ein kommendes Jahr gibt es noch keine Belege. Sie können die Belastungsgrenze im Voraus zahlen (Vorauszahlung) und sind dann das ganze Jahr befreit.',
  en: 'Not needed: there are no receipts yet for a coming year. You can pay the limit in advance (advance payment) and are then exempt for the whole year.',
};

const notNeededReason: LocalizedText = {
  de: 'Nicht nötig: Bei Bürgergeld, Sozialhilfe, Grundsicherung oder vom Sozialamt bezahlten Heimkosten gilt ein fester Betrag statt der Einnahmen (§ 62 Abs. 2 S. 5–6 SGB V).',
  en: 'Not needed: with citizen’s income, social assistance, basic income or care-home costs paid by the welfare office a fixed amount applies instead of the income (§ 62 Abs. 2 S. 5–6 SGB V).',
};
const householdFirst: LocalizedText = {
  de: 'Kann erst beginnen, wenn der Haushalt vollständig ist.',
  en: 'Can start once the household is complete.',
};

const state = (started: boolean, missing: MissingItem[]): SectionState => ({
  status: missing.length === 0 ? 'complete' : started ? 'inProgress' : 'notStarted',
  missing,
});

/** Status and missing items of every section, in task-list order. */
export function sectionStates(
  draft: ApplicationDraft,
  context: StepContext,
): Record<SectionId, SectionState> {
  const { answers } = draft;
  const householdMissing = householdSection(draft, context);
  const householdComplete = householdMissing.length === 0;
  const counted = countedPeople(draft, context);
  const welfare = welfareStep().safeParse(answers.welfare ?? {});
  const flatRule = answers.welfare?.kind !== undefined && answers.welfare.kind !== 'none';
  const needsHousehold = (started: boolean, missing: () => MissingItem[]): SectionState =>
    householdComplete
      ? state(started, missing())
      : {
          status: 'cannotStart',
          missing: [item('haushalt', 'Zuerst: der Haushalt', 'First: the household')],
          reason: householdFirst,
        };
  return {
    'persoenliche-angaben': state(
      answers.person !== undefined || answers.representation !== undefined || answers.bank !== undefined,
      personSection(draft, context),
    ),
    haushalt: state(answers.household !== undefined, householdMissing),
    sozialleistungen: state(
      answers.welfare !== undefined,
      welfare.success ? [] : [item('sozialleistungen', 'Angabe zu Sozialleistungen', 'Social benefits')],
    ),
    einnahmen: flatRule
      ? { status: 'notNeeded', missing: [], reason: notNeededReason }
      : needsHousehold(answers.incomes !== undefined, () => incomeSection(draft, counted)),
    'chronische-erkrankung': needsHousehold(answers.chronic !== undefined, () =>
      chronicSection(draft, counted),
    ),
    zuzahlungen:
      draft.year > Number(context.referenceDate.slice(0, 4))
        ? { status: 'notNeeded', missing: [], reason: advancePaymentReason }
        : needsHousehold(answers.receipts !== undefined, () => receiptSection(draft, context, counted)),
  };
}

/** Every section is complete or not needed: the task list says "ready to check". */
export function sectionsComplete(states: Record<SectionId, SectionState>): boolean {
  return sectionIds.every((id) => states[id].status === 'complete' || states[id].status === 'notNeeded');
}

/** Both declarations of the check page are ticked (correct and complete; consent to process health data). */
export function declarationsGiven(declarations: Answers['declarations']): boolean {
  return declarationStep().safeParse(declarations ?? {}).success;
}

/**
 * Sending is possible only when every section is complete or not needed and both declarations are given.
 * `declarations` is the draft's section as stored (undefined before the check page was answered).
 */
export function readyToSend(
  states: Record<SectionId, SectionState>,
  declarations: Answers['declarations'],
): boolean {
  return sectionsComplete(states) && declarationsGiven(declarations);
}
