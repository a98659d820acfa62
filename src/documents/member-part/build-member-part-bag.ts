import {
  formatMemberPartBagInfo,
  isValidMemberPartBagInfoValue,
  type MemberPartBagInfo,
} from '../bundle/bag-info';
import {
  isAttachmentName,
  memberPartBaseDirectoryName,
  memberPartJsonPath,
  payloadDir,
} from '../bundle/bag-layout';
import { checkCreated, payloadOxum, zipBag } from '../bundle/build-bundle';
import type { MemberPartDocument } from '../../domain/member-part/member-part-document';

export type MemberPartBagInput = {
  /** The member's part as buildMemberPartDocument made it; written as data/member-part.json. */
  document: MemberPartDocument;
  /** The attachments' bytes, named as `document.attachments` names them. */
  files: readonly { name: string; bytes: Uint8Array }[];
  /** The app that built the bag, for bag-info.txt's App-Version; '0' unless given. */
  appVersion?: string;
  /** SHA-256 as lower-case hex, for the manifests; the portable one (sha256.ts) unless given. */
  sha256Hex?: (bytes: Uint8Array) => string;
};

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A family member's own part (issue 14, ADR 0024) as a BagIt bag in a zip: `zuzahlungsbefreiung-teil-<invitation>/`
 * with data/member-part.json and the member's proofs, built like the applicant's bundle (build-bundle.ts) and read
 * by the same reader (read-member-part-bag.ts). Pure and deterministic: file times come from the document's
 * createdAt. Throws only on input the app never produces (a file the document does not list, or the reverse).
 */
export function buildMemberPartBag(input: MemberPartBagInput): Uint8Array {
  const { document } = input;
  checkCreated('buildMemberPartBag', document.createdAt);
  const listed = new Set(document.attachments.map((attachment) => attachment.name));
  const given = new Set<string>();
  for (const { name } of input.files) {
    if (!isAttachmentName(name) || given.has(name) || !listed.has(name))
      throw new Error(`buildMemberPartBag: file ${JSON.stringify(name)} is invalid, repeated or not listed`);
    given.add(name);
  }
  for (const name of listed)
    if (!given.has(name))
      throw new Error(`buildMemberPartBag: the listed file ${JSON.stringify(name)} is missing`);

  const payload: [string, Uint8Array][] = [
    [memberPartJsonPath, utf8(JSON.stringify(document))],
    ...input.files.map(({ name, bytes }): [string, Uint8Array] => [`${payloadDir}${name}`, bytes]),
  ];
  const bagInfo: MemberPartBagInfo = {
    baggingDate: document.createdAt.slice(0, 10),
    payloadOxum: payloadOxum(payload),
    bagKind: 'member-part',
    invitationId: document.invitationId,
    applicationYear: document.year,
    created: document.createdAt,
    appVersion: input.appVersion ?? '0',
    schemaVersion: document.schemaVersion,
    rulesVersion: document.rulesVersion,
  };
  for (const key of ['invitationId', 'applicationYear', 'appVersion', 'rulesVersion'] as const) {
    if (!isValidMemberPartBagInfoValue(key, String(bagInfo[key])))
      throw new Error(`buildMemberPartBag: invalid ${key} ${JSON.stringify(bagInfo[key])}`);
  }
  return zipBag({
    base: memberPartBaseDirectoryName(document.invitationId),
    created: document.createdAt,
    bagInfoText: formatMemberPartBagInfo(bagInfo),
    payload,
    ...(input.sha256Hex ? { sha256Hex: input.sha256Hex } : {}),
  });
}
