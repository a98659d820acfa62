import { defaultLanguage, isLanguage, type Language } from './languages';

// The chosen language is a preference, not personal data: it may stay in localStorage unencrypted.
const storageKey = 'zb.language';

export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this visit.
  }
}
