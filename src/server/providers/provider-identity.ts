/**
 * Who calls as a provider (issue 15): set by the access check (src/server/auth/access-control.ts) on every
 * admitted provider request, from the provider's session cookie or, on routes that allow it, an API key.
 */
export type ProviderIdentity = {
  ik: string;
  /** The name on file in the IK register. */
  name: string;
  /** 'portal': the web pages with a session cookie; 'apiKey': practice or pharmacy software. */
  via: 'portal' | 'apiKey';
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A provider route that practice and pharmacy software may call with an API key (the status query). */
    providerApiKey?: boolean;
    /** A provider route open while the provider is still in the activation stage (initial password). */
    providerActivation?: boolean;
  }
  interface FastifyRequest {
    /** Set by the access check on endpoints for providers. */
    providerIdentity?: ProviderIdentity;
  }
}
