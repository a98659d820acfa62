import { describe, expect, it } from 'vitest';
import { openInvitationSchema } from './open-invitation-schema';

const issues = (input: { shortCode: string; birthDate: string }) =>
  openInvitationSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the member’s confirmation', () => {
  it('reads a code typed on the phone in any case, with spaces or with O for 0, and a German date', () => {
    expect(openInvitationSchema.parse({ shortCode: ' 7k3q m2zd ', birthDate: '3.2.1956' })).toEqual({
      shortCode: '7K3Q-M2ZD',
      birthDate: '1956-02-03',
    });
    expect(openInvitationSchema.parse({ shortCode: 'O0AB-CDEF', birthDate: '1956-02-03' }).shortCode).toBe(
      '00AB-CDEF',
    );
  });

  it('names each field that is empty or cannot be right', () => {
    expect(issues({ shortCode: '', birthDate: '' })).toEqual([
      ['shortCode', 'open.error.code.required'],
      ['birthDate', 'open.error.birthDate.required'],
    ]);
    expect(issues({ shortCode: '7K3Q', birthDate: '31.2.1956' })).toEqual([
      ['shortCode', 'open.error.code.format'],
      ['birthDate', 'open.error.birthDate.format'],
    ]);
  });
});
