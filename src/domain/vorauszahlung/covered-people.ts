import type { ApplicationDocument } from '../application/application-document';

/**
 * Whom an advance payment exempts: every counted person of the household insured with this insurer, the applicant
 * always among them. Counted members insured elsewhere are exempted by their own insurer on its own application
 * (§ 62 Abs. 1 SGB V: each insurer exempts its own insured; docs/rules/rules.md § 7), so they are listed apart.
 */
export type CoveredPerson = {
  memberId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  kvnr: string | null;
};

export type CoveredPeople = { covered: CoveredPerson[]; elsewhere: CoveredPerson[] };

export function coveredPeople(document: ApplicationDocument): CoveredPeople {
  const covered: CoveredPerson[] = [];
  const elsewhere: CoveredPerson[] = [];
  // members holds the applicant too (relation 'applicant', insurer 'same', always counted).
  for (const member of document.members) {
    if (!member.counts && member.relation !== 'applicant') continue;
    const person = {
      memberId: member.id,
      givenName: member.givenName,
      familyName: member.familyName,
      birthDate: member.birthDate,
      kvnr: member.kvnr,
    };
    (member.insurer === 'same' ? covered : elsewhere).push(person);
  }
  return { covered, elsewhere };
}
