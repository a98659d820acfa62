/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' in the demo and dev builds: the insurer's API is the embedded msw mock. */
  readonly VITE_API_MOCK?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
