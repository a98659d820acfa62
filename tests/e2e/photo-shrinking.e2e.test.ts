import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { jpegDimensions } from '../../src/documents/bundle/image-dimensions';
import { exifGpsSegment, spliceAfterSoi } from '../../src/documents/image/exif-gps.test-support';
import { metadataSegments } from '../../src/documents/image/jpeg-segments';
import { importDraft } from '../../src/storage/draft-export';
import { watchedPage } from './support/browser';
import { cameraPhoto, pixelsOf } from './support/camera-photo';
import { activate, choose, expectHeading, pressContinue, typeInto } from './support/keyboard';
import { sharedBrowser } from './support/shared-browser';
import { startApplication, waitUntilSaved } from './support/wizard';

const origin = inject('productionUrl');
const browser = sharedBrowser();
const passphrase = 'Tulpe Fahrrad Ostsee';

// Held upright while the sensor stored the pixels turned (EXIF orientation 6), somewhere in Dresden.
const exif = { orientation: 6, latitude: [51, 3, 2.5], longitude: [13, 44, 15.25] } as const;

describe('photos added to a draft', () => {
  it('are stored upright, at most 2000 px, much smaller and without EXIF/GPS, under the strict CSP', async () => {
    const watch = await watchedPage(browser(), origin);
    const { page } = watch;
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
    await startApplication(page, origin, { year: 2026, storage: 'device' });

    const photo = await cameraPhoto(page, 4000, 3000);
    const original = spliceAfterSoi(photo.jpeg, exifGpsSegment(exif));
    expect(metadataSegments(original).map((segment) => segment.identifier)).toEqual(['Exif']);

    // Receipts can be entered once the household is known: living alone is one answer.
    await page.goto(`${origin}/antrag/haushalt`);
    await expectHeading(page, 'Wer lebt mit Ihnen in einem Haushalt?');
    await choose(
      page
        .getByRole('group', { name: 'Leben weitere Personen in Ihrem Haushalt, die Sie angeben müssen?' })
        .getByLabel('Nein', { exact: true }),
    );
    await pressContinue(page);
    await expectHeading(page, 'Ihr Antrag');
    await page.goto(`${origin}/antrag/zuzahlungen/beleg/beleg-foto-1`);
    await page.getByLabel(/Foto oder PDF des Belegs/).setInputFiles({
      name: 'IMG_2041.JPEG',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(original),
    });
    await page.getByRole('button', { name: 'Entfernen IMG_2041.jpg' }).waitFor();
    await waitUntilSaved(page);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);

    // Read the stored file back the way a user moves a draft: the encrypted export, opened here with the app's code.
    await activate(page.getByRole('link', { name: 'Entwürfe verwalten', exact: true }));
    await typeInto(page.getByLabel('Kennwort für die Exportdatei'), passphrase);
    await typeInto(page.getByLabel('Kennwort wiederholen'), passphrase);
    const downloading = page.waitForEvent('download');
    await activate(page.getByRole('button', { name: 'Exportdatei herunterladen' }));
    const exported = await readFile(await (await downloading).path());
    const draft = await importDraft(new Uint8Array(exported), passphrase);
    if (!draft.ok) throw new Error(`export unreadable: ${draft.reason}`);
    expect(draft.files).toHaveLength(1);
    const [stored] = draft.files;
    if (!stored) throw new Error('no stored file');
    expect([stored.name, stored.type, stored.size]).toEqual([
      'IMG_2041.jpg',
      'image/jpeg',
      stored.bytes.length,
    ]);

    expect([...stored.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(jpegDimensions(stored.bytes)).toEqual({ width: 1500, height: 2000 });
    expect(metadataSegments(stored.bytes)).toEqual([]);
    expect(new TextDecoder('latin1').decode(stored.bytes).includes('Exif')).toBe(false);
    expect(stored.bytes.length).toBeLessThan(original.length / 4);

    // The red corner stored top-left must now be top-right: the picture was turned upright.
    const [topRight, topLeft] = await pixelsOf(page, stored.bytes, [
      [1450, 50],
      [50, 50],
    ]);
    expect(topRight![0]).toBeGreaterThan(180);
    expect(topRight![1]).toBeLessThan(80);
    expect(topLeft![1]).toBeGreaterThan(180);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await watch.context.close();
  });
});
