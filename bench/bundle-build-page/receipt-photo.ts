// A phone photo of a pharmacy receipt, drawn in the page: white paper on a table, printed lines in a receipt
// layout, a soft shadow across it and slight sensor noise. Compresses like a real photo of print, which random
// noise would not.

const items = [
  'Ibuprofen 400 mg 20 St',
  'Pantoprazol 20 mg 30 St',
  'Metformin 1000 mg 180 St',
  'Verbandmull 10 cm',
];

let noiseTile: OffscreenCanvas | undefined;

function noise(): OffscreenCanvas {
  if (noiseTile) return noiseTile;
  noiseTile = new OffscreenCanvas(256, 256);
  const context = noiseTile.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const image = context.createImageData(256, 256);
  let seed = 12345;
  for (let at = 0; at < image.data.length; at += 4) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const value = (seed >> 8) & 0xff;
    image.data.set([value, value, value, 255], at);
  }
  context.putImageData(image, 0, 0);
  return noiseTile;
}

/** Photo number `index` (slightly different text and tilt each), 4000 × 3000 by default, as a camera-like JPEG. */
export async function receiptPhoto(index: number, width = 4000, height = 3000): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const table = context.createLinearGradient(0, 0, width, height);
  table.addColorStop(0, '#6b5a4a');
  table.addColorStop(1, '#4a3d31');
  context.fillStyle = table;
  context.fillRect(0, 0, width, height);

  context.save();
  context.translate(width / 2, height / 2);
  context.rotate(((index % 7) - 3) * 0.008);
  const paperWidth = height * 0.62;
  const paperHeight = height * 0.94;
  context.translate(-paperWidth / 2, -paperHeight / 2);
  context.fillStyle = '#f8f7f3';
  context.fillRect(0, 0, paperWidth, paperHeight);
  const line = paperHeight / 44;
  context.fillStyle = '#1a1a1a';
  context.font = `bold ${Math.round(line * 0.9)}px monospace`;
  context.fillText('APOTHEKE AM MARKT', paperWidth * 0.2, line * 2);
  context.font = `${Math.round(line * 0.7)}px monospace`;
  const rows = [
    'Marktplatz 3, 01067 Dresden',
    `Beleg-Nr. ${4711 + index}   ${String((index % 28) + 1).padStart(2, '0')}.03.2026`,
    '-'.repeat(38),
  ];
  for (let item = 0; item < 10 + (index % 8); item += 1) {
    const name = items[(item + index) % items.length] ?? '';
    const price = (3 + ((item * 7 + index * 3) % 40) * 0.73).toFixed(2);
    rows.push(
      `${name.padEnd(28)}${price.padStart(9)}`,
      `  PZN ${10000000 + item * 1234 + index}  Zuzahlung 5,00`,
    );
  }
  rows.push(
    '-'.repeat(38),
    `SUMME EUR${'123,45'.padStart(29)}`,
    'davon gesetzl. Zuzahlung  25,00',
    'Vielen Dank!',
  );
  rows.forEach((text, row) => context.fillText(text, paperWidth * 0.06, line * (4 + row)));
  // A shadow of the phone falling across the paper from one side.
  const shadow = context.createLinearGradient(0, 0, paperWidth, paperHeight * 0.3);
  shadow.addColorStop(0, 'rgba(0, 0, 0, 0.22)');
  shadow.addColorStop(0.6, 'rgba(0, 0, 0, 0.04)');
  shadow.addColorStop(1, 'rgba(0, 0, 0, 0)');
  context.fillStyle = shadow;
  context.fillRect(0, 0, paperWidth, paperHeight);
  context.restore();

  const pattern = context.createPattern(noise(), 'repeat');
  if (pattern) {
    context.globalAlpha = 0.06;
    context.fillStyle = pattern;
    context.fillRect(0, 0, width, height);
    context.globalAlpha = 1;
  }
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  return new Uint8Array(await blob.arrayBuffer());
}
