import { messages as de, type Messages } from './messages/de';

export type Language = string;

export const defaultLanguage: Language = 'de';

// Every file in messages/ is a language: German is bundled with the start page, the others load on demand,
// so that a language costs nothing until someone picks it (ADR 0002).
const lazyMessageFiles = import.meta.glob<{ messages: Messages }>(['./messages/*.ts', '!./messages/de.ts']);

function codeOf(path: string): Language {
  return path.replace(/^.*\/([\w-]+)\.ts$/, '$1');
}

export const availableLanguages: readonly Language[] = [
  defaultLanguage,
  ...Object.keys(lazyMessageFiles).map(codeOf),
].sort();

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && availableLanguages.includes(value);
}

export async function loadMessages(language: Language): Promise<Messages> {
  if (language === defaultLanguage) return de;
  const entry = Object.entries(lazyMessageFiles).find(([path]) => codeOf(path) === language);
  if (!entry) throw new Error(`No message file for language "${language}"`);
  const module = await entry[1]();
  return module.messages;
}

export const defaultMessages: Messages = de;

/** The language's own name ("Deutsch", "English"), so that people find theirs whatever is shown now. */
export function nativeLanguageName(language: Language): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
