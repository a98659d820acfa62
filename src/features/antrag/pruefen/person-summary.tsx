import type { ReactNode } from 'react';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import {
  addressStep,
  bankStep,
  contactStep,
  kvnrStep,
  nameStep,
  representationStep,
  representativeStep,
} from '../../../domain/application/steps/person-steps';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { formatIbanForDisplay } from '../../../domain/identifiers/iban';
import { normaliseKvnr } from '../../../domain/identifiers/kvnr';
import { useFormatDate } from '../../../i18n/format-date';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { AnswerValue, SummarySection, useSummaryParts } from './summary-parts';
import { pagePath } from '../flow/flow-paths';

const joined = (...parts: (string | undefined)[]) =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');

/** Persönliche Angaben with the representation and the bank account, one row per answer. */
export function PersonSummary({ draft, context }: { draft: ApplicationDraft; context: StepContext }) {
  const { t, change, files } = useSummaryParts();
  const formatDate = useFormatDate();
  const { person = {}, representation = {}, bank = {} } = draft.answers;
  const name = nameStep(context).safeParse(person);
  const kvnr = kvnrStep().safeParse(person);
  const address = addressStep().safeParse(person);
  const contact = contactStep().safeParse(person);
  const kind = representationStep().safeParse(representation);
  const account = bankStep().safeParse(bank);
  const row = (key: string, value: ReactNode, to: string): SummaryListRow => ({
    key,
    value,
    actions: change(to, key),
  });
  const rows: SummaryListRow[] = [
    row(t('person.year'), String(draft.year), '/antrag/jahr'),
    row(
      t('person.name'),
      <AnswerValue
        checked={name.success ? joined(name.data.givenName, name.data.familyName) : undefined}
        typed={joined(person.givenName, person.familyName)}
      />,
      pagePath('person.name'),
    ),
    row(
      t('person.birthDate'),
      <AnswerValue
        checked={name.success ? formatDate(name.data.birthDate) : undefined}
        typed={person.birthDate}
      />,
      pagePath('person.name'),
    ),
    row(
      t('person.kvnr'),
      <AnswerValue
        checked={kvnr.success ? kvnr.data.kvnr : undefined}
        typed={person.kvnr === undefined ? undefined : normaliseKvnr(person.kvnr)}
      />,
      pagePath('person.kvnr'),
    ),
    row(
      t('person.address'),
      <AnswerValue
        checked={
          address.success
            ? `${address.data.street}, ${address.data.postalCode} ${address.data.city}`
            : undefined
        }
        typed={[person.street, joined(person.postalCode, person.city)].filter(Boolean).join(', ')}
      />,
      pagePath('person.address'),
    ),
    row(
      t('person.phone'),
      <AnswerValue checked={contact.success ? contact.data.phone : undefined} typed={person.phone} />,
      pagePath('person.contact'),
    ),
    row(
      t('person.email'),
      <AnswerValue checked={contact.success ? contact.data.email : undefined} typed={person.email} />,
      pagePath('person.contact'),
    ),
    row(
      t('person.representation'),
      <AnswerValue checked={kind.success ? t(`representation.${kind.data.kind}`) : undefined} />,
      pagePath('person.representation'),
    ),
  ];
  if (kind.success && kind.data.kind !== 'self') {
    const representative = representativeStep().safeParse(representation);
    const checked = representative.success ? representative.data : undefined;
    rows.push(
      row(
        t('person.representative'),
        <AnswerValue
          checked={
            checked &&
            `${joined(checked.givenName, checked.familyName)}, ${checked.street}, ${checked.postalCode} ${checked.city}`
          }
          typed={joined(representation.givenName, representation.familyName)}
        />,
        pagePath('person.representative'),
      ),
      row(
        t('person.document'),
        <AnswerValue checked={checked && files(checked.documentFileIds)} />,
        pagePath('person.representative'),
      ),
    );
  }
  rows.push(
    row(
      t('person.iban'),
      <AnswerValue
        checked={account.success ? formatIbanForDisplay(account.data.iban) : undefined}
        typed={bank.iban}
      />,
      pagePath('person.bank'),
    ),
    row(
      t('person.holder'),
      <AnswerValue
        checked={account.success ? account.data.accountHolder : undefined}
        typed={bank.accountHolder}
      />,
      pagePath('person.bank'),
    ),
  );
  return (
    <SummarySection id="persoenliche-angaben" title={t('section.persoenliche-angaben')}>
      <SummaryList rows={rows} />
    </SummarySection>
  );
}
