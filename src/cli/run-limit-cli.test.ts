import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runLimitCli } from './run-limit-cli';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const casesDir = join(projectRoot, 'tests', 'fixtures', 'cases');
const caseFiles = readdirSync(casesDir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

// The contract's output fields, in the contract's order (limit-contract.md).
const contractFields = [
  'year',
  'provisional',
  'grossIncomeCents',
  'deductions',
  'assessableIncomeCents',
  'ratePercent',
  'limitCents',
  'countedMemberIds',
  'paidCents',
  'limitReachedOn',
  'refundCents',
];

const onDisk = { readFile: (path: string) => readFileSync(path, 'utf8'), cwd: casesDir };

const withoutComments = (expected: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(expected).filter(([key]) => !key.startsWith('_')));

describe('runLimitCli — every case in tests/fixtures/cases', () => {
  it('finds the cases', () => {
    expect(caseFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(caseFiles)('%s', (file) => {
    const outcome = runLimitCli([file], onDisk);
    expect(outcome).toMatchObject({ exitCode: 0, stderr: '' });
    const actual = JSON.parse(outcome.stdout) as Record<string, unknown>;
    const expectedFile = join(casesDir, file.replace(/\.json$/, '.expected.json'));
    const expected = withoutComments(
      JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>,
    );
    expect(Object.keys(expected).sort()).toEqual([...contractFields].sort());
    expect(Object.keys(actual).slice(0, contractFields.length)).toEqual(contractFields);
    expect(Object.fromEntries(contractFields.map((key) => [key, actual[key]]))).toEqual(expected);
  });
});

const validCase = {
  year: 2025,
  members: [
    {
      id: 'a',
      relation: 'applicant',
      birthDate: '1960-01-01',
      incomes: [{ type: 'pension', annualCents: 100 }],
    },
  ],
  payments: [{ memberId: 'a', date: '2025-03-01', category: 'medicine', amountCents: 500 }],
};

const inMemory = (text: string) => ({
  readFile: (path: string) => {
    if (path === '/cases/case.json') return text;
    throw new Error(`ENOENT: no such file or directory, open '${path}'`);
  },
  cwd: '/cases',
});
const runWith = (value: unknown) => runLimitCli(['case.json'], inMemory(JSON.stringify(value)));

const expectBadInput = (outcome: ReturnType<typeof runLimitCli>, ...mentions: string[]) => {
  expect(outcome.exitCode).toBe(2);
  expect(outcome.stdout).toBe('');
  for (const mention of mentions) expect(outcome.stderr).toContain(mention);
};

describe('runLimitCli — bad input exits 2, names the field, prints nothing on stdout', () => {
  it('accepts the valid base case', () => {
    expect(runWith(validCase).exitCode).toBe(0);
  });

  it('rejects a missing argument and extra arguments', () => {
    expectBadInput(runLimitCli([], inMemory('{}')), 'usage');
    expectBadInput(runLimitCli(['case.json', 'other.json'], inMemory('{}')), 'exactly one argument');
  });

  it('rejects an unreadable file', () => {
    expectBadInput(runLimitCli(['missing.json'], inMemory('{}')), '/cases/missing.json', 'ENOENT');
  });

  it('rejects text that is not JSON', () => {
    expectBadInput(runLimitCli(['case.json'], inMemory('{ year: 2025')), 'not valid JSON');
  });

  it('rejects an unknown key at any depth', () => {
    expectBadInput(runWith({ ...validCase, yaer: 2025 }), 'yaer: unknown key');
    const typo = { ...validCase, members: [{ ...validCase.members[0], chronicalyIll: true }] };
    expectBadInput(runWith(typo), 'members[0].chronicalyIll: unknown key');
  });

  it.each([2020, 2028])('rejects the year %i, naming the supported range', (year) => {
    expectBadInput(runWith({ ...validCase, year, payments: [] }), 'year:', '2021–2027');
  });

  it('rejects two applicants', () => {
    const second = { id: 'b', relation: 'applicant', birthDate: '1962-01-01' };
    expectBadInput(
      runWith({ ...validCase, members: [...validCase.members, second] }),
      'members:',
      'applicant',
    );
  });

  it('rejects a payment outside the year', () => {
    const payments = [{ ...validCase.payments[0], date: '2024-12-31' }];
    expectBadInput(runWith({ ...validCase, payments }), 'payments[0].date: must be within 2025');
  });

  it('rejects an impossible birth date and a payment of an unknown member', () => {
    const members = [{ ...validCase.members[0], birthDate: '1960-02-30' }];
    expectBadInput(runWith({ ...validCase, members }), 'members[0].birthDate');
    const payments = [{ ...validCase.payments[0], memberId: 'x' }];
    expectBadInput(runWith({ ...validCase, payments }), 'payments[0].memberId');
  });

  it('can report in German', () => {
    const outcome = runLimitCli(['case.json'], {
      ...inMemory(JSON.stringify({ ...validCase, year: 2020 })),
      language: 'de',
    });
    expectBadInput(outcome, 'year: Für das Jahr 2020');
  });
});

describe('runLimitCli — relative paths', () => {
  it('reads a relative path from the given directory and an absolute one as is', () => {
    const read: string[] = [];
    const deps = {
      readFile: (p: string) => (read.push(p), JSON.stringify(validCase)),
      cwd: '/home/caseworker',
    };
    runLimitCli(['cases/a.json'], deps);
    runLimitCli(['/tmp/b.json'], deps);
    expect(read).toEqual(['/home/caseworker/cases/a.json', '/tmp/b.json']);
  });
});
