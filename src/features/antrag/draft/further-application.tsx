import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMessages } from '../../../i18n/feature-messages';
import { useDraft } from './draft-context';
import { submissionMessages } from './submission-messages';

/**
 * "Weiteren Antrag stellen": the only way to a second application for the same person and year, and an
 * explicit one. It creates a new draft (a new application id) from the sent one, referring to its reference.
 */
export function FurtherApplication({ reference }: { reference: string }) {
  const s = useMessages(submissionMessages);
  const navigate = useNavigate();
  const { draft, startFurtherApplication } = useDraft();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  if (!draft || !startFurtherApplication) return null;
  const start = async () => {
    setState('busy');
    const ok = await startFurtherApplication().catch(() => false);
    if (ok) void navigate('/antrag');
    else setState('failed');
  };
  return (
    <section aria-labelledby="further-title">
      <h2 id="further-title">{s('further.title')}</h2>
      <p>{s('further.text', { year: draft.year, reference })}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={state === 'busy'}
        onClick={() => void start()}
      >
        {s('further.start')}
      </button>
      {state === 'failed' && (
        <p className="field-error" role="alert">
          {s('further.failed')}
        </p>
      )}
    </section>
  );
}
