import { describe, expect, it } from 'vitest';
import {
  countsTowardLimit,
  limitCasePaymentCategories,
  paymentCategories,
  paymentCategoryList,
} from './payment-category';

describe('payment categories (docs/rules/rules.md § 6)', () => {
  it('does not count dentures, costs above the Festbetrag, IGeL, no prescription, everyday items', () => {
    const notCounting = paymentCategoryList.filter((c) => !countsTowardLimit(c));
    expect(notCounting).toEqual([
      'dentures',
      'aboveFixedPrice',
      'igel',
      'noPrescription',
      'everydayItemShare',
      'artificialInseminationShare',
    ]);
    for (const c of notCounting) expect(paymentCategories[c].legalKind).toBe('none');
  });

  it('counts every § 61 SGB V co-payment, each with a way to compute it', () => {
    const counting = paymentCategoryList.filter(countsTowardLimit);
    expect(counting).toHaveLength(10);
    for (const c of counting) expect(paymentCategories[c].legalKind).not.toBe('none');
    expect(paymentCategories.hospital.legalKind).toBe('perDay');
    expect(paymentCategories.remedies.legalKind).toBe('perPrescription');
    expect(paymentCategories.medicine.legalKind).toBe('percentage');
  });

  it('lets the CLI accept exactly the categories of limit-contract.md', () => {
    expect(limitCasePaymentCategories).toHaveLength(15);
    expect(limitCasePaymentCategories).not.toContain('artificialInseminationShare');
  });

  it('labels and explains every category in German and English in plain words, and keeps the law apart', () => {
    for (const c of paymentCategoryList) {
      const { label, explanation, law } = paymentCategories[c];
      expect(label.de && label.en).toBeTruthy();
      expect(explanation.de && explanation.en).toBeTruthy();
      expect(`${explanation.de} ${explanation.en}`).not.toMatch(/§|\.md/);
      expect(law).toMatch(/^§ \d+/);
    }
  });
});
