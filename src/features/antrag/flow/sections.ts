import type { SectionId } from '../../../domain/application/section-status';
import type { AntragMessageKey } from '../antrag-messages';

// The flow as data (architecture.md): each section of the task list, its entry page and its title. The pages of
// a section and their order live in the section's own folder (its `*-flow.ts`).
export type SectionEntry = { id: SectionId; path: string; title: AntragMessageKey };

export const sections: readonly SectionEntry[] = [
  { id: 'persoenliche-angaben', path: '/antrag/persoenliche-angaben', title: 'section.person' },
  { id: 'haushalt', path: '/antrag/haushalt', title: 'section.household' },
  { id: 'sozialleistungen', path: '/antrag/sozialleistungen', title: 'section.welfare' },
  { id: 'einnahmen', path: '/antrag/einnahmen', title: 'section.incomes' },
  { id: 'chronische-erkrankung', path: '/antrag/chronische-erkrankung', title: 'section.chronic' },
  { id: 'zuzahlungen', path: '/antrag/zuzahlungen', title: 'section.receipts' },
];
