import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { pageIds } from '../../../domain/application/page-ids';
import { sampleContext, sampleDrafts } from '../../../domain/application/sample-drafts.test-support';
import { renderWithDraft } from '../belastungsgrenze/limit-test-support';
import { antragFlow } from '../flow/antrag-flow';
import { matchFlowPage } from '../flow/flow-paths';
import { CheckPage } from './check-page';

const represented = (): ApplicationDraft => {
  const draft = sampleDrafts.family();
  draft.answers.representation = {
    kind: 'vollmacht',
    givenName: 'Vera',
    familyName: 'Vertreterin',
    street: 'Nebenweg 2',
    postalCode: '04109',
    city: 'Leipzig',
  };
  return draft;
};

const paysInAdvance = (): ApplicationDraft => {
  const draft = sampleDrafts.pensioner();
  draft.answers.advancePayment = { option: 'full', method: 'transfer' };
  return draft;
};

async function linkedPages(draft: ApplicationDraft): Promise<Set<string>> {
  const { unmount } = renderWithDraft(<CheckPage />, draft, sampleContext);
  await screen.findByRole('heading', { level: 1 });
  const pages = screen
    .getAllByRole('link')
    .map((link) => matchFlowPage(new URL(link.getAttribute('href') ?? '', 'https://x').pathname)?.page)
    .filter((page) => page !== undefined);
  unmount();
  return new Set(pages);
}

// Every page of the flow that holds answers has a change link on "Angaben prüfen" (for some household), or the
// definition says why it has none.
describe('the check page and the flow definition', () => {
  it('links every answering page of the flow, and only the exempt ones are missing', async () => {
    const seen = new Set<string>();
    for (const draft of [sampleDrafts.family(), sampleDrafts.buergergeld(), represented(), paysInAdvance()])
      for (const page of await linkedPages(draft)) seen.add(page);
    const answering = pageIds.filter((id) => antragFlow[id].check === 'changeLink');
    expect(answering.filter((id) => !seen.has(id))).toEqual([]);
    for (const id of pageIds.filter((page) => antragFlow[page].check !== 'changeLink'))
      expect(antragFlow[id].check, id).toEqual({ exempt: expect.stringMatching(/\S+ \S+ \S+/) });
  });
});
