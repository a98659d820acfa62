import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

let loading: Promise<Uint8Array> | undefined;

/**
 * DejaVu Sans for the card PDF, fetched from the app's own origin (the same built asset as the Antrag's font,
 * features/antrag/absenden/load-font.ts, which a feature may not import), once per page and only when a card is
 * downloaded. The browser's HTTP cache may keep the font; no service worker or storage ever keeps a card.
 */
export function loadFontBytes(): Promise<Uint8Array> {
  loading ??= fetch(new URL(fontUrl, window.location.href))
    .then(async (response) => {
      if (!response.ok) throw new Error(`Font not loaded: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
