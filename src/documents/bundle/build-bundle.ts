import { zipSync, type Zippable } from 'fflate';
import { formatBagInfo, isIsoDateTime, isValidBagInfoValue, type BagInfo } from './bag-info';
import {
  antragPdfPath,
  applicationJsonPath,
  bagInfoTxt,
  bagitTxt,
  bagitTxtContent,
  baseDirectoryName,
  isAttachmentName,
  manifestTxt,
  payloadDir,
  tagManifestTxt,
} from './bag-layout';
import { formatManifest, type ManifestLine } from './manifest';
import { sha256Hex } from './sha256';

export type BundleInput = {
  applicationId: string;
  year: number;
  /** ISO 8601 date-time; also every file's time in the zip, so the same input gives the same bytes. */
  created: string;
  appVersion: string;
  schemaVersion: number;
  rulesVersion: string;
  /** The application as JSON bytes; opaque here, the domain owns its shape. */
  applicationJson: Uint8Array;
  antragPdf: Uint8Array;
  /** Names from attachment-name.ts, unique and following bag-layout.ts's attachmentNamePattern. */
  attachments: readonly { name: string; bytes: Uint8Array }[];
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * Zip entries carry a DOS time without a zone, which fflate fills from a Date's local fields. Feeding it a
 * Date whose local fields are `created`'s UTC fields writes the UTC time whatever the machine's zone is.
 */
function zipTime(created: string): Date {
  const instant = new Date(created);
  return new Date(
    instant.getUTCFullYear(),
    instant.getUTCMonth(),
    instant.getUTCDate(),
    instant.getUTCHours(),
    instant.getUTCMinutes(),
    instant.getUTCSeconds(),
  );
}

/** Throws unless `created` is an ISO date-time a zip entry's DOS time can hold (1980–2107). */
export function checkCreated(writer: string, created: string): void {
  const year = Number(created.slice(0, 4));
  if (!isIsoDateTime(created) || Number.isNaN(Date.parse(created)) || year < 1981 || year > 2106) {
    throw new Error(`${writer}: created must be an ISO date-time, got ${JSON.stringify(created)}`);
  }
}

function checkInput(input: BundleInput): void {
  const fields: [keyof BagInfo, string][] = [
    ['applicationId', input.applicationId],
    ['applicationYear', String(input.year)],
    ['appVersion', input.appVersion],
    ['schemaVersion', String(input.schemaVersion)],
    ['rulesVersion', input.rulesVersion],
  ];
  for (const [key, value] of fields) {
    if (!isValidBagInfoValue(key, value))
      throw new Error(`buildBundle: invalid ${key} ${JSON.stringify(value)}`);
  }
  checkCreated('buildBundle', input.created);
  const seen = new Set<string>();
  for (const { name } of input.attachments) {
    if (!isAttachmentName(name) || seen.has(name)) {
      throw new Error(`buildBundle: attachment name ${JSON.stringify(name)} is invalid or repeated`);
    }
    seen.add(name);
  }
}

// Photos and PDFs are compressed already: deflating them again costs time on a phone and saves nothing.
const isCompressed = (path: string) => /\.(jpe?g|png|pdf)$/.test(path);

/**
 * The upload bundle: a zip holding one BagIt bag (RFC 8493) with the application, the Antrag PDF and the
 * attachments under data/. Pure and deterministic; throws only on input the app never produces.
 */
export function buildBundle(input: BundleInput): Uint8Array {
  checkInput(input);
  const payload: [string, Uint8Array][] = [
    [applicationJsonPath, input.applicationJson],
    [antragPdfPath, input.antragPdf],
    ...input.attachments.map(({ name, bytes }): [string, Uint8Array] => [`${payloadDir}${name}`, bytes]),
  ];
  if (new Set(payload.map(([path]) => path)).size !== payload.length) {
    throw new Error('buildBundle: an attachment uses the name of application.json or antrag.pdf');
  }
  const bagInfo: BagInfo = {
    baggingDate: input.created.slice(0, 10),
    payloadOxum: payloadOxum(payload),
    applicationId: input.applicationId,
    applicationYear: input.year,
    created: input.created,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    rulesVersion: input.rulesVersion,
  };
  return zipBag({
    base: baseDirectoryName(input.applicationId),
    created: input.created,
    bagInfoText: formatBagInfo(bagInfo),
    payload,
  });
}

/** Payload-Oxum (RFC 8493 § 2.2.2) of the payload files: "octets.files". */
export const payloadOxum = (payload: readonly (readonly [string, Uint8Array])[]): string =>
  `${payload.reduce((sum, [, bytes]) => sum + bytes.length, 0)}.${payload.length}`;

/**
 * Zips one bag: the tag files (bagit.txt, the given bag-info.txt, both manifests) and the payload under `base`,
 * with every file's time from `created`. Shared by every kind of bag the apps write, so that one reader opens
 * them all (read-bundle.ts). Pure and deterministic; the caller has checked names and `created`.
 */
export function zipBag(bag: {
  base: string;
  created: string;
  bagInfoText: string;
  payload: readonly (readonly [string, Uint8Array])[];
  /** SHA-256 as lower-case hex; the portable one (sha256.ts) unless given (node:crypto on the server). */
  sha256Hex?: (bytes: Uint8Array) => string;
}): Uint8Array {
  const hash = bag.sha256Hex ?? sha256Hex;
  const hashLines = (files: readonly (readonly [string, Uint8Array])[]): ManifestLine[] =>
    files.map(([path, bytes]) => ({ hash: hash(bytes), path }));
  const tags: [string, Uint8Array][] = [
    [bagitTxt, utf8(bagitTxtContent)],
    [bagInfoTxt, utf8(bag.bagInfoText)],
    [manifestTxt, utf8(formatManifest(hashLines(bag.payload)))],
  ];
  tags.push([tagManifestTxt, utf8(formatManifest(hashLines(tags)))]);

  const mtime = zipTime(bag.created);
  const entries: Zippable = {};
  for (const [path, bytes] of [...tags, ...bag.payload]) {
    entries[`${bag.base}/${path}`] = [bytes, { level: isCompressed(path) ? 0 : 6, mtime }];
  }
  return zipSync(entries);
}
