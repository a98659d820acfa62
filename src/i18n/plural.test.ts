import { describe, expect, it } from 'vitest';
import { defineMessages } from './feature-messages';
import { interpolate } from './interpolate';
import { pluralKey } from './plural';

const files = defineMessages(
  { 'files.one': '{count} Datei', 'files.other': '{count} Dateien' },
  { 'files.one': '{count} file', 'files.other': '{count} files' },
);

const say = (language: 'de' | 'en', count: number) =>
  interpolate(files[language][pluralKey('files', count)], { count });

describe('pluralKey', () => {
  it('uses the singular for exactly one, in German and English', () => {
    expect(say('de', 1)).toBe('1 Datei');
    expect(say('en', 1)).toBe('1 file');
  });

  it('uses the plural for zero and for more than one', () => {
    expect(say('de', 0)).toBe('0 Dateien');
    expect(say('de', 2)).toBe('2 Dateien');
    expect(say('en', 7)).toBe('7 files');
  });

  it('agrees with the plural rules of German and English for every small count', () => {
    for (const language of ['de', 'en']) {
      const rules = new Intl.PluralRules(language);
      for (let count = 0; count <= 100; count += 1) {
        expect(pluralKey('x', count)).toBe(`x.${rules.select(count)}`);
      }
    }
  });
});
