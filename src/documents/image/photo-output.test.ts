import { describe, expect, it } from 'vitest';
import { pickSmaller, shrunkName, type Encoded } from './photo-output';

describe('pickSmaller', () => {
  const png: Encoded = { type: 'image/png', size: 300_000 };

  it('turns a PNG into a JPEG only when the JPEG is smaller', () => {
    expect(pickSmaller(png, { type: 'image/jpeg', size: 120_000 }).type).toBe('image/jpeg');
    expect(pickSmaller(png, { type: 'image/jpeg', size: 400_000 }).type).toBe('image/png');
  });

  it('keeps the lossless PNG on a tie', () => {
    expect(pickSmaller(png, { type: 'image/jpeg', size: 300_000 }).type).toBe('image/png');
  });
});

describe('shrunkName', () => {
  it.each([
    ['IMG_2041.JPG', 'image/jpeg', 'IMG_2041.jpg'],
    ['Quittung Apotheke März.jpeg', 'image/jpeg', 'Quittung Apotheke März.jpg'],
    ['Screenshot 2026-03-04.png', 'image/jpeg', 'Screenshot 2026-03-04.jpg'],
    ['Screenshot 2026-03-04.png', 'image/png', 'Screenshot 2026-03-04.png'],
    ['beleg.heic.jpeg', 'image/jpeg', 'beleg.heic.jpg'],
    ['ohne-endung', 'image/jpeg', 'ohne-endung.jpg'],
    ['.jpg', 'image/jpeg', 'foto.jpg'],
  ] as const)('%s as %s → %s', (name, type, expected) => {
    expect(shrunkName(name, type)).toBe(expected);
  });
});
