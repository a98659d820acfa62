import { useMessages } from '../../i18n/feature-messages';
import { useI18n } from '../../i18n/use-i18n';
import { PageHeading } from '../../ui/page-heading';
import { usePageTitle } from '../../ui/use-page-title';
import { leichteSpracheMessages } from './leichte-sprache-messages';
import { leichteSpracheText } from './leichte-sprache-text';

/**
 * The service in Leichte Sprache (BITV 2.0 § 4). The text is German whatever language is chosen; readers of
 * another language get a one-line note in theirs, and the German part is marked lang="de" so that screen
 * readers switch their voice (WCAG 3.1.2).
 */
export function LeichteSprachePage() {
  const { t, language } = useI18n();
  const m = useMessages(leichteSpracheMessages);
  usePageTitle(m('title'), t('app.name'));
  const german = language === 'de';
  return (
    <div className="page">
      <PageHeading>
        <span lang="de">{leichteSpracheMessages.de.title}</span>
      </PageHeading>
      {!german && <p className="lead">{m('note')}</p>}
      <div lang={german ? undefined : 'de'}>
        {leichteSpracheText.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            {section.sentences.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            {section.list && (
              <ul className="bullets">
                {section.list.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
