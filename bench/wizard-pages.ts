import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

// Debian's chromium, as in the e2e tests; never a downloaded browser.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function servePreview(outDir: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs, ...extraArgs] });
}

export type LoadedScripts = { files: string[]; gzipBytes: number };

/**
 * The JS a new user's browser has loaded when the first wizard question (the year) appears: from the start page
 * through the storage choice and the device setup, counted as the files' gzip -9 sizes in the build.
 */
export async function scriptsBeforeFirstWizardPage(dir: string, origin: string): Promise<LoadedScripts> {
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const files = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script' && path.startsWith('/assets/')) files.add(path);
    });
    await page.goto(origin);
    await page.getByLabel('Verschlüsselt auf diesem Gerät speichern').check();
    await page.getByRole('button', { name: 'Jetzt beginnen' }).click();
    await page.getByLabel('Nein, es ist mein eigenes Gerät').check();
    await page.getByRole('button', { name: 'Weiter' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Für welches Jahr beantragen Sie die Befreiung?' })
      .waitFor();
    const gzipBytes = [...files].reduce(
      (sum, file) => sum + gzipSync(readFileSync(`${dir}${file}`), { level: 9 }).length,
      0,
    );
    return { files: [...files].sort(), gzipBytes };
  } finally {
    await browser.close();
  }
}
