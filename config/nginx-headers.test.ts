import { describe, expect, it } from 'vitest';
import { nginxHeaderDirectives } from './nginx-headers';

describe('production header directives', () => {
  it('carry the CSP with HSTS and upgrade-insecure-requests for https, and no unsafe sources', () => {
    const directives = nginxHeaderDirectives();
    expect(directives).toMatch(
      /^add_header Content-Security-Policy ".*frame-ancestors 'none'.*upgrade-insecure-requests" always;$/m,
    );
    expect(directives).toContain(
      'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;',
    );
    expect(directives).toContain('add_header Referrer-Policy "no-referrer" always;');
    expect(directives).not.toMatch(/unsafe-/);
  });
});
