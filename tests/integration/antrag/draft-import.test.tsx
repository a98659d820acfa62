import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jpeg } from '../../../src/documents/bundle/bundle-fixtures.test-support';
import { exifGpsSegment, spliceAfterSoi } from '../../../src/documents/image/exif-gps.test-support';
import { metadataSegments } from '../../../src/documents/image/jpeg-segments';
import { endWizardSession, startWizard } from './start-wizard';
import { exportFile, openStore, readInExport, startDeviceWizard } from './draft-safety-support';

beforeEach(() => vi.stubGlobal('indexedDB', new IDBFactory()));
afterEach(() => {
  endWizardSession();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const addedAt = '2026-02-01T10:00:00.000Z';
const gpsPhoto = spliceAfterSoi(
  jpeg(640, 480),
  exifGpsSegment({ orientation: 1, latitude: [51, 2, 33.1], longitude: [13, 44, 12.6] }),
);

describe('Reading in a draft from another device', () => {
  it('keeps the old draft and says so when the device runs out of storage while the new one is written', async () => {
    const user = userEvent.setup();
    const { router } = await startDeviceWizard(user, 2026);
    const [before] = await openStore().listDrafts();
    const photo = {
      id: 'f1',
      name: 'IMG_1.jpg',
      type: 'image/jpeg' as const,
      size: gpsPhoto.length,
      addedAt,
    };
    const bytes = await exportFile({
      id: 'other-device',
      year: 2026,
      index: [photo],
      files: [{ ...photo, bytes: gpsPhoto }],
    });
    await readInExport(user, (path) => router.navigate(path), bytes);
    await screen.findByText(/Auf diesem Gerät gibt es schon einen Entwurf für 2026/, {}, { timeout: 5_000 });

    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'files') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await user.click(screen.getByRole('button', { name: 'Ja, ersetzen' }));

    const summary = await screen.findByRole(
      'alert',
      { name: 'Bitte korrigieren Sie Folgendes' },
      { timeout: 5_000 },
    );
    expect(summary).toHaveTextContent('Auf diesem Gerät ist nicht genug Speicherplatz frei');
    expect(summary).toHaveTextContent('Ihr bisheriger Entwurf ist unverändert');
    vi.restoreAllMocks();
    expect(await openStore().listDrafts()).toEqual([before]);
    expect(await openStore().loadDraft(before!.id)).toMatchObject({ ok: true });
    expect(router.state.location.pathname).toBe('/antrag/entwuerfe');
  });

  it('lists every file it left out, refuses HTML labelled as a JPEG and stores photos without EXIF', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2025);
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    const index = [
      { id: 'f1', name: 'IMG_GPS.jpg', type: 'image/jpeg' as const, size: gpsPhoto.length, addedAt },
      { id: 'f2', name: 'rechnung.jpg', type: 'image/jpeg' as const, size: html.length, addedAt },
      { id: 'f3', name: 'bescheid.pdf', type: 'application/pdf' as const, size: 10, addedAt },
    ];
    const bytes = await exportFile({
      id: 'with-files',
      year: 2026,
      index,
      files: [
        { ...index[0]!, bytes: gpsPhoto },
        { ...index[1]!, bytes: html },
      ],
    });
    await readInExport(user, (path) => router.navigate(path), bytes);

    const skipped = await screen.findByRole(
      'region',
      { name: 'Nicht alle Dateien wurden übernommen' },
      { timeout: 5_000 },
    );
    const lines = within(skipped)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('rechnung.jpg');
    expect(lines[1]).toContain('„bescheid.pdf“ fehlt in der Exportdatei');
    expect(screen.getByRole('region', { name: 'Hinweis zu Fotos' })).toHaveTextContent(
      'Angaben der Kamera wie der Aufnahmeort wurden entfernt',
    );

    const store = openStore();
    const imported = (await store.listDrafts()).find((summary) => summary.year === 2026);
    const files = await store.listFiles(imported!.id);
    expect(files.map((file) => file.id)).toEqual(['f1']);
    const photo = await store.loadFile(imported!.id, 'f1');
    if (!photo.ok) throw new Error('the photo was not stored');
    expect(metadataSegments(photo.file.bytes)).toEqual([]);

    await user.click(screen.getByRole('link', { name: 'Weiter zu Ihrem Antrag' }));
    await screen.findByText('Befreiung von Zuzahlungen für das Jahr 2026');
  });

  it.each(['//evil.example/', '/admin', 'https://evil.example/antrag/haushalt'])(
    'offers no resume link to %s: the task list stays the place to go on from',
    async (lastPath) => {
      const user = userEvent.setup();
      const { router } = await startWizard(user, 2025);
      const bytes = await exportFile({ id: 'resume', year: 2026, lastPath });
      await readInExport(user, (path) => router.navigate(path), bytes);
      await screen.findByText('Befreiung von Zuzahlungen für das Jahr 2026', {}, { timeout: 5_000 });
      expect(router.state.location.pathname).toBe('/antrag');
      expect(screen.queryByRole('link', { name: 'Weiter, wo Sie aufgehört haben' })).not.toBeInTheDocument();
      expect(document.querySelector('a[href*="evil"], a[href="/admin"]')).toBeNull();
    },
  );

  it('offers the resume link to a page inside the wizard', async () => {
    const user = userEvent.setup();
    const { router } = await startWizard(user, 2025);
    const bytes = await exportFile({
      id: 'resume',
      year: 2026,
      lastPath: '/antrag/persoenliche-angaben/name',
    });
    await readInExport(user, (path) => router.navigate(path), bytes);
    const link = await screen.findByRole(
      'link',
      { name: 'Weiter, wo Sie aufgehört haben' },
      { timeout: 5_000 },
    );
    expect(link).toHaveAttribute('href', '/antrag/persoenliche-angaben/name');
  });
});
