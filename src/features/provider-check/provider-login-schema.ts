import { z } from 'zod';
import type { ProviderLoginRequest } from '../../api/contracts/provider-check';
import { ikFieldSchema } from './ik-field';
import type { ProviderMessageKey } from './provider-messages';

/** The login form as typed. */
export type ProviderLoginForm = { ik: string; password: string };

export const providerLoginFieldOrder = ['ik', 'password'] as const;

const key = (messageKey: ProviderMessageKey) => messageKey;

// The password is never trimmed: a space may be part of it.
export const providerLoginSchema = z.object({
  ik: ikFieldSchema,
  password: z.string().min(1, key('login.error.password.required')),
}) satisfies z.ZodType<ProviderLoginRequest, ProviderLoginForm>;
