import type { LocalizedText } from '../../domain/validation/result';
import { displayName } from './display-name';

/**
 * Something the reader found in one file of a bundle. `path` is the file's path inside the bag
 * (`data/antrag.pdf`, `bagit.txt`), or the raw zip entry name when the entry never made it into the bag;
 * the empty string stands for the zip archive itself. `relatedPath` names the manifest a checksum was compared
 * with: a mismatch means one of the two files was changed, and the caseworker needs both names.
 */
export type BundleFinding = {
  code: string;
  path: string;
  relatedPath?: string;
  message: LocalizedText;
};

/** A reason to refuse the whole bundle. */
export type BundleProblem = BundleFinding;

/** Accepted, but the caseworker should look at this file with care (an encrypted or interactive PDF). */
export type BundleFlag = BundleFinding;

/**
 * One finding. Paths and messages often quote names from the zip, which strangers chose: they are escaped here,
 * once for every consumer (CLI, server answers, the app), so that no control character or bidirectional
 * override reaches a terminal or a page (display-name.ts). Names the writer can produce are left unchanged.
 */
export const finding = (code: string, path: string, de: string, en: string): BundleFinding => ({
  code,
  path: displayName(path),
  message: { de: displayName(de), en: displayName(en) },
});
