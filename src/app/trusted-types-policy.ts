type TrustedTypePolicyFactory = {
  createPolicy: (name: string, rules: { createScriptURL: (url: string) => string }) => unknown;
};

/**
 * The CSP enforces Trusted Types. The only script-URL sinks the app feeds are the msw service worker's
 * registration (demo build) and the app's own module workers: this default policy lets exactly those through and
 * throws for everything else. No createHTML/createScript rules exist, so innerHTML- or eval-like sinks stay blocked.
 */
// Only the demo and dev builds register the mock's service worker; production refuses it like any other script.
const mockAllowed = import.meta.env.VITE_API_MOCK === 'true';

// Vite emits `new Worker(new URL('./name.worker.ts', import.meta.url))` as /assets/name.worker-<hash>.js. Only
// such chunks may start a worker: an ordinary chunk of the app is never meant to run as one.
const builtWorkerChunk = /^\/assets\/[\w-]+\.worker-[\w-]+\.js$/;

export function installTrustedTypesPolicy(): void {
  const factory = (window as unknown as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!factory) return;
  factory.createPolicy('default', {
    createScriptURL: (url: string) => {
      const parsed = new URL(url, window.location.href);
      const sameOrigin = parsed.origin === window.location.origin;
      const allowed =
        sameOrigin &&
        ((mockAllowed && parsed.pathname === '/mockServiceWorker.js') ||
          builtWorkerChunk.test(parsed.pathname));
      if (!allowed) throw new TypeError(`Script URL refused by the Trusted Types policy: ${url}`);
      return url;
    },
  });
}
