import { createContext } from 'react';
import type { MessageKey } from './messages/de';
import type { MessageParams } from './interpolate';
import type { Language } from './languages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export type I18nValue = {
  language: Language;
  t: Translate;
  setLanguage: (language: Language) => Promise<void>;
};

export const I18nContext = createContext<I18nValue | null>(null);
