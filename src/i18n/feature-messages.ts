import type { LocalizedText } from '../domain/validation/result';
import { interpolate, type MessageParams } from './interpolate';
import { useI18n } from './use-i18n';

/**
 * Messages that belong to one lazily loaded feature live beside it, in German and English, so that the start
 * page does not carry the wizard's copy (ADR 0002). German is the reference: the English record must have
 * exactly the same keys, which the type checks.
 */
export type FeatureMessages<K extends string> = {
  readonly de: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

export function defineMessages<const K extends string>(
  de: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): FeatureMessages<K> {
  return { de, en };
}

export type FeatureTranslate<K extends string> = (key: K, params?: MessageParams) => string;

function textFor<K extends string>(catalog: FeatureMessages<K>, language: string, key: K): string {
  // A language without a feature file falls back to German, the service's language, never to a bare key.
  return language === 'en' ? catalog.en[key] : catalog.de[key];
}

/** The translator for a feature's messages in the language currently shown. */
export function useMessages<K extends string>(catalog: FeatureMessages<K>): FeatureTranslate<K> {
  const { language } = useI18n();
  return (key, params) => interpolate(textFor(catalog, language, key), params);
}

/** Texts the domain carries itself (labels, reasons) in the language currently shown. */
export function useLocalized(): (text: LocalizedText) => string {
  const { language } = useI18n();
  return (text) => (language === 'en' ? text.en : text.de);
}
