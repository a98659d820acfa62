import { bagInfoTxt } from './bag-layout';
import { finding, type BundleProblem } from './bundle-problem';

/** One bag-info.txt field beside the value the document gives for it: its label, the tag's value, the JSON's. */
export type BagInfoPair = [label: string, tag: string | number, json: string | number];

/**
 * bag-info.txt repeats a few of the document's fields so that a reader can sort bags unopened; where a pair
 * differs the bag contradicts itself. The same check for an application bundle and a member's part, each with its
 * own problem code and document; every problem names bag-info.txt and the document beside it.
 */
export function bagInfoMismatches(
  code: string,
  documentPath: string,
  pairs: readonly BagInfoPair[],
): BundleProblem[] {
  return pairs
    .filter(([, tag, json]) => tag !== json)
    .map(([name, tag, json]) => ({
      ...finding(
        code,
        bagInfoTxt,
        `${name} ${tag} passt nicht zu ${documentPath} (${json}).`,
        `${name} ${tag} does not match ${documentPath} (${json})`,
      ),
      relatedPath: documentPath,
    }));
}
