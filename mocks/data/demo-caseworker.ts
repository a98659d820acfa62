/**
 * The demo caseworker of the mock: the same account the server's demo start seeds
 * (src/server/demo/demo-caseworker.ts, documented in the README as demo-only). The mock knows no other; the
 * contract suite logs in with it against the mock and the server alike.
 */
export const mockDemoCaseworker = {
  id: '00000000-0000-4000-8000-00000000cafe',
  username: 'demo-sachbearbeitung',
  displayName: 'Demo Sachbearbeitung',
  password: 'Zuzahlung-Demo-2026!',
  totpSecret: 'DEMOSACHBEARBEITUNGZUZAHLUNGAAAA',
} as const;
