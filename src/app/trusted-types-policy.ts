type TrustedTypePolicyFactory = {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => unknown;
};

/**
 * The CSP enforces Trusted Types. The only script-URL sinks the app feeds are the msw service worker's
 * registration (demo build) and the app's own module workers: this default policy lets exactly those through and
 * throws for everything else. No createHTML/createScript rules exist, so innerHTML- or eval-like sinks stay blocked.
 */
export function installTrustedTypesPolicy(): void {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL: (url: string) => {
      const parsed = new URL(url, window.location.href);
      const sameOrigin = parsed.origin === window.location.origin;
      const allowed =
        sameOrigin && (parsed.pathname === '/mockServiceWorker.js' || /^\/assets\/[\w.-]+\.js$/.test(parsed.pathname));
      if (!allowed) throw new TypeError(`Script URL refused by the Trusted Types policy: ${url}`);
      return url;
    },
  });
}
