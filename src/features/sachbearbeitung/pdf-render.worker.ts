// pdf.js's worker, bundled by Vite as a module worker of our own (/assets/pdf-render.worker-<hash>.js), so the
// Trusted Types policy's rule for built worker chunks lets it start and the CSP's `worker-src 'self'` allows it.
// The module starts its message handler by itself when it runs in a worker (ADR 0022).
import 'pdfjs-dist/build/pdf.worker.mjs';
