/**
 * The HTTP security headers of the built app, one source for `vite preview` and the production host
 * (docs/deployment.md renders them as nginx directives). Why each one: shared/spec/security-checklist.md § 2c.
 * The dev server gets none of them: Vite injects an inline React Refresh preamble there.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: for thumbnails of photos the user picks (URL.createObjectURL).
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The msw service worker of the demo build and the app's own Web Workers; never blob: workers.
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // Trusted Types: the only script-URL sink we feed is the service worker registration (see trusted-types-policy.ts).
  "require-trusted-types-for 'script'",
  'trusted-types default',
];

export type HeaderOptions = {
  /** Served over https: adds HSTS and upgrade-insecure-requests (which would break plain-http localhost). */
  https: boolean;
};

export function securityHeaders({ https }: HeaderOptions): Record<string, string> {
  const csp = https ? [...contentSecurityPolicy, 'upgrade-insecure-requests'] : contentSecurityPolicy;
  return {
    'Content-Security-Policy': csp.join('; '),
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
    'X-Content-Type-Options': 'nosniff',
    // Obsolete per ASVS 3.4.6 but named by BSI TR-03161 O.Arch_9: we send both (ADR 0003).
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    // Personal data must not sit in shared caches; hashed assets could be cached, but the preview server cannot tell.
    'Cache-Control': 'no-store',
  };
}
