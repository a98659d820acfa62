import type { HouseholdPerson } from '../../../domain/application/household-people';

// Shared by Einnahmen and Chronische Erkrankung (both list the counted people); a candidate for form/.

export type PersonName = {
  /** As shown in headings and labels; in sentences only for another person. */
  name: string;
  /**
   * The applicant: always addressed as "Sie" in sentences, which needs its own sentences ("Sind Sie …?"), never by
   * name in the third person (docs/rules/plain-language.md). Their name is only a label, once entered.
   */
  self: boolean;
};

export function personName(person: HouseholdPerson, words: { self: string; unnamed: string }): PersonName {
  if (person.relation === 'applicant') return { name: person.name ?? words.self, self: true };
  return { name: person.name ?? words.unnamed, self: false };
}
