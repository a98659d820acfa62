import type { ApplicationDraft } from '../../../domain/application/application-draft';
import { checkApplication } from '../../../domain/application/check-application';
import type { AnswerSection, Answers } from '../../../domain/application/draft-answers';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { DraftApi } from './draft-context';

/**
 * Tests only: the wizard's draft API around one draft, checked as the layout checks it. Every action a test does
 * not give in `overrides` fails loudly with `purpose` in its message, so a page that reaches one is noticed.
 */
export function draftApiDouble(
  draft: ApplicationDraft,
  context: StepContext,
  purpose: string,
  overrides: Partial<DraftApi> = {},
): DraftApi {
  const unused = (): never => {
    throw new Error(`not used by ${purpose}`);
  };
  return {
    storeKind: 'memory',
    passphraseProtected: false,
    drafts: [],
    brokenDrafts: [],
    draft,
    unreadableParts: [],
    saveState: { status: 'saved' },
    context,
    checked: checkApplication(draft, context),
    startDraft: unused,
    openDraft: unused,
    changeYear: unused,
    updateAnswers: unused,
    setLastPath: unused,
    addFiles: unused,
    removeFile: unused,
    loadFileBytes: unused,
    deleteDraft: unused,
    deleteEverything: unused,
    retrySave: unused,
    resolveConflict: unused,
    lock: unused,
    importDraft: unused,
    ...overrides,
  };
}

/** updateAnswers over a state setter: the section's new answers from its previous ones, as the real API does. */
export const answersUpdater =
  (change: (next: (previous: ApplicationDraft) => ApplicationDraft) => void): DraftApi['updateAnswers'] =>
  <S extends AnswerSection>(
    section: S,
    update: (previous: Answers[S] | undefined) => NonNullable<Answers[S]>,
  ) =>
    change((previous) => ({
      ...previous,
      answers: { ...previous.answers, [section]: update(previous.answers[section]) },
    }));
