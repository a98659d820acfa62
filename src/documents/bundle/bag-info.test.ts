import { describe, expect, it } from 'vitest';
import { formatBagInfo, parseBagInfo, type BagInfo } from './bag-info';

const info: BagInfo = {
  baggingDate: '2025-03-04',
  payloadOxum: '1234.5',
  applicationId: 'A-2025-0001',
  applicationYear: 2025,
  created: '2025-03-04T10:15:00+01:00',
  appVersion: '0.1.0',
  schemaVersion: 1,
  rulesVersion: '2025.1',
};

describe('bag-info.txt', () => {
  it('round-trips', () => {
    const text = formatBagInfo(info);
    expect(text).toContain('Payload-Oxum: 1234.5\n');
    expect(parseBagInfo(text)).toEqual({ ok: true, value: info });
  });

  it('reads CR LF, continuation lines and unknown labels (RFC 8493 § 2.2.2)', () => {
    const text = `${formatBagInfo(info).replace(/\n/g, '\r\n')}External-Description: long\r\n  text\r\n`;
    expect(parseBagInfo(text)).toEqual({ ok: true, value: info });
  });

  it('names missing, repeated and invalid fields', () => {
    const text = formatBagInfo(info)
      .replace('Created: 2025-03-04T10:15:00+01:00\n', '')
      .replace('Schema-Version: 1', 'Schema-Version: eins')
      .concat('App-Version: 0.2.0\n');
    const result = parseBagInfo(text);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map((p) => p.message.en);
    expect(messages).toEqual([
      'the field Created is missing',
      'the field App-Version appears more than once',
      'the field Schema-Version has an invalid value',
    ]);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(Array(3).fill('bag-info.txt'));
  });
});
