import { Link, Navigate } from 'react-router';
import { formatIbanForDisplay } from '../../../domain/identifiers/iban';
import { normaliseKvnr } from '../../../domain/identifiers/kvnr';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { useOpenDraft } from '../draft/use-open-draft';
import { MissingList } from '../form/missing-list';
import { personMessages } from './person-messages';
import { pagePath } from '../flow/flow-paths';

/** The section's answers with change links (GOV.UK check answers); the entry page once the section has begun. */
export function PersonSummaryPage() {
  const t = useMessages(personMessages);
  const { t: core } = useI18n();
  const { draft, checked } = useOpenDraft();
  usePageTitle(t('summary.title'), core('app.name'));
  const { person, representation, bank } = draft.answers;
  if (!person && !representation && !bank) return <Navigate to={pagePath('person.name')} replace />;
  const state = checked.sections['persoenliche-angaben'];
  const returnTo = { returnTo: pagePath('person.summary') };
  const change = (to: string, context: string) => [
    { to, label: t('summary.change'), hiddenContext: context, state: returnTo },
  ];
  const row = (key: string, value: string | undefined, to: string): SummaryListRow => ({
    key,
    value: value && value.trim() !== '' ? value : <span className="hint">{t('summary.empty')}</span>,
    actions: change(to, key),
  });
  const files = (ids: readonly string[] | undefined) =>
    draft.files
      .filter((file) => ids?.includes(file.id))
      .map((file) => file.name)
      .join(', ');
  const rows: SummaryListRow[] = [
    {
      key: t('summary.year'),
      value: String(draft.year),
      actions: [
        { to: '/antrag/jahr', label: t('summary.change'), hiddenContext: t('summary.year'), state: returnTo },
      ],
    },
    row(t('name.givenName'), person?.givenName, pagePath('person.name')),
    row(t('name.familyName'), person?.familyName, pagePath('person.name')),
    row(t('name.birthDate'), person?.birthDate, pagePath('person.name')),
    row(
      t('kvnr.title'),
      person?.kvnr === undefined ? undefined : normaliseKvnr(person.kvnr),
      pagePath('person.kvnr'),
    ),
    row(
      t('address.title'),
      [person?.street, [person?.postalCode, person?.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', '),
      pagePath('person.address'),
    ),
    row(t('contact.phone'), person?.phone, pagePath('person.contact')),
    row(t('contact.email'), person?.email, pagePath('person.contact')),
    row(
      t('representation.title'),
      representation?.kind ? t(`representation.${representation.kind}`) : undefined,
      pagePath('person.representation'),
    ),
  ];
  if (representation?.kind && representation.kind !== 'self') {
    rows.push(
      row(
        t('representative.title'),
        [representation.givenName, representation.familyName].filter(Boolean).join(' '),
        pagePath('person.representative'),
      ),
      row(t('summary.document'), files(representation.documentFileIds), pagePath('person.representative')),
    );
  }
  rows.push(
    row(
      t('bank.iban'),
      bank?.iban ? formatIbanForDisplay(bank.iban.replace(/\s+/g, '').toUpperCase()) : undefined,
      pagePath('person.bank'),
    ),
    row(t('bank.holder'), bank?.accountHolder, pagePath('person.bank')),
  );
  return (
    <div className="page">
      <p className="caption">{t('caption')}</p>
      <PageHeading>{t('summary.title')}</PageHeading>
      <MissingList items={state.missing} title={t('summary.missing')} />
      <SummaryList rows={rows} />
      <Link className="button" to="/antrag">
        {t('summary.back')}
      </Link>
    </div>
  );
}
