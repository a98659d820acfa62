import type { UploadType } from '../../domain/uploads/upload-policy';
import { slugify } from './slugify';

// Names of the files in data/ that a caseworker understands without opening them, e.g.
// zuzahlung-2025-03-04-apotheke-m1.jpg, einkommen-rente-m2-1.pdf, bescheid-buergergeld.pdf, muster55-m2.pdf.

type Common = {
  type: UploadType;
  /** When one proof has several files (pages of a notice): 1, 2, … */
  part?: number;
};

export type AttachmentNameInput = Common &
  (
    | { kind: 'zuzahlung'; /** YYYY-MM-DD */ date: string; provider: string; memberIndex: number }
    | { kind: 'einkommen'; category: string; memberIndex: number }
    | { kind: 'bescheid'; benefit: string }
    | { kind: 'muster55'; memberIndex: number }
    | { kind: 'vollmacht' }
    | { kind: 'nachweis'; description: string; memberIndex?: number }
  );

const extensions: Record<UploadType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
};

/** Members are counted from 1 in the names, as on the paper form. */
const member = (index: number | undefined): string | undefined =>
  index === undefined ? undefined : `m${Math.max(1, Math.trunc(index))}`;

const date = (value: string): string | undefined => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

function stem(input: AttachmentNameInput): (string | undefined)[] {
  switch (input.kind) {
    case 'zuzahlung':
      return ['zuzahlung', date(input.date), slugify(input.provider), member(input.memberIndex)];
    case 'einkommen':
      return ['einkommen', slugify(input.category), member(input.memberIndex)];
    case 'bescheid':
      return ['bescheid', slugify(input.benefit)];
    case 'muster55':
      return ['muster55', member(input.memberIndex)];
    case 'vollmacht':
      return ['vollmacht'];
    case 'nachweis':
      return ['nachweis', slugify(input.description), member(input.memberIndex)];
  }
}

/** The name for one attachment, before making names in a bundle unique. */
export function attachmentName(input: AttachmentNameInput): string {
  const part = input.part === undefined ? undefined : String(Math.max(1, Math.trunc(input.part)));
  const parts = [...stem(input), part].filter(
    (piece): piece is string => piece !== undefined && piece !== '',
  );
  return `${parts.join('-')}.${extensions[input.type]}`;
}

/**
 * Makes names unique within one bundle (case-insensitively, as Windows and macOS file systems compare them):
 * the second `x.pdf` becomes `x-2.pdf`, the third `x-3.pdf`, skipping any name already taken.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let counter = 2; taken.has(candidate.toLowerCase()); counter++) {
      candidate = `${base}-${counter}${extension}`;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Names for all attachments of one bundle, in the given order. */
export const attachmentNames = (inputs: readonly AttachmentNameInput[]): string[] =>
  uniqueNames(inputs.map(attachmentName));
