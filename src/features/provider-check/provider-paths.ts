/** The provider area's addresses (issue 15), in one place. German paths, like the rest of the app. */
export const providerPages = {
  login: '/leistungserbringer',
  register: '/leistungserbringer/registrieren',
  newLetter: '/leistungserbringer/neuer-brief',
  activation: '/leistungserbringer/aktivieren',
  query: '/leistungserbringer/abfrage',
  history: '/leistungserbringer/verlauf',
  apiKeys: '/leistungserbringer/schnittstelle',
} as const;

/** The demo mailbox (demo only), linked after a letter request in the demo. */
export const demoMailboxPage = '/demo/briefkasten';

/** The search parameter of the login page that names the page to return to after login. */
export const returnToParam = 'weiter';

/** Why the login page is shown again: the layout passes it in the router state. */
export type SessionEnded = 'idle' | 'logout' | 'expired';
export type ProviderLoginState = { ended?: SessionEnded } | null;
/** The query page after the activation: says that the access is set up. */
export type ProviderQueryState = { activated?: boolean } | null;

const signedInPages: readonly string[] = [
  providerPages.activation,
  providerPages.query,
  providerPages.history,
  providerPages.apiKeys,
];

/**
 * Where to go after login: the page asked for when it is one of the signed-in pages, else the query. Nothing else
 * is kept, so a crafted link cannot send someone elsewhere after login (open redirect).
 */
export function safeReturnTo(value: string | null): string {
  return value !== null && signedInPages.includes(value) ? value : providerPages.query;
}

/** The login page's address, with the page to return to. */
export function loginPathFor(returnTo: string): string {
  const safe = safeReturnTo(returnTo);
  return safe === providerPages.query
    ? providerPages.login
    : `${providerPages.login}?${returnToParam}=${encodeURIComponent(safe)}`;
}
