import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('security headers over https (vite preview with HTTPS=1; the server adds HSTS through its proxy)', () => {
  it('carry the CSP with upgrade-insecure-requests and HSTS, and no unsafe sources', () => {
    const headers = securityHeaders({ https: true });
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'.*upgrade-insecure-requests$/);
    expect(headers['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(Object.values(headers).join('\n')).not.toMatch(/unsafe-/);
  });

  it('leave HSTS and the upgrade out over plain http, which would lock localhost out', () => {
    const headers = securityHeaders({ https: false });
    expect(headers['Strict-Transport-Security']).toBeUndefined();
    expect(headers['Content-Security-Policy']).not.toContain('upgrade-insecure-requests');
  });
});
