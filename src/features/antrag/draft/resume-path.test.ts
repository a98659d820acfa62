import { describe, expect, it } from 'vitest';
import { safeResumePath } from './resume-path';

describe('safeResumePath', () => {
  it.each([
    ['/antrag/persoenliche-angaben/name', '/antrag/persoenliche-angaben/name'],
    ['/antrag/haushalt/person/3f2a-b1', '/antrag/haushalt/person/3f2a-b1'],
    ['/antrag/zuzahlungen', '/antrag/zuzahlungen'],
    ['//evil.example/', undefined],
    ['/admin', undefined],
    ['https://evil.example/antrag/haushalt', undefined],
    ['javascript:alert(1)', undefined],
    ['/antrag/haushalt/../../admin', undefined],
    ['/antrag/haushalt?next=//evil.example', undefined],
    ['/antrag/haushalt#x', undefined],
    ['/antrag/absenden', undefined],
    ['/antrag', undefined],
    ['/antrag/haushaltx', undefined],
    ['/antrag\\haushalt', undefined],
    [undefined, undefined],
  ])('%s → %s', (path, expected) => {
    expect(safeResumePath(path)).toBe(expected);
  });
});
