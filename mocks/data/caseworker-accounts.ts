import { mockDemoCaseworker } from './demo-caseworker';

/**
 * The accounts the mock's caseworker login knows: the demo account, and nothing else in the demo. The contract
 * suite adds a second caseworker for its assignment test through mocks/test-support/mock-caseworkers.ts (the
 * server's tests create theirs in its database); no other code adds accounts.
 */
export type MockCaseworkerAccount = {
  id: string;
  username: string;
  displayName: string;
  password: string;
  totpSecret: string;
};

export const mockCaseworkerAccounts = new Map<string, MockCaseworkerAccount>([
  [mockDemoCaseworker.username, mockDemoCaseworker],
]);
