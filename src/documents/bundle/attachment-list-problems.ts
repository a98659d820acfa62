import { payloadDir } from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';
import type { BundleFile } from './read-bundle';

/** The document whose attachments list is checked, as its problems name it. */
export type AttachmentListOwner = {
  /** The prefix of every problem code: `application` or `member-part`. */
  codePrefix: string;
  /** The document that holds the list, e.g. data/application.json. */
  documentPath: string;
  /** Payload files that are part of the document rather than attachments (the document itself, the Antrag PDF). */
  ownFiles: readonly string[];
  /** What the English messages call the zip: `bundle` or `bag`. */
  container: string;
};

/**
 * The attachments list and the payload must agree both ways: a listed file that is missing leaves a proof
 * unseen, a file that is not listed is a proof nobody knows the purpose of. Each problem names the file. The same
 * for an application bundle and a member's part, which list their proofs alike.
 */
export function attachmentListProblems(
  owner: AttachmentListOwner,
  attachments: readonly { name: string; type: string }[],
  files: readonly Pick<BundleFile, 'path' | 'type'>[],
): BundleProblem[] {
  const { codePrefix, documentPath } = owner;
  const problem = (code: string, path: string, de: string, en: string): BundleProblem => ({
    ...finding(`${codePrefix}.${code}`, path, de, en),
    relatedPath: documentPath,
  });
  const problems: BundleProblem[] = [];
  const present = new Map(files.map((file) => [file.path, file.type]));
  const listed = new Set<string>();
  for (const { name, type } of attachments) {
    const path = `${payloadDir}${name}`;
    const found = present.get(path);
    if (listed.has(path)) {
      problems.push(
        problem(
          'attachment-listed-twice',
          path,
          'Die Datei steht mehrfach in der Anlagenliste.',
          'listed more than once in the attachments',
        ),
      );
    } else if (found === undefined) {
      problems.push(
        problem(
          'attachment-missing',
          path,
          'Die Datei steht in der Anlagenliste, fehlt aber im Paket.',
          `listed in the attachments but missing from the ${owner.container}`,
        ),
      );
    } else if (found !== type) {
      problems.push(
        problem(
          'attachment-type-mismatch',
          path,
          `Die Anlagenliste nennt ${type}, die Datei ist ${found}.`,
          `the attachments say ${type}, the file is ${found}`,
        ),
      );
    }
    listed.add(path);
  }
  for (const { path } of files) {
    if (owner.ownFiles.includes(path) || listed.has(path)) continue;
    problems.push(
      problem(
        'attachment-unlisted',
        path,
        `Die Datei steht nicht in der Anlagenliste von ${documentPath}.`,
        `not listed in the attachments of ${documentPath}`,
      ),
    );
  }
  return problems;
}
