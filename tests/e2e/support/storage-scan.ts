import type { Page } from 'playwright-core';
import { mockInsurerDatabaseName } from '../../../mocks/store/idb-submission-store';

/**
 * The demo's mock backend keeps the submitted bundles in the browser because it stands for the insurer's server:
 * its database is not the app's storage and is skipped by its exact name, in every scan.
 */
const notTheApps = [mockInsurerDatabaseName];

/**
 * The canary scan of the security checklist (O.Arch_4): every IndexedDB database and store, Web Storage, Cache
 * Storage and cookies, read raw — strings as they are, bytes as UTF-8 and Latin-1 — and searched for markers.
 * Databases whose names start with an excluded prefix (the mock backend's own store, standing for the insurer's
 * server) are skipped by name. Returns the markers found, with where.
 */
export async function plaintextHits(page: Page, markers: readonly string[], exclude: readonly string[] = []) {
  return page.evaluate(
    async ({ markers, exclude, skipped }) => {
      const found: string[] = [];
      const texts: { where: string; text: string }[] = [];
      const bytesToText = (bytes: Uint8Array) =>
        `${new TextDecoder('utf-8', { fatal: false }).decode(bytes)}\n${Array.from(bytes, (b) => String.fromCharCode(b)).join('')}`;
      const flatten = (value: unknown, into: string[], depth = 0): void => {
        if (depth > 20 || value === null || value === undefined) return;
        if (typeof value === 'string') into.push(value);
        else if (typeof value === 'number' || typeof value === 'boolean') into.push(String(value));
        else if (value instanceof ArrayBuffer) into.push(bytesToText(new Uint8Array(value)));
        else if (ArrayBuffer.isView(value))
          into.push(bytesToText(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
        else if (value instanceof Blob) into.push(`[blob ${value.size}]`);
        else if (Array.isArray(value)) value.forEach((item) => flatten(item, into, depth + 1));
        else if (typeof value === 'object') {
          for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
            into.push(key);
            flatten(item, into, depth + 1);
          }
        }
      };
      const blobs: Promise<void>[] = [];
      for (const info of await indexedDB.databases()) {
        const name = info.name;
        if (!name || skipped.includes(name) || exclude.some((prefix) => name.startsWith(prefix))) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('open failed'));
        });
        for (const storeName of Array.from(db.objectStoreNames)) {
          const values = await new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error ?? new Error('read failed'));
          });
          const parts: string[] = [];
          flatten(values, parts);
          for (const value of values) {
            if (value instanceof Blob)
              blobs.push(
                value.text().then((text) => void texts.push({ where: `${name}/${storeName} blob`, text })),
              );
          }
          texts.push({ where: `indexedDB ${name}/${storeName}`, text: parts.join('\n') });
        }
        db.close();
      }
      await Promise.all(blobs);
      const storage = (area: Storage, where: string) => {
        for (let index = 0; index < area.length; index += 1) {
          const key = area.key(index) ?? '';
          texts.push({ where, text: `${key}=${area.getItem(key) ?? ''}` });
        }
      };
      storage(localStorage, 'localStorage');
      storage(sessionStorage, 'sessionStorage');
      texts.push({ where: 'cookies', text: document.cookie });
      for (const cacheName of await caches.keys()) {
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          texts.push({
            where: `cache ${cacheName}`,
            text: `${request.url}\n${response ? await response.text() : ''}`,
          });
        }
      }
      for (const marker of markers) {
        for (const { where, text } of texts) if (text.includes(marker)) found.push(`${marker} in ${where}`);
      }
      return { found, scanned: texts.map((entry) => entry.where) };
    },
    { markers: [...markers], exclude: [...exclude], skipped: notTheApps },
  );
}
