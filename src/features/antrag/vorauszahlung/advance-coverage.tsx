import { useMessages } from '../../../i18n/feature-messages';
import { personName } from '../form/person-name';
import { useOpenDraft } from '../draft/use-open-draft';
import { advanceMessages } from './advance-messages';

/**
 * Who the advance payment exempts (every counted person insured with us) and who gets the exemption from their own
 * insurer (§ 62 Abs. 1 SGB V: each insurer exempts its own insured), and what no exemption covers.
 */
export function AdvanceCoverage() {
  const t = useMessages(advanceMessages);
  const { checked } = useOpenDraft();
  const words = { self: t('covered.self'), unnamed: t('covered.self') };
  const insurerOf = new Map(checked.members.map(({ raw, data }) => [raw.id, data?.insurer ?? raw.insurer]));
  const covered = checked.counted.filter((person) => insurerOf.get(person.id) !== 'other');
  const elsewhere = checked.counted.filter((person) => insurerOf.get(person.id) === 'other');
  return (
    <>
      <section aria-labelledby="advance-covered">
        <h2 id="advance-covered">{t('covered.title')}</h2>
        <p>{t('covered.text')}</p>
        <ul className="bullets">
          {covered.map((person) => (
            <li key={person.id}>{personName(person, words).name}</li>
          ))}
        </ul>
        {elsewhere.length > 0 && (
          <>
            <p>{t('elsewhere.text')}</p>
            <ul className="bullets">
              {elsewhere.map((person) => (
                <li key={person.id}>{personName(person, words).name}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="advance-not-covered">
        <h2 id="advance-not-covered">{t('notCovered.title')}</h2>
        <p>{t('notCovered.text')}</p>
        <ul className="bullets">
          <li>{t('notCovered.dentures')}</li>
          <li>{t('notCovered.fixedPrice')}</li>
          <li>{t('notCovered.notPrescribed')}</li>
          <li>{t('notCovered.igel')}</li>
        </ul>
      </section>
    </>
  );
}
