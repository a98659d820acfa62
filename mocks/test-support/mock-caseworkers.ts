import { mockCaseworkerAccounts, type MockCaseworkerAccount } from '../data/caseworker-accounts';

/** Tests only: a further caseworker the mock's login accepts, until removeMockCaseworker. */
export function addMockCaseworker(account: MockCaseworkerAccount): void {
  if (mockCaseworkerAccounts.has(account.username))
    throw new Error(`The mock has a caseworker ${account.username} already`);
  mockCaseworkerAccounts.set(account.username, account);
}

export function removeMockCaseworker(username: string): void {
  mockCaseworkerAccounts.delete(username);
}
