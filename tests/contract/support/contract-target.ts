import { setupServer } from 'msw/node';
import { vi } from 'vitest';
import { resetSwitch } from '../../../mocks/control/failure-switch';
import type { MockCaseworkerAccount } from '../../../mocks/data/caseworker-accounts';
import type { DemoRegisterEntry } from '../../../mocks/data/demo-providers';
import { handlers } from '../../../mocks/handlers/handlers';
import { resetSubmissionStore } from '../../../mocks/store/current-submission-store';
import { addMockRegisterEntry, resetProviderStore } from '../../../mocks/store/provider-store';
import { addMockCaseworker, removeMockCaseworker } from '../../../mocks/test-support/mock-caseworkers';
import {
  mockControlPath,
  mockControlStateSchema,
  type MockControlRequest,
} from '../../../src/api/contracts/mock-control';
import { createCaseworker } from '../../../src/server/caseworker/caseworker-repository';
import { hashPassword } from '../../../src/server/caseworker/password';
import { startTestServer, type TestDatabase } from '../../support/test-server';

/*
 * One contract, three implementations of it: the msw mock (unit tests, static demo) and the real server on
 * PGlite and on PostgreSQL. Every contract test runs against each target with the same requests and the same
 * assertions, so a difference between them is a failing test, never a surprise in the browser.
 */

export type ContractTargetName = 'mock' | 'server on PGlite' | 'server on PostgreSQL';

export interface ContractTarget {
  readonly name: ContractTargetName;
  /** Where the applicant's API answers, without a trailing slash. */
  readonly baseUrl: string;
  /** Node's fetch, with paths taken relative to baseUrl. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Plans failures or latency through the shared control contract (POST /api/__mock/control). */
  planFailures(request: MockControlRequest): Promise<void>;
  /**
   * Between tests: forgets planned failures and latency everywhere; the mock also forgets every submission.
   * The server has no such route, so tests never rely on a fresh store (distinct keys, relative references).
   */
  reset(): Promise<void>;
  /**
   * Tests only: one more caseworker account (besides the demo's) — in the server's database through its account
   * module, in the mock's accounts for this run. Returns the account's id.
   */
  addCaseworker(account: Omit<MockCaseworkerAccount, 'id'>): Promise<string>;
  /**
   * Tests only: one more entry in the insurer's copy of the IK register (issue 15) — in the server's
   * provider_register, in the mock's register for this run — so a test registers a provider no other test used.
   */
  addProviderToRegister(entry: DemoRegisterEntry): Promise<void>;
  close(): Promise<void>;
}

export interface ContractTargetFactory {
  readonly name: ContractTargetName;
  start(): Promise<ContractTarget>;
}

function targetOn(
  name: ContractTargetName,
  baseUrl: string,
  hooks: {
    reset(): Promise<void>;
    addCaseworker(account: Omit<MockCaseworkerAccount, 'id'>): Promise<string>;
    addProviderToRegister(entry: DemoRegisterEntry): Promise<void>;
    close(): Promise<void>;
  },
): ContractTarget {
  const fetchAt = (path: string, init?: RequestInit) => fetch(`${baseUrl}${path}`, init);
  return {
    name,
    baseUrl,
    fetch: fetchAt,
    async planFailures(request) {
      const response = await fetchAt(mockControlPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      if (response.status !== 200) {
        throw new Error(`${name}: the control route answered ${response.status}: ${await response.text()}`);
      }
      mockControlStateSchema.parse(await response.json());
    },
    async reset() {
      const response = await fetchAt(mockControlPath, { method: 'DELETE' });
      if (response.status !== 200)
        throw new Error(`${name}: resetting the control answered ${response.status}`);
      await response.arrayBuffer();
      await hooks.reset();
    },
    addCaseworker: hooks.addCaseworker,
    addProviderToRegister: hooks.addProviderToRegister,
    close: hooks.close,
  };
}

/**
 * An origin nobody serves: only msw answers it, so a request that slips past the mock fails loudly. https,
 * because msw keeps the cookies its handlers set in a jar that, like a browser, refuses a Secure cookie (the
 * caseworker's session) from a plain-http origin other than localhost.
 */
export const mockOrigin = 'https://insurer-mock.contract.invalid';

const mockTarget: ContractTargetFactory = {
  name: 'mock',
  async start() {
    // The handlers name paths only; msw resolves them against `location`, which Node lacks: the fake origin.
    vi.stubGlobal('location', new URL(`${mockOrigin}/`));
    const server = setupServer(...handlers);
    // Listening only while the mock's tests run: the servers' tests in the same file must reach real sockets.
    server.listen({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).origin === mockOrigin) print.error();
      },
    });
    resetSwitch();
    await resetSubmissionStore();
    const added: string[] = [];
    return targetOn('mock', mockOrigin, {
      reset: () => resetSubmissionStore(),
      async addCaseworker(account) {
        const id = crypto.randomUUID();
        addMockCaseworker({ ...account, id });
        added.push(account.username);
        return id;
      },
      async addProviderToRegister(entry) {
        addMockRegisterEntry(entry);
      },
      close: async () => {
        for (const username of added.splice(0)) removeMockCaseworker(username);
        server.close();
        vi.unstubAllGlobals();
        resetSwitch();
        await resetSubmissionStore();
        resetProviderStore();
      },
    });
  },
};

const serverTarget = (name: ContractTargetName, database: TestDatabase): ContractTargetFactory => ({
  name,
  async start() {
    const server = await startTestServer({ database, mode: 'demo' });
    return targetOn(name, server.url, {
      reset: async () => undefined,
      async addCaseworker(account) {
        const created = await createCaseworker(server.db, {
          username: account.username,
          displayName: account.displayName,
          password: await hashPassword(account.password),
          totpSecret: account.totpSecret,
          now: new Date(),
        });
        return created.id;
      },
      async addProviderToRegister(entry) {
        await server.db.query(
          'INSERT INTO provider_register (ik, name, address_lines) VALUES ($1, $2, $3::jsonb)',
          [entry.ik, entry.name, JSON.stringify(entry.addressLines)],
        );
      },
      close: () => server.stop(),
    });
  },
});

export const contractTargets: readonly ContractTargetFactory[] = [
  mockTarget,
  serverTarget('server on PGlite', 'pglite'),
  serverTarget('server on PostgreSQL', 'postgres'),
];
