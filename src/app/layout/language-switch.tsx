import { availableLanguages, nativeLanguageName } from '../../i18n/languages';
import { useI18n } from '../../i18n/use-i18n';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <nav className="language-switch" aria-label={t('language.switch.label')}>
      <ul>
        {availableLanguages.map((code) => (
          <li key={code}>
            <button
              type="button"
              lang={code}
              aria-pressed={code === language}
              onClick={() => void setLanguage(code)}
            >
              {nativeLanguageName(code)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
