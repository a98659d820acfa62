import type { ApplicationDraft } from '../../../domain/application/application-draft';
import type { CheckedApplication } from '../../../domain/application/check-application';
import type { StepContext } from '../../../domain/application/steps/step-context';
import { useDraft } from './draft-context';

export type OpenDraft = { draft: ApplicationDraft; context: StepContext; checked: CheckedApplication };

/**
 * The draft being edited with its one checked pass. Pages of the wizard are only ever shown with an open draft:
 * the layout sends everyone else to the year question (layout/open-draft-layout.tsx), so no page repeats that guard.
 */
export function useOpenDraft(): OpenDraft {
  const { draft, context, checked } = useDraft();
  if (!draft || !context || !checked)
    throw new Error('useOpenDraft is used on a page the layout shows without a draft');
  return { draft, context, checked };
}

/** The checked application alone (who counts, what is missing, the limit's input). */
export function useChecked(): CheckedApplication {
  return useOpenDraft().checked;
}
