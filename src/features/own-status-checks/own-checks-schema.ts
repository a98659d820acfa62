import { z } from 'zod';
import type { InsuredIdentity } from '../../api/contracts/provider-check';
import { validateKvnr } from '../../domain/identifiers/kvnr';
import type { OwnChecksMessageKey } from './own-checks-messages';

/** The form as typed: the KVNR and the exemption card's number, both in memory only. */
export type OwnChecksForm = { kvnr: string; cardNumber: string };
export const ownChecksFieldOrder = ['kvnr', 'cardNumber'] as const;

const key = (messageKey: OwnChecksMessageKey) => messageKey;

/** "zb 2026 000123", "ZB-2026-000123 ": case and spaces do not matter; dashes may be spaces. */
export function normalizeCardNumber(typed: string): string {
  return typed.trim().toUpperCase().replace(/\s+/g, '-').replace(/-+/g, '-');
}

/** The KVNR with its check digit (§ 290 SGB V) and the card number `ZB-YYYY-NNNNNN`, however typed. */
export const ownChecksSchema = z
  .object({ kvnr: z.string(), cardNumber: z.string() })
  .transform((form, context): InsuredIdentity => {
    const kvnr = validateKvnr(form.kvnr);
    if (!kvnr.ok) {
      const code = kvnr.problem.code;
      context.addIssue({
        code: 'custom',
        path: ['kvnr'],
        message: key(
          code === 'kvnr.empty'
            ? 'error.kvnr.required'
            : code === 'kvnr.checkDigit'
              ? 'error.kvnr.checkDigit'
              : 'error.kvnr.format',
        ),
      });
    }
    const cardNumber = normalizeCardNumber(form.cardNumber);
    const cardOk = /^ZB-\d{4}-\d{6}$/.test(cardNumber);
    if (!cardOk) {
      context.addIssue({
        code: 'custom',
        path: ['cardNumber'],
        message: key(cardNumber === '' ? 'error.cardNumber.required' : 'error.cardNumber.format'),
      });
    }
    if (!kvnr.ok || !cardOk) return z.NEVER;
    return { kvnr: kvnr.value, cardNumber };
  }) satisfies z.ZodType<InsuredIdentity, OwnChecksForm>;
