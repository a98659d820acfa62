import { securityHeaders } from './security-headers.ts';

/** The production host's headers as nginx directives, from the same module that configures `vite preview`. */
export function nginxHeaderDirectives(): string {
  return Object.entries(securityHeaders({ https: true }))
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
