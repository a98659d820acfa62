import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useI18n } from '../../../i18n/use-i18n';
import { openDeviceVault } from '../../../storage/device-vault';
import { saveStorageChoice } from '../../../storage/storage-choice';
import { usePageTitle } from '../../../ui/use-page-title';
import { antragMessages } from '../antrag-messages';
import { currentSession, startVisitSession } from '../draft/draft-session';
import { memberStartPath } from '../flow/member-paths';
import { PassphraseSetup } from './passphrase-setup';

/**
 * Where the start page's choice lands (`?speicher=geraet|besuch`). Choosing is the consent (TR-03161 O.Purp_3):
 * nothing is written to the device before it, and "this visit only" writes nothing at all.
 */
export function BeginPage() {
  const [params] = useSearchParams();
  const choice = params.get('speicher');
  // A family member's invitation (issue 14) continues at the member's start page rather than the year question.
  const next = params.get('weiter') === 'mitwirken' ? memberStartPath : undefined;
  if (choice === 'besuch') return <StartVisit next={next} />;
  if (choice === 'geraet') return <StartOnDevice next={next} />;
  return <Navigate to="/#speichern" replace />;
}

type Next = { next: string | undefined };

function StartVisit({ next }: Next) {
  const navigate = useNavigate();
  useEffect(() => {
    let cancelled = false;
    const ready = currentSession()?.store.kind === 'memory' ? Promise.resolve() : startVisitSession();
    void ready.then(() => {
      if (!cancelled) void navigate(next ?? '/antrag/jahr', { replace: true });
    });
    return () => {
      cancelled = true;
    };
  }, [navigate, next]);
  return null;
}

function StartOnDevice({ next }: Next) {
  const t = useMessages(antragMessages);
  const { t: core } = useI18n();
  const navigate = useNavigate();
  const [needsSetup, setNeedsSetup] = useState<boolean | undefined>();
  usePageTitle(t('setup.title'), core('app.name'));
  useEffect(() => {
    let cancelled = false;
    void openDeviceVault()
      .then((vault) => {
        if (cancelled) return;
        if (vault.state === 'empty') setNeedsSetup(true);
        else {
          // Drafts already exist on this device: open them (the layout asks for the passphrase if there is one).
          saveStorageChoice('device');
          void navigate(next ?? '/antrag', { replace: true });
        }
      })
      .catch(() => {
        if (!cancelled) setNeedsSetup(true);
      });
    return () => {
      cancelled = true;
    };
  }, [navigate, next]);
  if (needsSetup !== true)
    return (
      <p className="page" role="status">
        {t('layout.loading')}
      </p>
    );
  return <PassphraseSetup onDone={() => void navigate(next ?? '/antrag/jahr', { replace: true })} />;
}
