import { z } from 'zod';
import { declarationAnswersSchema } from '../../../domain/application/draft-answers';
import { addProblem, issueText } from '../../../domain/application/fields/localized-issue';
import { declarationStep } from '../../../domain/application/steps/declaration-step';
import { checkMessages } from './check-messages';

/**
 * "Antrag absenden" as a step: the declarations (domain) and, first, whether every section is complete. That
 * problem sits at `sections`, whose error-summary link leads to the list of what is missing at the top.
 */
export const sendStep = (sectionsDone: boolean) =>
  declarationAnswersSchema.transform((raw, ctx) => {
    if (!sectionsDone) {
      addProblem(ctx, ['sections'], {
        de: checkMessages.de['send.sectionsMissing'],
        en: checkMessages.en['send.sectionsMissing'],
      });
    }
    const declarations = declarationStep().safeParse(raw);
    if (!declarations.success) {
      for (const issue of declarations.error.issues) addProblem(ctx, issue.path, issueText(issue));
    }
    return sectionsDone && declarations.success ? declarations.data : z.NEVER;
  });

/** Field names in page order, for the error summary. */
export const sendOrder = ['sections', 'correct', 'consent'] as const;
