import type { ExemptionCard } from '../../../api/contracts/advance-payment';
import { loadFontBytes } from '../absenden/load-font';

export type AusweisPdfLayout = 'card' | 'sheet';

/**
 * The card PDF, made on the device when a download button is pressed: pdf-lib, the renderer and the font load only
 * then (a dynamic import and a fetch from the app's own origin), never with the status page. The PDF is the
 * offline copy: nothing about the cards is cached by a service worker or kept in the browser's storage.
 */
export async function makeAusweisPdf(
  cards: readonly ExemptionCard[],
  language: string,
  layout: AusweisPdfLayout,
): Promise<Uint8Array<ArrayBuffer>> {
  const [{ renderAusweisPdf }, fontBytes] = await Promise.all([
    import('../../../documents/befreiungsausweis/render-ausweis-pdf'),
    loadFontBytes(),
  ]);
  const bytes = await renderAusweisPdf(
    { cards, language: language === 'en' ? 'en' : 'de', layout, createdAt: new Date().toISOString() },
    { fontBytes },
  );
  return new Uint8Array(bytes);
}

const fold: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A file name without spaces or umlauts: "befreiungsausweis-2026-erika-mueller.pdf". */
export function ausweisFileName(parts: readonly string[]): string {
  const slug = parts
    .join('-')
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => fold[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug}.pdf`;
}
