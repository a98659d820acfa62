import { maxFilesPerDraft, maxUploadBytes } from '../../domain/uploads/upload-policy';

/** What the reader refuses to open, checked before anything is inflated or decoded. */
export type BundleLimits = {
  /** Sum of the declared uncompressed sizes of all entries (the zip-bomb guard). */
  maxTotalBytes: number;
  /** Declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Entries in the zip, directories included. */
  maxEntries: number;
  /** Width × height of one image, read from its header before any decoding. */
  maxImagePixels: number;
  /** Width or height of one image: browsers refuse canvases beyond about 16 000 pixels a side. */
  maxImageSide: number;
  /** Bytes inflated from one PDF's object streams while looking for active content. */
  maxPdfInflatedBytes: number;
};

export const defaultBundleLimits: BundleLimits = {
  // 256 MiB: a year's receipts are tens of megabytes after the app shrinks photos; a caseworker's browser tab
  // holds the whole bundle in memory, so the limit stays well below what a tab can take.
  maxTotalBytes: 256 * 1024 * 1024,
  // An upload is at most 10 MiB (upload-policy.ts); the generated Antrag PDF gets room for three of them.
  maxEntryBytes: 3 * maxUploadBytes,
  // Every file a draft may hold, plus application.json, antrag.pdf, four tag files and a few folder entries.
  maxEntries: maxFilesPerDraft + 16,
  // 50 megapixels: a 48 MP phone photo (8064 × 6048) passes; decoded it already takes ~200 MB of RGBA.
  maxImagePixels: 50_000_000,
  maxImageSide: 16_384,
  // Object streams of real PDFs are kilobytes; 32 MiB leaves room and stops a deflate bomb (1:1000) early.
  maxPdfInflatedBytes: 32 * 1024 * 1024,
};
