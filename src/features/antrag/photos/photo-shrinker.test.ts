import { describe, expect, it } from 'vitest';
import { jpeg } from '../../../documents/bundle/bundle-fixtures.test-support';
import { exifGpsSegment, spliceAfterSoi } from '../../../documents/image/exif-gps.test-support';
import { metadataSegments } from '../../../documents/image/jpeg-segments';
import { notShrunkNote } from './photo-shrinker';
import { defaultPhotoShrinker } from './shrink-photo-client';

const gps = exifGpsSegment({ orientation: 1, latitude: [51, 2, 33.1], longitude: [13, 44, 12.6] });

describe('the photo shrinker without OffscreenCanvas', () => {
  it('removes EXIF and the GPS position, and tells the user the photo could not be shrunk', async () => {
    expect(typeof OffscreenCanvas).toBe('undefined');
    const photo = spliceAfterSoi(jpeg(64, 48), gps);
    const result = await defaultPhotoShrinker({ name: 'IMG_1.jpg', type: 'image/jpeg', bytes: photo });
    expect(result).toMatchObject({ ok: true, type: 'image/jpeg', note: notShrunkNote });
    if (!result.ok) return;
    expect(metadataSegments(result.bytes)).toEqual([]);
    expect(new TextDecoder('latin1').decode(result.bytes)).not.toContain('Exif');
  });

  it('refuses a "photo" whose segments cannot be read instead of storing it as it came', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const result = await defaultPhotoShrinker({ name: 'beleg.jpg', type: 'image/jpeg', bytes: html });
    expect(result).toMatchObject({ ok: false, name: 'beleg.jpg' });
  });

  it('passes PDFs through unchanged', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
    expect(await defaultPhotoShrinker({ name: 'a.pdf', type: 'application/pdf', bytes: pdf })).toEqual({
      ok: true,
      name: 'a.pdf',
      type: 'application/pdf',
      bytes: pdf,
    });
  });
});
