import { z } from 'zod';
import type { ApiKeyMessageKey } from './api-key-messages';

export type ApiKeyForm = { label: string };
export const apiKeyFieldOrder = ['label'] as const;

const key = (messageKey: ApiKeyMessageKey) => messageKey;

/** The key's label, as the contract takes it (1 to 80 characters after trimming). */
export const apiKeySchema = z.object({
  label: z.string().trim().min(1, key('keys.error.label.required')).max(80, key('keys.error.label.long')),
}) satisfies z.ZodType<ApiKeyForm, ApiKeyForm>;
