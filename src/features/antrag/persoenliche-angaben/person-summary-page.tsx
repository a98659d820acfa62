import { Link, Navigate } from 'react-router';
import { sectionStates } from '../../../domain/application/section-status';
import { formatIbanForDisplay } from '../../../domain/identifiers/iban';
import { normaliseKvnr } from '../../../domain/identifiers/kvnr';
import { useLocalized, useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { PageHeading } from '../../../ui/page-heading';
import { SummaryList, type SummaryListRow } from '../../../ui/summary-list';
import { usePageTitle } from '../../../ui/use-page-title';
import { useDraft } from '../draft/draft-context';
import { MissingList } from '../form/missing-list';
import { personMessages } from './person-messages';
import { personPages } from './person-flow';

/** The section's answers with change links (GOV.UK check answers); the entry page once the section has begun. */
export function PersonSummaryPage() {
  const t = useMessages(personMessages);
  const { t: core } = useI18n();
  const localized = useLocalized();
  const { draft, context } = useDraft();
  usePageTitle(t('summary.title'), core('app.name'));
  if (!draft || !context) return <Navigate to="/antrag/jahr" replace />;
  const { person, representation, bank } = draft.answers;
  if (!person && !representation && !bank) return <Navigate to={personPages.name} replace />;
  const state = sectionStates(draft, context)['persoenliche-angaben'];
  const returnTo = { returnTo: personPages.summary };
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
    row(t('name.givenName'), person?.givenName, personPages.name),
    row(t('name.familyName'), person?.familyName, personPages.name),
    row(t('name.birthDate'), person?.birthDate, personPages.name),
    row(
      t('kvnr.title'),
      person?.kvnr === undefined ? undefined : normaliseKvnr(person.kvnr),
      personPages.kvnr,
    ),
    row(
      t('address.title'),
      [person?.street, [person?.postalCode, person?.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', '),
      personPages.address,
    ),
    row(t('contact.phone'), person?.phone, personPages.contact),
    row(t('contact.email'), person?.email, personPages.contact),
    row(
      t('representation.title'),
      representation?.kind ? t(`representation.${representation.kind}`) : undefined,
      personPages.representation,
    ),
  ];
  if (representation?.kind && representation.kind !== 'self') {
    rows.push(
      row(
        t('representative.title'),
        [representation.givenName, representation.familyName].filter(Boolean).join(' '),
        personPages.representative,
      ),
      row(t('summary.document'), files(representation.documentFileIds), personPages.representative),
    );
  }
  rows.push(
    row(
      t('bank.iban'),
      bank?.iban ? formatIbanForDisplay(bank.iban.replace(/\s+/g, '').toUpperCase()) : undefined,
      personPages.bank,
    ),
    row(t('bank.holder'), bank?.accountHolder, personPages.bank),
  );
  return (
    <div className="page">
      <p className="caption">{t('caption')}</p>
      <PageHeading>{t('summary.title')}</PageHeading>
      <MissingList items={state.missing} title={t('summary.missing')} localized={localized} />
      <SummaryList rows={rows} />
      <Link className="button" to="/antrag">
        {t('summary.back')}
      </Link>
    </div>
  );
}
