import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { abrufcodeFromBytes, abrufcodePattern } from '../../src/domain/identifiers/abrufcode';
import { demoAbrufcodeSecret } from '../data/abrufcode-secret';
import { deriveAbrufcode, sameCode } from './abrufcode';

describe('the mock Abrufcode', () => {
  it('is HMAC-SHA256 over "abrufcode:v1:<reference>", first 18 bytes, as the server derives it', async () => {
    const mac = createHmac('sha256', demoAbrufcodeSecret).update('abrufcode:v1:ZB-2026-000001').digest();
    const code = await deriveAbrufcode('ZB-2026-000001');
    expect(code).toBe(abrufcodeFromBytes(new Uint8Array(mac.subarray(0, 18))));
    expect(code).toMatch(abrufcodePattern);
  });

  it('is the same for the same reference and differs between references', async () => {
    expect(await deriveAbrufcode('ZB-2026-000001')).toBe(await deriveAbrufcode('ZB-2026-000001'));
    expect(await deriveAbrufcode('ZB-2026-000001')).not.toBe(await deriveAbrufcode('ZB-2026-000002'));
  });

  it('compares codes of equal and unequal length', () => {
    expect(sameCode('ABCD', 'ABCD')).toBe(true);
    expect(sameCode('ABCD', 'ABCE')).toBe(false);
    expect(sameCode('ABCD', 'ABC')).toBe(false);
  });
});
