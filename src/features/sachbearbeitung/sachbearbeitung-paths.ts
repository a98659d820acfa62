/** The caseworker area's addresses, in one place. */
export const queuePath = '/sachbearbeitung';
export const loginPath = '/sachbearbeitung/anmelden';
export const casePath = (reference: string) => `/sachbearbeitung/vorgang/${encodeURIComponent(reference)}`;
export const bundleFilePath = '/sachbearbeitung/datei';

/** The search parameter of the login page that names the page to return to after login. */
export const returnToParam = 'weiter';

/** Why the login page is shown again: the layout passes it in the router state. */
export type SessionEnded = 'idle' | 'logout' | 'expired';
export type LoginPageState = { ended?: SessionEnded } | null;

/**
 * The login page's address, with the page to return to. Only a path inside the caseworker area is kept, so a
 * crafted link cannot send someone elsewhere after login (open redirect).
 */
export function loginPathFor(returnTo: string | undefined): string {
  const safe = safeReturnTo(returnTo ?? null);
  return safe === queuePath ? loginPath : `${loginPath}?${returnToParam}=${encodeURIComponent(safe)}`;
}

export function safeReturnTo(value: string | null): string {
  if (value === null) return queuePath;
  const inArea =
    value === queuePath || value.startsWith(`${queuePath}?`) || value.startsWith(`${queuePath}/`);
  if (!inArea || value.startsWith(loginPath) || value.includes('\\') || value.includes('//'))
    return queuePath;
  return value;
}
