import type { BundleLimits } from './bundle-limits';
import { finding, type BundleProblem } from './bundle-problem';
import type { BagEntry } from './entry-paths';

/**
 * The zip-bomb guard, from the sizes the central directory declares: nothing has been inflated yet. The
 * problem names the entry that is too large, or the one with which the total crosses the limit.
 */
export function checkDeclaredSizes(files: readonly BagEntry[], limits: BundleLimits): BundleProblem[] {
  const sizeProblems: BundleProblem[] = [];
  let total = 0;
  for (const entry of files) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > limits.maxEntryBytes) {
      sizeProblems.push(
        finding(
          'zip.entry-too-large',
          entry.bagPath,
          `Die Datei ist entpackt zu groß (${entry.uncompressedSize} Bytes).`,
          `the file is too large unpacked (${entry.uncompressedSize} bytes)`,
        ),
      );
    } else if (total > limits.maxTotalBytes && sizeProblems.length === 0) {
      sizeProblems.push(
        finding(
          'zip.too-large',
          entry.bagPath,
          `Mit dieser Datei ist das Paket entpackt größer als ${limits.maxTotalBytes} Bytes.`,
          `with this file the bag unpacks to more than ${limits.maxTotalBytes} bytes`,
        ),
      );
    }
  }
  return sizeProblems;
}
