import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { Answers } from '../../../src/domain/application/draft-answers';
import { currentSession, startDeviceSession } from '../../../src/features/antrag/draft/draft-session';
import { exportDraft } from '../../../src/storage/draft-export';
import type { DraftFile, DraftStore } from '../../../src/storage/draft-store';
import { renderApp } from '../render-app';

export const passphrase = 'Tulpe Fahrrad Ostsee';

/** An export file as another device writes it: the draft's JSON and the files' bytes (some may be left out). */
export async function exportFile(options: {
  id: string;
  year: number;
  answers?: Answers;
  lastPath?: string;
  index?: Omit<DraftFile, 'bytes'>[];
  files?: DraftFile[];
}): Promise<Uint8Array<ArrayBuffer>> {
  const now = new Date().toISOString();
  const content = {
    schemaVersion: 1,
    id: options.id,
    year: options.year,
    createdAt: now,
    updatedAt: now,
    ...(options.lastPath === undefined ? {} : { lastPath: options.lastPath }),
    answers: options.answers ?? {},
    files: options.index ?? [],
  };
  return exportDraft(
    { year: options.year, schemaVersion: 1, content, files: options.files ?? [] },
    passphrase,
    { testOnlyIterations: 1 },
  );
}

/** "Entwurf von einem anderen Gerät einlesen" on the drafts page, up to the click on "Entwurf einlesen". */
export async function readInExport(
  user: UserEvent,
  navigate: (path: string) => Promise<void>,
  bytes: Uint8Array<ArrayBuffer>,
) {
  await navigate('/antrag/entwuerfe');
  await user.upload(
    await screen.findByLabelText('Exportdatei', {}, { timeout: 5_000 }),
    new File([bytes], 'entwurf.zbentwurf', { type: 'application/octet-stream' }),
  );
  await user.type(screen.getByLabelText('Kennwort der Exportdatei'), passphrase);
  await user.click(screen.getByRole('button', { name: 'Entwurf einlesen' }));
}

/**
 * The wizard with drafts kept "on this device" (encrypted IndexedDB; the test stubs a fresh fake-indexeddb),
 * with a draft for `year` started as a user does. End it with endWizardSession().
 */
export async function startDeviceWizard(user: UserEvent, year: number) {
  await startDeviceSession();
  const view = renderApp('/antrag/jahr');
  await user.click(await screen.findByLabelText(new RegExp(`^${year} –`), {}, { timeout: 5000 }));
  await user.click(screen.getByRole('button', { name: 'Speichern und weiter' }));
  await screen.findByRole('heading', { level: 1, name: 'Ihr Antrag' }, { timeout: 5000 });
  return view;
}

/** The store the open wizard uses, to look at what was (not) written. */
export function openStore(): DraftStore {
  const session = currentSession();
  if (!session) throw new Error('No wizard session is open');
  return session.store;
}
