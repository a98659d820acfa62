import { describe, expect, it } from 'vitest';
import { queueParams, queueStateFrom } from './queue-state';
import { loginPathFor, safeReturnTo } from './sachbearbeitung-paths';

describe('the page to return to after login', () => {
  it('keeps a page of the caseworker area with its search', () => {
    expect(safeReturnTo('/sachbearbeitung?status=eingegangen&page=2')).toBe(
      '/sachbearbeitung?status=eingegangen&page=2',
    );
    expect(safeReturnTo('/sachbearbeitung/vorgang/ZB-2026-000001')).toBe(
      '/sachbearbeitung/vorgang/ZB-2026-000001',
    );
    expect(loginPathFor('/sachbearbeitung?page=2')).toBe(
      '/sachbearbeitung/anmelden?weiter=%2Fsachbearbeitung%3Fpage%3D2',
    );
    expect(loginPathFor('/sachbearbeitung')).toBe('/sachbearbeitung/anmelden');
  });

  it('never leaves the area (no open redirect), and never returns to the login itself', () => {
    for (const value of [
      'https://example.org/sachbearbeitung',
      '//example.org/sachbearbeitung',
      '/sachbearbeitung//example.org',
      '/sachbearbeitung/\\example.org',
      '/sachbearbeitungx',
      '/antrag',
      '/sachbearbeitung/anmelden?weiter=/sachbearbeitung',
      '',
    ]) {
      expect(safeReturnTo(value)).toBe('/sachbearbeitung');
    }
    expect(safeReturnTo(null)).toBe('/sachbearbeitung');
  });
});

describe('the queue state in the address', () => {
  it('reads what fits the contract and drops the rest, so a hand-edited address still works', () => {
    const state = queueStateFrom(
      new URLSearchParams('q=ZB-2026-000001&status=erfunden&year=1999&flag=limitReached&page=0&pageSize=50'),
    );
    expect(state).toEqual({
      q: 'ZB-2026-000001',
      flag: 'limitReached',
      sort: 'received',
      order: 'desc',
      page: 1,
      pageSize: 50,
    });
  });

  it('writes only what differs from the defaults', () => {
    const state = queueStateFrom(new URLSearchParams('sort=claimed&order=asc&page=3&assigned=mine'));
    expect(queueParams(state).toString()).toBe('assigned=mine&sort=claimed&order=asc&page=3');
    expect(queueParams(queueStateFrom(new URLSearchParams())).toString()).toBe('');
  });
});
