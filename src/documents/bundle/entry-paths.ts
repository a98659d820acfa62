import { isValidBagInfoValue } from './bag-info';
import { baseDirectoryName, isWriterBagPath } from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';
import type { ZipEntry } from './zip-directory';

// Zip entry names decide where a naive unzip writes files. Anything that could land outside one folder, mean
// different files on different systems, or that our writer never produces, is refused before a byte is inflated.

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
 * Checks every entry's name and finds the bag's single base directory. Every name must be one our writer can
 * produce (bag-layout.ts): no folder entries, no file the bag does not hold, no attachment name outside the rule.
 * `isWriterPath` is the rule of the bag's kind: an application bundle's unless told otherwise.
 */
export function checkEntryPaths(
  entries: readonly ZipEntry[],
  isWriterPath: (bagPath: string) => boolean = isWriterBagPath,
): EntryPaths {
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
          'Der Name ist kein gültiges UTF-8, oder er enthält Zeichen außerhalb von ASCII ohne das UTF-8-Kennzeichen (andere Programme läsen ihn anders).',
          'the name is not valid UTF-8, or holds non-ASCII characters without the UTF-8 flag (other programs would read it differently)',
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
  // The writer names the folder after the application (bag-layout.ts); read-bundle.ts compares it with
  // bag-info.txt's Application-Id once that is unpacked. Its shape is checked here, before anything is inflated.
  const prefix = baseDirectoryName('');
  if (!base.startsWith(prefix) || !isValidBagInfoValue('applicationId', base.slice(prefix.length))) {
    problems.push(
      finding(
        'zip.base-directory',
        base,
        `Der Ordner heißt nicht „${prefix}<Antragsnummer>“, wie unsere App ihn nennt.`,
        `the folder is not named "${prefix}<application id>" as our app names it`,
      ),
    );
    return { ok: false, problems };
  }
  const files: BagEntry[] = [];
  for (const entry of named) {
    const bagPath = entry.name.slice(base.length + 1);
    if (!entry.name.startsWith(`${base}/`)) {
      problems.push(
        finding(
          'zip.outside-base',
          entry.name,
          `Die Datei liegt nicht im Ordner „${base}“.`,
          `the file is not inside the folder "${base}"`,
        ),
      );
    } else if (entry.name.endsWith('/')) {
      // zipSync writes no folder entries for our flat list of paths; other tools do, and only they.
      problems.push(
        finding(
          'zip.folder-entry',
          entry.name,
          'Der Eintrag ist ein Ordner; unsere App schreibt nur Dateien.',
          'the entry is a folder; our app writes files only',
        ),
      );
    } else if (!isWriterPath(bagPath)) {
      problems.push(
        finding(
          'zip.unexpected-name',
          entry.name,
          'Diesen Namen vergibt unsere App nicht: Anlagen heißen etwa „data/zuzahlung-2025-03-04-apotheke-m1.jpg“ (Kleinbuchstaben, Ziffern, „.“, „_“, „-“; .jpg, .jpeg, .png oder .pdf).',
          'our app never writes this name: attachments are named like "data/zuzahlung-2025-03-04-apotheke-m1.jpg" (lower-case letters, digits, ".", "_", "-"; .jpg, .jpeg, .png or .pdf)',
        ),
      );
    } else {
      files.push({ ...entry, bagPath });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, base, files };
}
