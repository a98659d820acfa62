/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** 'true' in the demo and dev builds: the insurer's API is the embedded msw mock. */
  readonly VITE_API_MOCK?: string;
  /** The insurer's postal address for the cover sheet, lines separated by commas (features/antrag/absenden). */
  readonly VITE_INSURER_ADDRESS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
