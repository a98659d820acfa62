// Manifest files (RFC 8493 § 2.1.3, § 2.2.1): one "checksum path" line per file.
//
// The reader accepts only the canonical form the writer emits: lower-case hex, exactly one space, LF line ends,
// a final LF. The RFC allows more (tabs, several blanks, CR), but tagmanifest-sha256.txt is the one file no
// checksum covers: only a canonical form makes a changed byte there (a space turned into a tab) detectable.

export type ManifestLine = { hash: string; path: string };

// RFC 8493 § 2.1.3: CR, LF and % in a path are percent-encoded.
const encodePath = (path: string): string =>
  path.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');

const decodePath = (path: string): string =>
  path.replace(/%(0A|0D|25)/g, (_, code: string) => ({ '0A': '\n', '0D': '\r', '25': '%' })[code] ?? '');

export function formatManifest(lines: readonly ManifestLine[]): string {
  return lines.map(({ hash, path }) => `${hash} ${encodePath(path)}\n`).join('');
}

export type ParsedManifest = { lines: ManifestLine[]; badLines: string[] };

/** Splits a manifest into its lines; lines out of the canonical form are returned in `badLines`. */
export function parseManifest(text: string): ParsedManifest {
  const lines: ManifestLine[] = [];
  const badLines: string[] = [];
  const parts = text.split('\n');
  // A canonical manifest ends with LF, so the last part is empty; anything there is an unterminated line.
  const last = parts.pop();
  if (last !== '' && last !== undefined) badLines.push(last);
  for (const part of parts) {
    const match = /^([0-9a-f]{64}) (\S(?:[^\r]*\S)?)$/.exec(part);
    const path = match?.[2];
    if (match === null || path === undefined || /%(?!0A|0D|25)/.test(path)) {
      badLines.push(part);
      continue;
    }
    lines.push({ hash: match[1] ?? '', path: decodePath(path) });
  }
  return { lines, badLines };
}
