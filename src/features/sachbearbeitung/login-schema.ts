import { z } from 'zod';
import type { CaseworkerLoginRequest } from '../../api/contracts/caseworker-auth';

/** The login form as typed. The code may be typed with spaces ("123 456", as some apps show it). */
export type LoginForm = { username: string; password: string; totp: string };

export const loginFieldOrder = ['username', 'password', 'totp'] as const;

// Messages are keys of sachbearbeitung-messages.ts. The password is never trimmed: a space may be part of it.
export const loginSchema = z.object({
  username: z.string().trim().min(1, 'login.error.username.required'),
  password: z.string().min(1, 'login.error.password.required'),
  totp: z
    .string()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(
      z
        .string()
        .min(1, 'login.error.totp.required')
        .regex(/^\d{6}$/, 'login.error.totp.format'),
    ),
}) satisfies z.ZodType<CaseworkerLoginRequest, LoginForm>;
