import { finding, type BundleProblem } from './bundle-problem';
import { parseManifest } from './manifest';
import { sha256Hex } from './sha256';

export type ManifestScope = {
  /** The manifest's own path in the bag. */
  manifestPath: string;
  /** Whether the manifest may list this path at all. */
  mayList: (path: string) => boolean;
  /** The files it must list, each exactly once. */
  mustList: readonly string[];
  /** SHA-256 as lower-case hex; the server passes Node's native hash, browsers use the portable one. */
  hash?: (bytes: Uint8Array) => string;
};

/**
 * Compares a manifest with the files of the bag: every line canonical and allowed, every listed file present
 * with the listed SHA-256, every file in scope listed once. A checksum mismatch names the file and the manifest:
 * one of the two was changed.
 */
export function checkManifest(
  text: string,
  contents: ReadonlyMap<string, Uint8Array>,
  { manifestPath, mayList, mustList, hash: digest = sha256Hex }: ManifestScope,
): BundleProblem[] {
  const problems: BundleProblem[] = [];
  const about = (code: string, path: string, de: string, en: string) => ({
    ...finding(code, path, de, en),
    relatedPath: manifestPath,
  });
  const { lines, badLines } = parseManifest(text);
  for (const line of badLines) {
    const shown = line.slice(0, 80);
    problems.push(
      finding(`manifest.invalid-line`, manifestPath, `Ungültige Zeile: ${shown}`, `invalid line: ${shown}`),
    );
  }
  const listed = new Set<string>();
  for (const { hash: expected, path } of lines) {
    if (!mayList(path)) {
      problems.push(
        finding(
          'manifest.unexpected-entry',
          manifestPath,
          `${path} gehört nicht in ${manifestPath}.`,
          `${path} does not belong in ${manifestPath}`,
        ),
      );
      continue;
    }
    if (listed.has(path)) {
      problems.push(
        about(
          'manifest.duplicate',
          path,
          `Die Datei steht mehrmals in ${manifestPath}.`,
          `the file is listed more than once in ${manifestPath}`,
        ),
      );
      continue;
    }
    listed.add(path);
    const bytes = contents.get(path);
    if (bytes === undefined) {
      problems.push(
        about(
          'manifest.file-missing',
          path,
          `Die Datei steht in ${manifestPath}, fehlt aber.`,
          `the file is listed in ${manifestPath} but missing`,
        ),
      );
    } else if (digest(bytes) !== expected) {
      problems.push(
        about(
          'manifest.hash-mismatch',
          path,
          `Die Prüfsumme passt nicht zu ${manifestPath}: die Datei oder das Verzeichnis wurde verändert.`,
          `the checksum does not match ${manifestPath}: the file or the manifest was changed`,
        ),
      );
    }
  }
  for (const path of mustList) {
    if (!listed.has(path)) {
      problems.push(
        about(
          'manifest.file-unlisted',
          path,
          `Die Datei fehlt in ${manifestPath}.`,
          `the file is not listed in ${manifestPath}`,
        ),
      );
    }
  }
  return problems;
}
