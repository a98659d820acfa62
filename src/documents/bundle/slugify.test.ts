import { describe, expect, it } from 'vitest';
import { slugify } from './slugify';

describe('slugify', () => {
  it.each([
    ['Apotheke am Markt', 'apotheke-am-markt'],
    ['Bürgergeld', 'buergergeld'],
    ['Löwen-Apotheke', 'loewen-apotheke'],
    ['Straße', 'strasse'],
    ['ÄRZTEHAUS Süd', 'aerztehaus-sued'],
    ['Café Crème', 'cafe-creme'],
    ['  Dr. med. K. Müller & Partner (Zahnarzt)  ', 'dr-med-k-mueller-partner-zahnarzt'],
    ['../../etc/passwd', 'etc-passwd'],
    ['!!!', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('trims to the length without leaving a trailing hyphen', () => {
    expect(slugify('Sanitätshaus Orthopädie Technik Mitteldeutschland GmbH')).toBe(
      'sanitaetshaus-orthopaedie-technik-mittel',
    );
    expect(slugify('abc def', 4)).toBe('abc');
  });
});
