import type { HouseholdMember } from '../household/household-member';
import type { LocalizedText } from '../validation/result';
import type { RatePercent } from './limit-cents';

export type RateReason = {
  code: 'standard' | 'chronicallyIll';
  chronicallyIllMemberIds: string[];
  explanation: LocalizedText;
};

export type RateDecision = { ratePercent: RatePercent; reason: RateReason };

/**
 * 2 %, or 1 % for the whole household when any counted member is schwerwiegend chronisch krank
 * or in a DMP (§ 62 Abs. 1 S. 2 and 4 SGB V). That the 1 % covers the whole household is a
 * decision of docs/rules/rules.md § 3.4 (stated by insurers, not seen in the circular itself).
 */
export const rateFor = (counted: readonly Pick<HouseholdMember, 'id' | 'chronicallyIll'>[]): RateDecision => {
  const ill = counted.filter((m) => m.chronicallyIll).map((m) => m.id);
  if (ill.length === 0) {
    return {
      ratePercent: 2,
      reason: {
        code: 'standard',
        chronicallyIllMemberIds: [],
        explanation: {
          de: '2 % der Bruttoeinnahmen (§ 62 Abs. 1 S. 2 SGB V).',
          en: '2 % of the gross income (§ 62 Abs. 1 S. 2 SGB V).',
        },
      },
    };
  }
  return {
    ratePercent: 1,
    reason: {
      code: 'chronicallyIll',
      chronicallyIllMemberIds: ill,
      explanation: {
        de: '1 %, weil ein berücksichtigtes Haushaltsmitglied schwerwiegend chronisch krank ist (§ 62 Abs. 1 S. 2 SGB V); das gilt für den ganzen Haushalt.',
        en: '1 %, because a counted household member is seriously chronically ill (§ 62 Abs. 1 S. 2 SGB V); this applies to the whole household.',
      },
    },
  };
};
