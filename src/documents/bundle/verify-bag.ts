import type { ParsedBagInfo } from './bag-info';
import {
  bagInfoTxt,
  bagitTxt,
  bagitTxtContent,
  manifestTxt,
  payloadDir,
  tagFiles,
  tagManifestTxt,
} from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';
import { checkManifest } from './check-manifest';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type BagCheck<I> = { problems: BundleProblem[]; bagInfo: I | undefined };

/** What distinguishes one kind of bag from another for the BagIt rules: its required payload and its bag-info. */
export type BagKindRules<I extends { payloadOxum: string }> = {
  /** Payload files every bag of this kind holds (application.json and antrag.pdf; member-part.json). */
  requiredPayload: readonly string[];
  parseBagInfo: (text: string) => ParsedBagInfo<I>;
};

/** The tag file at `path` as text, or a problem when it is missing or not UTF-8 (RFC 8493 § 2.1.1). */
function tagText(
  contents: ReadonlyMap<string, Uint8Array>,
  path: string,
  problems: BundleProblem[],
): string | undefined {
  const bytes = contents.get(path);
  if (bytes === undefined) {
    problems.push(
      finding(
        `${path.replace(/\.txt$/, '')}.missing`,
        path,
        'Die Datei fehlt im Paket.',
        'the file is missing from the bag',
      ),
    );
    return undefined;
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    problems.push(
      finding('tag-file.not-utf8', path, 'Die Datei ist kein gültiges UTF-8.', 'the file is not valid UTF-8'),
    );
    return undefined;
  }
}

/** The BagIt rules (RFC 8493 § 3) over the unpacked files, keyed by their path inside the bag. */
export function verifyBag<I extends { payloadOxum: string }>(
  contents: ReadonlyMap<string, Uint8Array>,
  kind: BagKindRules<I>,
  hash?: (bytes: Uint8Array) => string,
): BagCheck<I> {
  const problems: BundleProblem[] = [];
  const payload = [...contents.keys()].filter((path) => path.startsWith(payloadDir));
  for (const path of contents.keys()) {
    if (!path.startsWith(payloadDir) && !(tagFiles as readonly string[]).includes(path)) {
      problems.push(
        finding(
          'bag.unexpected-file',
          path,
          'Die Datei gehört nicht in das Paket.',
          'the file does not belong in the bag',
        ),
      );
    }
  }
  for (const path of kind.requiredPayload) {
    if (!contents.has(path)) {
      problems.push(
        finding('payload.missing', path, 'Die Datei fehlt im Paket.', 'the file is missing from the bag'),
      );
    }
  }

  const bagit = tagText(contents, bagitTxt, problems);
  if (bagit !== undefined && bagit !== bagitTxtContent) {
    problems.push(
      finding(
        'bagit.invalid',
        bagitTxt,
        'Die Datei ist keine BagIt-1.0-Erklärung.',
        'the file is not a BagIt 1.0 declaration',
      ),
    );
  }

  const manifest = tagText(contents, manifestTxt, problems);
  if (manifest !== undefined) {
    problems.push(
      ...checkManifest(manifest, contents, {
        manifestPath: manifestTxt,
        mayList: (path) => path.startsWith(payloadDir),
        mustList: payload,
        ...(hash ? { hash } : {}),
      }),
    );
  }
  const tagManifest = tagText(contents, tagManifestTxt, problems);
  if (tagManifest !== undefined) {
    const covered = [bagitTxt, bagInfoTxt, manifestTxt];
    problems.push(
      ...checkManifest(tagManifest, contents, {
        manifestPath: tagManifestTxt,
        mayList: (path) => covered.includes(path),
        mustList: covered,
        ...(hash ? { hash } : {}),
      }),
    );
  }

  const infoText = tagText(contents, bagInfoTxt, problems);
  const parsed = infoText === undefined ? undefined : kind.parseBagInfo(infoText);
  if (parsed?.ok === false) problems.push(...parsed.problems);
  const bagInfo = parsed?.ok === true ? parsed.value : undefined;
  if (bagInfo !== undefined) {
    const octets = payload.reduce((sum, path) => sum + (contents.get(path)?.length ?? 0), 0);
    if (bagInfo.payloadOxum !== `${octets}.${payload.length}`) {
      problems.push(
        finding(
          'bag-info.payload-oxum-mismatch',
          bagInfoTxt,
          `Payload-Oxum ${bagInfo.payloadOxum} passt nicht zu den Dateien (${octets}.${payload.length}).`,
          `Payload-Oxum ${bagInfo.payloadOxum} does not match the files (${octets}.${payload.length})`,
        ),
      );
    }
  }
  return { problems, bagInfo };
}
