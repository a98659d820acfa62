import { Secret, TOTP } from 'otpauth';

/**
 * The second factor: TOTP (RFC 6238) with SHA-1, 6 digits and 30-second steps, what every authenticator app
 * reads from an otpauth:// URI, through the otpauth library. A code is accepted in its own step and the steps
 * either side (clock drift); the step it matched is returned so the caller can refuse it a second time.
 */
export const totpIssuer = 'Zuzahlungsbefreiung';
const periodSeconds = 30;

const totpOf = (secretBase32: string, username = 'caseworker') =>
  new TOTP({
    issuer: totpIssuer,
    label: username,
    algorithm: 'SHA1',
    digits: 6,
    period: periodSeconds,
    secret: Secret.fromBase32(secretBase32),
  });

/** A fresh 160-bit secret (RFC 4226's recommended length), in base32. */
export const createTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const totpUri = (secretBase32: string, username: string): string =>
  totpOf(secretBase32, username).toString();

export const totpStepAt = (at: Date): number => Math.floor(at.getTime() / 1000 / periodSeconds);

/** The time step the code belongs to (now ± one step), or undefined when it matches none. */
export function matchTotpStep(secretBase32: string, code: string, at: Date): number | undefined {
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? undefined : totpStepAt(at) + delta;
}

/** Tests and the demo: the code of the step `at` falls in. */
export const totpCodeAt = (secretBase32: string, at: Date): string =>
  totpOf(secretBase32).generate({ timestamp: at.getTime() });
