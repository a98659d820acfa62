import { z } from 'zod';
import { validateKvnr } from '../../identifiers/kvnr';
import { ok } from '../../validation/result';
import { memberAnswersSchema, memberRelations } from '../draft-answers';
import { germanDate } from '../fields/german-date';
import { addProblem, collectFields } from '../fields/localized-issue';
import { requiredText } from '../fields/text-fields';
import type { StepContext } from './step-context';

const choose = (de: string, en: string) => ({ de, en });

// One household member per page (add-another). The insurer matters because an exemption card is issued per
// person and a spouse may be insured elsewhere; family insurance decides whether a child of 19 or more counts
// (§ 10 SGB V, docs/rules/rules.md § 2); a spouse in a care home still counts (§ 62 Abs. 2 S. 7 SGB V).
export const memberStep = (context: StepContext) =>
  memberAnswersSchema.transform((raw, ctx) => {
    let failed = false;
    const problem = (path: string, de: string, en: string) => {
      failed = true;
      addProblem(ctx, [path], { de, en });
    };
    if (raw.relation === undefined || !memberRelations.includes(raw.relation)) {
      problem(
        'relation',
        'Wählen Sie aus, in welcher Beziehung die Person zu Ihnen steht.',
        'Select how the person is related to you.',
      );
    }
    const fields = collectFields(ctx, {
      givenName: requiredText(raw.givenName, choose('den Vornamen', 'the first name')),
      familyName: requiredText(raw.familyName, choose('den Nachnamen', 'the last name')),
      // Nobody born after the year applied for can belong to that year's household.
      birthDate: germanDate(raw.birthDate, choose('das Geburtsdatum', 'the date of birth'), {
        notAfter: minIso(context.referenceDate, `${context.year}-12-31`),
        notBefore: '1900-01-01',
      }),
      kvnr: raw.insurer === 'other' && (raw.kvnr ?? '').trim() === '' ? ok('') : validateKvnr(raw.kvnr ?? ''),
      insurerName:
        raw.insurer === 'other'
          ? requiredText(
              raw.insurerName,
              choose('den Namen der Krankenkasse', 'the name of the health insurer'),
            )
          : ok(''),
    });
    if (raw.insurer === undefined) {
      problem(
        'insurer',
        'Wählen Sie aus, wo die Person krankenversichert ist.',
        'Select where the person has health insurance.',
      );
    }
    if (raw.familyInsured === undefined) {
      problem(
        'familyInsured',
        'Wählen Sie aus, ob die Person familienversichert ist.',
        'Select whether the person is family-insured.',
      );
    }
    if (raw.relation === 'spouse' && raw.livesInCareHome === undefined) {
      problem(
        'livesInCareHome',
        'Wählen Sie aus, ob die Person dauerhaft in einem Pflegeheim lebt.',
        'Select whether the person lives permanently in a care home.',
      );
    }
    if (failed || fields === undefined || raw.relation === undefined) return z.NEVER;
    return {
      id: raw.id,
      relation: raw.relation,
      ...fields,
      insurer: raw.insurer ?? 'same',
      familyInsured: raw.familyInsured === 'yes',
      livesInCareHome: raw.relation === 'spouse' && raw.livesInCareHome === 'yes',
    };
  });

export type CheckedMember = z.output<ReturnType<typeof memberStep>>;

/** At most one spouse or registered partner (§ 62 Abs. 2 S. 1 SGB V counts "den Ehegatten"). */
export const householdStep = (context: StepContext) =>
  z.object({ members: z.array(z.unknown()).default([]) }).transform((raw, ctx) => {
    const members: CheckedMember[] = [];
    raw.members.forEach((member, index) => {
      const parsed = memberStep(context).safeParse(member);
      if (parsed.success) members.push(parsed.data);
      else
        addProblem(ctx, ['members', index], {
          de: 'Die Angaben zu dieser Person sind unvollständig.',
          en: 'The details of this person are incomplete.',
        });
    });
    if (members.filter((member) => member.relation === 'spouse').length > 1) {
      addProblem(ctx, ['members'], {
        de: 'Nur eine Person kann Ehe- oder Lebenspartner/in sein. Ändern Sie die Angabe bei einer der Personen.',
        en: 'Only one person can be the spouse or registered partner. Change it for one of them.',
      });
      return z.NEVER;
    }
    return members.length === raw.members.length ? members : z.NEVER;
  });

function minIso(a: string, b: string): string {
  return a < b ? a : b;
}
