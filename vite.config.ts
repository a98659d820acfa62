import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { mockServiceWorker } from './config/mock-service-worker-plugin.ts';
import { pdfjsEvalFree } from './config/pdfjs-eval-free-plugin.ts';
import { securityHeaders } from './config/security-headers.ts';
import { zodEvalFree } from './config/zod-eval-free-plugin.ts';

// `HTTPS=1 npm run dev` serves over https with a self-signed certificate, to try the app from a phone on the
// same network (WebCrypto and service workers need a secure context; localhost is one, a LAN address is not).
const https = process.env.HTTPS === '1';

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    zodEvalFree(),
    pdfjsEvalFree(),
    mockServiceWorker(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_MOCK === 'true'),
    ...(https ? [basicSsl()] : []),
  ],
  // Worker chunks are bundled separately: they get the same treatment of zod and pdf.js.
  worker: { plugins: () => [zodEvalFree(), pdfjsEvalFree()] },
  build: {
    // Inlined data: URIs would need `data:` in the CSP.
    assetsInlineLimit: 0,
    target: 'es2022',
    // bench/ reads the manifest to tell the start page's JS from the lazy chunks.
    manifest: true,
  },
  preview: {
    headers: securityHeaders({ https }),
  },
  server: {
    host: https ? true : 'localhost',
  },
}));
