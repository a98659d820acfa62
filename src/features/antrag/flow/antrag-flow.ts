import type { ComponentType } from 'react';
import type { SectionId } from '../../../domain/application/check-application';
import type { RepresentationKind } from '../../../domain/application/draft-answers';
import type { PageId } from '../../../domain/application/page-ids';
import type { Welfare } from '../../../domain/belastungsgrenze/welfare';
import type { AntragMessageKey } from '../antrag-messages';

/*
 * The wizard as data (architecture.md; in the manner of DigitalService's a2j-rechtsantragstelle flows): every page
 * of the application with its section, its address below /antrag, a lazy loader for its page and for its step
 * schema, and a guard that decides where "Speichern und weiter" leads. Routes, the task list's links, the check
 * page's change links, the problems' links and the resume point are all generated from this one table, so adding a
 * step means: a row here, its page, its messages.
 *
 * This module imports types only: loading it loads no page and no schema (antrag-flow.test.ts checks this).
 * A family member's own part (issue 14) will be a second flow over the same rows: a `Flow` is any list of page ids
 * of this table with its own entry and end.
 */

export type Params = Readonly<Record<string, string>>;
export type FlowTarget = { page: PageId; params?: Params } | 'tasks';

/** What a guard may look at: the page's checked values, the page's own address parameters and fresh ids. */
export type GuardInput<V> = {
  values: V;
  params: Params;
  /** A new random id for an entry about to be added (household member, receipt). */
  newId: () => string;
  /** Counted people still without a valid answer on this kind of page, in household order (chronic illness). */
  open?: readonly string[];
};

type PageModule = { Component: ComponentType };
export type PageDefinition<V> = {
  section: SectionId;
  /** Route path below /antrag; `:name` segments are random ids (never personal data). */
  path: string;
  /** The id an entry's problems carry fills this parameter (MissingItem.id). */
  param?: string;
  page: () => Promise<PageModule>;
  /** The page's step schema, loaded with the page and never before (see the module comment). */
  schema?: () => Promise<unknown>;
  next: (input: GuardInput<V>) => FlowTarget;
  /** Pages this one links to besides its next page (an overview's add, change and remove links). */
  links?: readonly PageId[];
  /**
   * How the check page shows the page's answers: with a change link to it, or not at all, and why not (overviews
   * and confirmations hold no answers of their own).
   */
  check: 'changeLink' | { exempt: string };
};

/** The checked values each guard decides on; pages whose next page never depends on an answer take none. */
type GuardValues = {
  'person.representation': { kind: RepresentationKind };
  'welfare.kind': { kind: Welfare };
  'household.overview': { more: boolean };
  'receipts.entry': { another: boolean };
  'advance.offer': { option: 'full' | 'rest' | 'none' };
};
export type ValuesOf<K extends PageId> = K extends keyof GuardValues ? GuardValues[K] : unknown;
export type FlowDefinition = { readonly [K in PageId]: PageDefinition<ValuesOf<K>> };

const go = (page: PageId, params?: Params): FlowTarget => (params ? { page, params } : { page });
const load =
  <M>(importer: () => Promise<M>, pick: (module: M) => ComponentType) =>
  (): Promise<PageModule> =>
    importer().then((module) => ({ Component: pick(module) }));

const personSteps = () => import('../../../domain/application/steps/person-steps');
const householdSteps = () => import('../../../domain/application/steps/household-steps');
const welfareSteps = () => import('../../../domain/application/steps/welfare-step');
const advanceSteps = () => import('../../../domain/application/steps/advance-steps');

export const antragFlow: FlowDefinition = {
  'person.summary': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben',
    page: load(
      () => import('../persoenliche-angaben/person-summary-page'),
      (m) => m.PersonSummaryPage,
    ),
    next: () => 'tasks',
    links: [
      'person.name',
      'person.kvnr',
      'person.address',
      'person.contact',
      'person.representation',
      'person.representative',
      'person.bank',
    ],
    check: { exempt: 'the section’s own summary; its rows link to the question pages' },
  },
  'person.name': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/name',
    page: load(
      () => import('../persoenliche-angaben/name-page'),
      (m) => m.NamePage,
    ),
    schema: () => personSteps().then((m) => m.nameStep),
    next: () => go('person.kvnr'),
    check: 'changeLink',
  },
  'person.kvnr': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/versichertennummer',
    page: load(
      () => import('../persoenliche-angaben/kvnr-page'),
      (m) => m.KvnrPage,
    ),
    schema: () => personSteps().then((m) => m.kvnrStep),
    next: () => go('person.address'),
    check: 'changeLink',
  },
  'person.address': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/anschrift',
    page: load(
      () => import('../persoenliche-angaben/address-page'),
      (m) => m.AddressPage,
    ),
    schema: () => personSteps().then((m) => m.addressStep),
    next: () => go('person.contact'),
    check: 'changeLink',
  },
  'person.contact': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/kontakt',
    page: load(
      () => import('../persoenliche-angaben/contact-page'),
      (m) => m.ContactPage,
    ),
    schema: () => personSteps().then((m) => m.contactStep),
    next: () => go('person.representation'),
    check: 'changeLink',
  },
  'person.representation': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/vertretung',
    page: load(
      () => import('../persoenliche-angaben/representation-page'),
      (m) => m.RepresentationPage,
    ),
    schema: () => personSteps().then((m) => m.representationStep),
    // The representative's page only when someone applies for another person.
    next: ({ values }) => go(values.kind === 'self' ? 'person.bank' : 'person.representative'),
    check: 'changeLink',
  },
  'person.representative': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/vertreter',
    page: load(
      () => import('../persoenliche-angaben/representative-page'),
      (m) => m.RepresentativePage,
    ),
    schema: () => personSteps().then((m) => m.representativeStep),
    next: () => go('person.bank'),
    check: 'changeLink',
  },
  'person.bank': {
    section: 'persoenliche-angaben',
    path: 'persoenliche-angaben/bankverbindung',
    page: load(
      () => import('../persoenliche-angaben/bank-page'),
      (m) => m.BankPage,
    ),
    schema: () => personSteps().then((m) => m.bankStep),
    next: () => go('person.summary'),
    check: 'changeLink',
  },
  'household.overview': {
    section: 'haushalt',
    path: 'haushalt',
    page: load(
      () => import('../haushalt/household-overview-page'),
      (m) => m.HouseholdOverviewPage,
    ),
    schema: () => householdSteps().then((m) => m.householdStep),
    // Add-another (GOV.UK): "Lebt noch jemand bei Ihnen?" — yes opens a new person's page.
    next: ({ values, newId }) => (values.more ? go('household.member', { memberId: newId() }) : 'tasks'),
    links: ['household.member', 'household.remove'],
    check: 'changeLink',
  },
  'household.member': {
    section: 'haushalt',
    path: 'haushalt/person/:memberId',
    param: 'memberId',
    page: load(
      () => import('../haushalt/member-page'),
      (m) => m.MemberPage,
    ),
    schema: () => householdSteps().then((m) => m.memberStep),
    next: () => go('household.overview'),
    check: 'changeLink',
  },
  'household.remove': {
    section: 'haushalt',
    path: 'haushalt/person/:memberId/entfernen',
    param: 'memberId',
    page: load(
      () => import('../haushalt/remove-member-page'),
      (m) => m.RemoveMemberPage,
    ),
    next: () => go('household.overview'),
    check: { exempt: 'a confirmation before removing a person; it stores no answer' },
  },
  'welfare.kind': {
    section: 'sozialleistungen',
    path: 'sozialleistungen',
    page: load(
      () => import('../sozialleistungen/welfare-page'),
      (m) => m.WelfarePage,
    ),
    schema: () => welfareSteps().then((m) => m.welfareKindStep),
    // With a benefit the flat rule applies and its notice is the proof (§ 62 Abs. 2 S. 5–6 SGB V).
    next: ({ values }) => (values.kind === 'none' ? 'tasks' : go('welfare.notice')),
    check: 'changeLink',
  },
  'welfare.notice': {
    section: 'sozialleistungen',
    path: 'sozialleistungen/bescheid',
    page: load(
      () => import('../sozialleistungen/notice-page'),
      (m) => m.NoticePage,
    ),
    schema: () => welfareSteps().then((m) => m.welfareStep),
    next: () => 'tasks',
    check: 'changeLink',
  },
  'incomes.overview': {
    section: 'einnahmen',
    path: 'einnahmen',
    page: load(
      () => import('../einnahmen/income-overview-page'),
      (m) => m.IncomeOverviewPage,
    ),
    next: () => 'tasks',
    links: ['incomes.entry'],
    check: 'changeLink',
  },
  'incomes.entry': {
    section: 'einnahmen',
    path: 'einnahmen/eintrag/:entryId',
    param: 'entryId',
    page: load(
      () => import('../einnahmen/income-entry-page'),
      (m) => m.IncomeEntryPage,
    ),
    schema: () => import('../../../domain/application/steps/income-steps').then((m) => m.incomeEntryStep),
    next: () => go('incomes.overview'),
    check: 'changeLink',
  },
  'chronic.overview': {
    section: 'chronische-erkrankung',
    path: 'chronische-erkrankung',
    page: load(
      () => import('../chronische-erkrankung/chronic-overview-page'),
      (m) => m.ChronicOverviewPage,
    ),
    next: () => 'tasks',
    links: ['chronic.member'],
    check: { exempt: 'the section’s own summary; the check page links to each person’s page' },
  },
  'chronic.member': {
    section: 'chronische-erkrankung',
    path: 'chronische-erkrankung/:memberId',
    param: 'memberId',
    page: load(
      () => import('../chronische-erkrankung/chronic-member-page'),
      (m) => m.ChronicMemberPage,
    ),
    schema: () => import('../../../domain/application/steps/chronic-steps').then((m) => m.chronicMemberStep),
    // The next counted person still without an answer, so that a household is answered in one go.
    next: ({ params, open = [] }) => {
      const following = open.find((id) => id !== params.memberId);
      return following === undefined ? go('chronic.overview') : go('chronic.member', { memberId: following });
    },
    check: 'changeLink',
  },
  'receipts.overview': {
    section: 'zuzahlungen',
    path: 'zuzahlungen',
    page: load(
      () => import('../zuzahlungen/receipt-overview-page'),
      (m) => m.ReceiptOverviewPage,
    ),
    next: () => 'tasks',
    links: ['receipts.entry'],
    check: 'changeLink',
  },
  'receipts.entry': {
    section: 'zuzahlungen',
    path: 'zuzahlungen/beleg/:receiptId',
    param: 'receiptId',
    page: load(
      () => import('../zuzahlungen/receipt-entry-page'),
      (m) => m.ReceiptEntryPage,
    ),
    schema: () => import('../../../domain/application/steps/receipt-steps').then((m) => m.receiptEntryStep),
    // "Speichern und weiteren Beleg erfassen" opens the next empty receipt; otherwise back to the list.
    next: ({ values, newId }) =>
      values.another ? go('receipts.entry', { receiptId: newId() }) : go('receipts.overview'),
    // A year's receipts run into hundreds: the check page sums them and links to the ledger, which links each one.
    check: {
      exempt: 'receipts are changed from the ledger (receipts.overview), which the check page links to',
    },
  },
  'advance.offer': {
    section: 'vorauszahlung',
    path: 'vorauszahlung',
    page: load(
      () => import('../vorauszahlung/advance-offer-page'),
      (m) => m.AdvanceOfferPage,
    ),
    schema: () => advanceSteps().then((m) => m.advanceOfferStep),
    // No advance payment: the ordinary application with receipts; the rest needs them as well.
    next: ({ values }) => (values.option === 'none' ? 'tasks' : go('advance.method')),
    check: 'changeLink',
  },
  'advance.method': {
    section: 'vorauszahlung',
    path: 'vorauszahlung/zahlungsweg',
    page: load(
      () => import('../vorauszahlung/advance-method-page'),
      (m) => m.AdvanceMethodPage,
    ),
    schema: () => advanceSteps().then((m) => m.advanceMethodStep),
    next: () => 'tasks',
    check: 'changeLink',
  },
};

/** Task-list order of the sections, each entered at its first page, with its title. */
export const sectionEntries: readonly { id: SectionId; page: PageId; title: AntragMessageKey }[] = [
  { id: 'persoenliche-angaben', page: 'person.summary', title: 'section.person' },
  { id: 'haushalt', page: 'household.overview', title: 'section.household' },
  { id: 'sozialleistungen', page: 'welfare.kind', title: 'section.welfare' },
  { id: 'einnahmen', page: 'incomes.overview', title: 'section.incomes' },
  { id: 'chronische-erkrankung', page: 'chronic.overview', title: 'section.chronic' },
  { id: 'vorauszahlung', page: 'advance.offer', title: 'section.advance' },
  { id: 'zuzahlungen', page: 'receipts.overview', title: 'section.receipts' },
];
