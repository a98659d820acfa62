import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nContext, type I18nValue } from './i18n-context';
import { interpolate } from './interpolate';
import { defaultLanguage, defaultMessages, loadMessages, type Language } from './languages';
import type { Messages } from './messages/de';
import { storeLanguage } from './stored-language';

type Props = {
  children: ReactNode;
  /** Loaded before the first render, so that a returning English reader never sees a German flash. */
  initial?: { language: Language; messages: Messages };
};

export function I18nProvider({ children, initial }: Props) {
  const [state, setState] = useState(initial ?? { language: defaultLanguage, messages: defaultMessages });

  const setLanguage = useCallback(async (language: Language) => {
    const messages = await loadMessages(language);
    setState({ language, messages });
    storeLanguage(language);
  }, []);

  useEffect(() => {
    document.documentElement.lang = state.language;
  }, [state.language]);

  const value = useMemo<I18nValue>(
    () => ({
      language: state.language,
      setLanguage,
      t: (key, params) => interpolate(state.messages[key], params),
    }),
    [state, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
