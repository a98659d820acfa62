import type { Page } from 'playwright-core';

export type CameraPhoto = {
  /** A JPEG as the browser's encoder writes it: no EXIF yet (tests splice it in). */
  jpeg: Buffer;
  width: number;
  height: number;
};

/**
 * A phone-camera-sized JPEG drawn in the page: a receipt on white paper with sensor noise (which is what makes
 * camera files big), and a red square in the stored top-left corner so a test can tell how the pixels were turned.
 */
export async function cameraPhoto(page: Page, width: number, height: number): Promise<CameraPhoto> {
  const base64 = await page.evaluate(
    async ({ width, height }) => {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.fillStyle = '#f4f2ee';
      context.fillRect(0, 0, width, height);
      context.fillStyle = '#111';
      context.font = `${Math.round(height / 40)}px monospace`;
      for (let line = 0; line < 30; line += 1) {
        const text = `${String(line + 1).padStart(2, '0')} PZN 0${1234567 + line * 7919}  Zuzahlung  ${(5 + line * 0.37).toFixed(2)} EUR`;
        context.fillText(text, width * 0.25, height * 0.12 + (line * height) / 36);
      }
      context.fillStyle = '#d00';
      context.fillRect(0, 0, Math.round(width * 0.15), Math.round(width * 0.15));
      const image = context.getImageData(0, 0, width, height);
      let seed = 7;
      for (let at = 0; at < image.data.length; at += 4) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        const noise = (seed % 17) - 8;
        image.data[at] = (image.data[at] ?? 0) + noise;
        image.data[at + 1] = (image.data[at + 1] ?? 0) + noise;
        image.data[at + 2] = (image.data[at + 2] ?? 0) + noise;
      }
      context.putImageData(image, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let at = 0; at < bytes.length; at += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      }
      return btoa(binary);
    },
    { width, height },
  );
  return { jpeg: Buffer.from(base64, 'base64'), width, height };
}

export type Rgb = [number, number, number];

/** Decodes a JPEG in the page and reads the colour of some pixels (x, y in the decoded picture). */
export async function pixelsOf(page: Page, jpeg: Uint8Array, points: [number, number][]): Promise<Rgb[]> {
  return page.evaluate(
    async ({ base64, points }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => {
        const [r = 0, g = 0, b = 0] = context.getImageData(x, y, 1, 1).data;
        return [r, g, b] as [number, number, number];
      });
    },
    { base64: Buffer.from(jpeg).toString('base64'), points },
  );
}
