import { describe, expect, it } from 'vitest';
import { incomeCatalogue, incomeTypes, limitCaseIncomeTypes } from './income-catalogue';

describe('income catalogue (docs/rules/rules.md § 5)', () => {
  it('lets the CLI accept exactly the types of limit-contract.md', () => {
    expect([...limitCaseIncomeTypes]).toEqual([
      'wages',
      'pension',
      'civilServicePension',
      'selfEmployment',
      'unemploymentBenefit',
      'sickPay',
      'capitalIncome',
      'rentalIncome',
      'maintenance',
      'childBenefit',
      'housingBenefit',
      'careAllowance',
      'basicPensionBVG',
      'blindAllowance',
    ]);
  });

  it('does not count Kindergeld, Wohngeld, Pflegegeld, BVG-Grundrente, Blindengeld, BAföG, Eingliederungshilfe', () => {
    const notCounting = incomeTypes.filter((t) => incomeCatalogue[t].counts === 'no');
    expect(notCounting.sort()).toEqual(
      [
        'childBenefit',
        'housingBenefit',
        'careAllowance',
        'basicPensionBVG',
        'blindAllowance',
        'bafoeg',
        'integrationAssistance',
      ].sort(),
    );
  });

  it('counts wages, pensions, Versorgungsbezüge, self-employment, ALG I, sick pay, maternity pay, mini-jobs', () => {
    const counting = [
      'wages',
      'pension',
      'civilServicePension',
      'selfEmployment',
      'unemploymentBenefit',
      'sickPay',
      'maternityPay',
      'miniJob',
      'capitalIncome',
      'rentalIncome',
      'maintenance',
    ] as const;
    for (const type of counting) expect(incomeCatalogue[type].counts).toBe('yes');
  });

  it('marks parental allowance and the accident pension as partly counting', () => {
    expect(incomeCatalogue.parentalAllowance.counts).toBe('partly');
    expect(incomeCatalogue.parentalAllowancePlus.counts).toBe('partly');
    expect(incomeCatalogue.accidentPension.counts).toBe('partly');
  });

  it('has an "other" entry that a caseworker classifies', () => {
    expect(incomeCatalogue.other.needsClassification).toBe(true);
  });

  it('labels and explains every type in German and English in plain words, and keeps the law apart', () => {
    for (const type of incomeTypes) {
      const { label, explanation, law, source } = incomeCatalogue[type];
      expect(label.de && label.en).toBeTruthy();
      expect(explanation.de && explanation.en).toBeTruthy();
      expect(`${explanation.de} ${explanation.en}`).not.toMatch(/§|\.md|BSG/);
      expect(law).toMatch(/^§ \d+/);
      expect(source).toContain(law);
    }
  });
});
