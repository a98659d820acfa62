import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { securityHeaders } from './config/security-headers.ts';

// `HTTPS=1 npm run dev` serves over https with a self-signed certificate, to try the app from a phone on the
// same network (WebCrypto and service workers need a secure context; localhost is one, a LAN address is not).
const https = process.env.HTTPS === '1';

export default defineConfig({
  plugins: [react(), ...(https ? [basicSsl()] : [])],
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
});
