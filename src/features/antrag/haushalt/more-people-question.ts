import { z } from 'zod';
import type { MemberAnswers } from '../../../domain/application/draft-answers';
import { addProblem, issueText } from '../../../domain/application/fields/localized-issue';
import { householdStep } from '../../../domain/application/steps/household-steps';
import type { StepContext } from '../../../domain/application/steps/step-context';
import type { LocalizedText } from '../../../domain/validation/result';
import { interpolate, type MessageParams } from '../../../i18n/interpolate';
import { maxMembers } from './household-edits';
import { householdMessages } from './household-messages';

type Key = keyof typeof householdMessages.de;

/** Both languages of one of the section's messages: the step resolver shows the one the user reads. */
export const bothLanguages = (key: Key, params?: MessageParams): LocalizedText => ({
  de: interpolate(householdMessages.de[key], params),
  en: interpolate(householdMessages.en[key], params),
});

/** How a member is named in messages: as typed, or "Person ohne Namen" before a name is entered. */
export function memberName(member: Pick<MemberAnswers, 'givenName' | 'familyName'>): LocalizedText {
  const name = `${member.givenName ?? ''} ${member.familyName ?? ''}`.trim();
  return name === '' ? bothLanguages('overview.unnamed') : { de: name, en: name };
}

const answers = ['yes', 'no'] as const;
export type MoreAnswer = (typeof answers)[number];

/**
 * The add-another question under the list. "Nein" closes the list, which is only right when the household as a
 * whole passes householdStep: every member complete and at most one spouse (§ 62 Abs. 2 S. 1 SGB V). Each
 * problem points at the member's row (`members.<index>`) or at the list (`members`).
 */
export const morePeopleQuestion = (context: StepContext, members: readonly MemberAnswers[]) =>
  z.object({ more: z.enum(answers).nullish() }).transform((raw, ctx): MoreAnswer => {
    if (raw.more === undefined || raw.more === null) {
      addProblem(ctx, ['more'], bothLanguages('error.more'));
      return z.NEVER;
    }
    if (raw.more === 'yes') {
      if (members.length >= maxMembers) {
        addProblem(ctx, ['more'], bothLanguages('error.tooMany', { max: maxMembers }));
        return z.NEVER;
      }
      return 'yes';
    }
    const household = householdStep(context).safeParse({ members });
    if (household.success) return 'no';
    for (const issue of household.error.issues) {
      const index = issue.path[1];
      const member = typeof index === 'number' ? members[index] : undefined;
      if (member === undefined || typeof index !== 'number') {
        addProblem(ctx, ['members'], issueText(issue));
        continue;
      }
      const name = memberName(member);
      addProblem(ctx, ['members', index], {
        de: interpolate(householdMessages.de['error.memberIncomplete'], { name: name.de }),
        en: interpolate(householdMessages.en['error.memberIncomplete'], { name: name.en }),
      });
    }
    return z.NEVER;
  });
