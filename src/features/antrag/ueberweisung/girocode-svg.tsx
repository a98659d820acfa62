import { darkRuns, girocodeMatrix, quietZone } from '../../../documents/transfer-slip/girocode';

/**
 * The GiroCode as SVG: one path of the dark modules' runs on a white square with the quiet zone of four modules.
 * Loaded lazily (transfer-details.tsx), so uqr reaches only the page that shows it (ADR 0019). The image's name is
 * `label`: what the code holds, in words, for people who cannot see it.
 */
export function GirocodeSvg({ payload, label }: { payload: string; label: string }) {
  const matrix = girocodeMatrix(payload);
  const side = matrix.size + 2 * quietZone;
  const path = darkRuns(matrix)
    .map((run) => `M${run.x + quietZone} ${run.y + quietZone}h${run.width}v1h-${run.width}z`)
    .join('');
  return (
    <svg
      className="girocode"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      // A size of its own where no style sheet applies (the e2e page); transfer.css fits it to the column.
      width={240}
      height={240}
      shapeRendering="crispEdges"
      data-qr-version={(matrix.size - 17) / 4}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
