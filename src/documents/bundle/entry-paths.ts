import { finding, type BundleProblem } from './bundle-problem';
import type { ZipEntry } from './zip-directory';

// Zip entry names decide where a naive unzip writes files. Anything that could land outside one folder, or
// mean different files on different systems, is refused before a byte is inflated.

export type BagEntry = ZipEntry & { name: string; bagPath: string };

export type EntryPaths =
  { ok: true; base: string; files: BagEntry[] } | { ok: false; problems: BundleProblem[] };

function nameProblem(name: string): BundleProblem | undefined {
  const refuse = (code: string, de: string, en: string) => finding(code, name, de, en);
  if (name.includes('\\')) {
    return refuse(
      'zip.backslash',
      'Der Name enthält einen Backslash (Windows-Pfad).',
      'the name contains a backslash (a Windows path)',
    );
  }
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
    return refuse('zip.absolute-path', 'Der Name ist ein absoluter Pfad.', 'the name is an absolute path');
  }
  const segments = name.replace(/\/$/, '').split('/');
  if (segments.includes('..')) {
    return refuse(
      'zip.path-traversal',
      'Der Name führt mit „..“ aus dem Ordner heraus.',
      'the name leaves its folder with ".."',
    );
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (segments.some((segment) => segment === '' || segment === '.') || /[\u0000-\u001f\u007f]/.test(name)) {
    return refuse('zip.bad-path', 'Der Name ist kein gültiger Pfad.', 'the name is not a valid path');
  }
  return undefined;
}

/**
 * Checks every entry's name and finds the bag's single base directory. Directory entries (names ending
 * in "/") are allowed and dropped: other zip tools add them.
 */
export function checkEntryPaths(entries: readonly ZipEntry[]): EntryPaths {
  const problems: BundleProblem[] = [];
  const named: (ZipEntry & { name: string })[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const { name } = entry;
    if (name === undefined) {
      problems.push(
        finding(
          'zip.name-not-utf8',
          entry.displayName,
          'Der Name ist kein gültiges UTF-8.',
          'the name is not valid UTF-8',
        ),
      );
      continue;
    }
    const problem = nameProblem(name);
    if (problem !== undefined) {
      problems.push(problem);
      continue;
    }
    // Windows and macOS compare names without case, and é may be stored composed or decomposed.
    const key = name.normalize('NFC').toLowerCase();
    if (seen.has(key)) {
      problems.push(
        finding(
          'zip.duplicate-name',
          name,
          'Der Name kommt in der ZIP-Datei mehrmals vor.',
          'the name appears more than once in the zip file',
        ),
      );
      continue;
    }
    seen.set(key, name);
    named.push({ ...entry, name });
  }
  if (problems.length > 0) return { ok: false, problems };

  const base = named.find((entry) => entry.name.includes('/'))?.name.split('/')[0];
  if (base === undefined) {
    return {
      ok: false,
      problems: [
        finding(
          'zip.no-base-directory',
          '',
          'Die ZIP-Datei enthält keinen Ordner mit dem Antrag.',
          'the zip file holds no folder with the application',
        ),
      ],
    };
  }
  const files: BagEntry[] = [];
  for (const entry of named) {
    if (!entry.name.startsWith(`${base}/`)) {
      problems.push(
        finding(
          'zip.outside-base',
          entry.name,
          `Die Datei liegt nicht im Ordner „${base}“.`,
          `the file is not inside the folder "${base}"`,
        ),
      );
    } else if (!entry.name.endsWith('/')) {
      files.push({ ...entry, bagPath: entry.name.slice(base.length + 1) });
    } else if (entry.uncompressedSize !== 0) {
      problems.push(
        finding('zip.bad-path', entry.name, 'Ein Ordnereintrag enthält Daten.', 'a folder entry holds data'),
      );
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, base, files };
}
