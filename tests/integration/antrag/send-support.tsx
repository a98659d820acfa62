import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node/server';
import { familyDraft } from '../../../src/domain/application/sample-drafts.test-support';
import { startWithDraft } from './start-wizard';

const font = readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** The app fetches its PDF font from its own origin; in Node the test server hands out the file. */
export function serveFont(): void {
  server.use(
    http.get(/DejaVuSans\.ttf/, () =>
      HttpResponse.arrayBuffer(
        font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength) as ArrayBuffer,
      ),
    ),
  );
}

/** The sample family of the domain tests, complete, with both declarations given: ready to send. */
export const readyFamily = () => {
  const draft = familyDraft();
  return { year: draft.year, answers: { ...draft.answers, declarations: { correct: true, consent: true } } };
};

/** Opens "Antrag senden" for the ready family and waits until the bundle is built (pdf-lib runs in jsdom here). */
export async function openSendPage(user: UserEvent) {
  serveFont();
  const family = readyFamily();
  const view = await startWithDraft(user, family.year, family.answers);
  await view.router.navigate('/antrag/absenden');
  await screen.findByRole('heading', { level: 1, name: 'Antrag senden' });
  await screen.findByRole('button', { name: 'Jetzt senden' }, { timeout: 20_000 });
  return view;
}
