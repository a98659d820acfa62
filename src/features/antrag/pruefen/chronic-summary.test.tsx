import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { checkApplication } from '../../../domain/application/check-application';
import type { ChronicMemberAnswers } from '../../../domain/application/draft-answers';
import { pensionerDraft, sampleContext } from '../../../domain/application/sample-drafts.test-support';
import { renderUi } from '../../../ui/test-providers';
import { ChronicSummary } from './chronic-summary';

const complete = { status: 'complete' as const, missing: [] };

/** The pensioner, seriously chronically ill, with her Muster 55 uploaded. */
function withCertificate(answer: Partial<ChronicMemberAnswers>): ApplicationDraft {
  const draft = pensionerDraft();
  return {
    ...draft,
    answers: {
      ...draft.answers,
      chronic: {
        members: [
          {
            memberId: 'applicant',
            chronicallyIll: 'yes',
            certificate: 'upload',
            certificateFileIds: ['f-m55'],
            ...answer,
          },
        ],
      },
    },
  };
}

const show = (draft: ApplicationDraft, language: 'de' | 'en' = 'de') =>
  renderUi(<ChronicSummary checked={checkApplication(draft, sampleContext)} state={complete} />, {
    language,
  });

const row = () => {
  const term = screen.getByText('Erika Mustermann', { selector: 'dt' });
  if (term.parentElement === null) throw new Error('no row');
  return within(term.parentElement);
};

// sampleContext: the year 2026, today 20.11.2026.
describe('ChronicSummary: the certificate’s renewal', () => {
  it('warns with the day the certificate had to be renewed when it is older than a year', () => {
    show(withCertificate({ certificateIssuedOn: '15.3.2025' }));
    expect(
      row().getByText('Ja – Bescheinigung (Muster 55) hochgeladen (1 Datei, ausgestellt am 15.03.2025)'),
    ).toBeInTheDocument();
    expect(
      row().getByText(
        'Die Bescheinigung ist älter als ein Jahr. Sie musste am 15.03.2026 erneuert werden. Bitten Sie Ihre Arztpraxis um eine neue Bescheinigung. Ihren Antrag können Sie trotzdem abschicken.',
      ),
    ).toBeInTheDocument();
    expect(row().getByText('Warnung', { exact: false })).toBeInTheDocument();
  });

  it('says the same in English, with the date as English readers write it', () => {
    show(withCertificate({ certificateIssuedOn: '2025-03-15' }), 'en');
    expect(row().getByText(/issued on 15 March 2025/)).toBeInTheDocument();
    expect(
      row().getByText(/The certificate is more than a year old\. It had to be renewed on 15 March 2026\./),
    ).toBeInTheDocument();
  });

  it('warns on the renewal day itself', () => {
    show(withCertificate({ certificateIssuedOn: '20.11.2025' }));
    expect(row().getByText(/Sie musste am 20\.11\.2026 erneuert werden\./)).toBeInTheDocument();
  });

  it.each([
    ['issued less than a year ago', { certificateIssuedOn: '21.11.2025' }],
    ['without an issue date', {}],
    [
      'sent by the doctor’s practice',
      { certificate: 'doctorSends' as const, certificateIssuedOn: '1.1.2020' },
    ],
  ])('shows no warning for a certificate %s', (_, answer) => {
    show(withCertificate(answer));
    expect(row().getByText(/^Ja – /)).toBeInTheDocument();
    expect(screen.queryByText(/älter als ein Jahr/)).not.toBeInTheDocument();
  });
});
