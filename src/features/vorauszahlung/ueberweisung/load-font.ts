import fontUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

let loading: Promise<Uint8Array> | undefined;

/**
 * DejaVu Sans for the transfer slip, fetched from the app's own origin (a built asset, never a third party), once
 * per page. The same as features/antrag/absenden/load-font.ts (a feature imports no other feature).
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
