import type { z } from 'zod';
import { isSupportedYear } from '../figures/figures-for-year';

type CaseShape = {
  year: number;
  members: readonly { id: string; relation: string; birthDate: string }[];
  payments: readonly { memberId: string; date: string }[];
};

const issue = (ctx: z.RefinementCtx, path: (string | number)[], de: string, en: string): void =>
  ctx.addIssue({ code: 'custom', path, params: { de, en } });

/**
 * The cross-field rules of limit-contract.md: exactly one applicant, at most one spouse, unique
 * ids, no birth after the year, payments within the year and of a listed member. Each issue
 * points at the field to fix.
 */
export const checkLimitCaseConsistency = (c: CaseShape, ctx: z.RefinementCtx): void => {
  const applicants = c.members.filter((m) => m.relation === 'applicant').length;
  if (applicants !== 1) {
    issue(
      ctx,
      ['members'],
      `genau ein Mitglied muss "relation": "applicant" haben (gefunden: ${applicants})`,
      `exactly one member must have "relation": "applicant" (found ${applicants})`,
    );
  }
  const seenIds = new Set<string>();
  let spouses = 0;
  c.members.forEach((m, i) => {
    if (seenIds.has(m.id)) {
      issue(ctx, ['members', i, 'id'], `"${m.id}" kommt mehrfach vor`, `"${m.id}" is not unique`);
    }
    seenIds.add(m.id);
    if (m.relation === 'spouse' && ++spouses === 2) {
      issue(
        ctx,
        ['members', i, 'relation'],
        'höchstens ein "spouse" erlaubt',
        'at most one "spouse" is allowed',
      );
    }
    // Only checked for a year in the table: otherwise `year` already carries the error.
    if (isSupportedYear(c.year) && m.birthDate > `${c.year}-12-31`) {
      issue(
        ctx,
        ['members', i, 'birthDate'],
        `darf nicht nach dem 31.12.${c.year} liegen`,
        `must not be after ${c.year}-12-31`,
      );
    }
  });
  c.payments.forEach((p, i) => {
    if (!seenIds.has(p.memberId)) {
      issue(
        ctx,
        ['payments', i, 'memberId'],
        `kein Mitglied mit id "${p.memberId}"`,
        `no member has id "${p.memberId}"`,
      );
    }
    if (isSupportedYear(c.year) && !p.date.startsWith(`${c.year}-`)) {
      issue(ctx, ['payments', i, 'date'], `muss im Jahr ${c.year} liegen`, `must be within ${c.year}`);
    }
  });
};
