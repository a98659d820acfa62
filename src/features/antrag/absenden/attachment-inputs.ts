import type { AttachmentRef } from '../../../domain/application/build-application-document';
import { incomeTypeInfo, type IncomeType } from '../../../domain/income/income-catalogue';
import type { AttachmentNameInput } from '../../../documents/bundle/attachment-name';

// "Renten (Alters-, Erwerbsminderungs-, …)" names the file "einkommen-renten-m1.pdf": the words before the
// bracket are what a caseworker looks for, the rest would only make the name long.
function incomeCategory(type: string | null): string {
  if (type === null) return 'sonstiges';
  try {
    return incomeTypeInfo(type as IncomeType).label.de.split(' (')[0] ?? type;
  } catch {
    return type;
  }
}

function nameInput(ref: AttachmentRef, part: number | undefined): AttachmentNameInput {
  const common = { type: ref.type, ...(part === undefined ? {} : { part }) };
  const memberIndex = ref.memberIndex ?? 1;
  switch (ref.purpose) {
    case 'receipt':
      return { ...common, kind: 'zuzahlung', date: ref.date ?? '', provider: ref.label ?? '', memberIndex };
    case 'income':
      return { ...common, kind: 'einkommen', category: incomeCategory(ref.label), memberIndex };
    case 'welfare':
      return { ...common, kind: 'bescheid', benefit: ref.label ?? 'sozialleistung' };
    case 'certificate':
      return { ...common, kind: 'muster55', memberIndex };
    case 'representation':
      return { ...common, kind: 'vollmacht' };
  }
}

/**
 * The name inputs for the bundle's data/ folder, one per attached file in order. Several files of one proof (the
 * pages of a notice, two photos of one receipt) are numbered 1, 2, …; a single file carries no number.
 */
export function attachmentNameInputs(refs: readonly AttachmentRef[]): AttachmentNameInput[] {
  const groupOf = (ref: AttachmentRef) => `${ref.purpose}|${ref.refId ?? ''}`;
  const sizes = new Map<string, number>();
  for (const ref of refs) sizes.set(groupOf(ref), (sizes.get(groupOf(ref)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return refs.map((ref) => {
    const group = groupOf(ref);
    const position = (seen.get(group) ?? 0) + 1;
    seen.set(group, position);
    return nameInput(ref, (sizes.get(group) ?? 1) > 1 ? position : undefined);
  });
}
