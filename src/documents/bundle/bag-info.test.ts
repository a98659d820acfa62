import { describe, expect, it } from 'vitest';
import {
  formatBagInfo,
  formatMemberPartBagInfo,
  parseBagInfo,
  parseMemberPartBagInfo,
  type BagInfo,
  type MemberPartBagInfo,
} from './bag-info';

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

describe("a member's part's bag-info.txt (issue 14)", () => {
  const part: MemberPartBagInfo = {
    baggingDate: '2026-11-20',
    payloadOxum: '1234.2',
    bagKind: 'member-part',
    invitationId: '3f2b8c1e-6d4a-4f7e-9a2b-5c8d1e0f4a6b',
    applicationYear: 2026,
    created: '2026-11-20T10:00:00+01:00',
    appVersion: '0.1.0',
    schemaVersion: 1,
    rulesVersion: '2026.11',
  };

  it('round-trips, saying what the bag is and naming the invitation instead of an application', () => {
    const text = formatMemberPartBagInfo(part);
    expect(text).toContain('Bag-Kind: member-part\nInvitation-Id: 3f2b8c1e-6d4a-4f7e-9a2b-5c8d1e0f4a6b\n');
    expect(text).not.toContain('Application-Id');
    expect(parseMemberPartBagInfo(text)).toEqual({ ok: true, value: part });
  });

  it('is not read as an application bundle, nor the reverse', () => {
    expect(parseBagInfo(formatMemberPartBagInfo(part))).toMatchObject({ ok: false });
    const asPart = parseMemberPartBagInfo(formatBagInfo(info));
    expect(asPart.ok ? [] : asPart.problems.map((p) => p.message.en)).toEqual([
      'the field Bag-Kind is missing',
      'the field Invitation-Id is missing',
    ]);
  });

  it('refuses an invitation id that is not a uuid and another Bag-Kind', () => {
    const text = formatMemberPartBagInfo(part)
      .replace('Bag-Kind: member-part', 'Bag-Kind: application')
      .replace(part.invitationId, '../etc');
    const parsed = parseMemberPartBagInfo(text);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message.en)).toEqual([
      'the field Bag-Kind has an invalid value',
      'the field Invitation-Id has an invalid value',
    ]);
  });
});
