import { describe, expect, it } from 'vitest';
import { welfareKinds } from '../../belastungsgrenze/welfare';
import { issueText } from '../fields/localized-issue';
import { welfareKindStep, welfareStep } from './welfare-step';
import { pathsOf, textAt } from './issue-paths.test-support';

const benefits = welfareKinds.filter((kind) => kind !== 'none');

describe('welfareStep', () => {
  it('asks whether someone receives one of the benefits', () => {
    const result = welfareStep().safeParse({});
    expect(pathsOf(result)).toEqual(['kind']);
    expect(issueText(result.error!.issues[0]!).en).toBe(
      'Select whether someone in the household receives one of these benefits.',
    );
  });

  it("needs no notice for 'none', and drops files left over", () => {
    expect(welfareStep().safeParse({ kind: 'none', noticeFileIds: ['f1'] })).toEqual({
      success: true,
      data: { kind: 'none', noticeFileIds: [] },
    });
  });

  it('covers every benefit of the flat rule', () => {
    expect(benefits).toEqual(['buergergeld', 'sozialhilfe', 'grundsicherung', 'heimunterbringung']);
  });

  it.each(benefits)('needs the current notice for %s', (kind) => {
    const result = welfareStep().safeParse({ kind });
    expect(pathsOf(result)).toEqual(['noticeFileIds']);
    expect(issueText(result.error!.issues[0]!)).toEqual({
      de: 'Laden Sie den aktuellen Bescheid über die Leistung hoch.',
      en: 'Upload the current notice (Bescheid) about the benefit.',
    });
    expect(pathsOf(welfareStep().safeParse({ kind, noticeFileIds: [] }))).toEqual(['noticeFileIds']);
  });

  it.each(benefits)('accepts %s with its notice', (kind) => {
    expect(welfareStep().safeParse({ kind, noticeFileIds: ['n1'] })).toEqual({
      success: true,
      data: { kind, noticeFileIds: ['n1'] },
    });
  });

  it('refuses an unknown benefit', () => {
    expect(welfareStep().safeParse({ kind: 'wohngeld' }).success).toBe(false);
  });
});

describe('welfareKindStep (the first page: which benefit)', () => {
  it('accepts a benefit without asking for the notice, which has its own page', () => {
    expect(welfareKindStep().safeParse({ kind: 'buergergeld' })).toMatchObject({
      success: true,
      data: { kind: 'buergergeld' },
    });
  });

  it('asks for a choice when none is made', () => {
    const result = welfareKindStep().safeParse({});
    expect(pathsOf(result)).toEqual(['kind']);
    expect(textAt(result, 'kind').de).toMatch(/Wählen Sie aus/);
  });
});
