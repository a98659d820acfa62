import type { HouseholdPerson } from '../../../domain/application/household-people';

// Shared by Einnahmen and Chronische Erkrankung (both list the counted people); a candidate for form/.

export type PersonName = {
  /** As shown in headings and sentences. */
  name: string;
  /** The applicant whose name is not entered yet: addressed as "Sie", which needs its own sentences. */
  self: boolean;
};

export function personName(person: HouseholdPerson, words: { self: string; unnamed: string }): PersonName {
  if (person.name !== undefined) return { name: person.name, self: false };
  return person.relation === 'applicant'
    ? { name: words.self, self: true }
    : { name: words.unnamed, self: false };
}
