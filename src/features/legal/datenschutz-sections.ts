import type { datenschutzMessages } from './datenschutz-messages';

type Key = keyof typeof datenschutzMessages.de;

/**
 * The privacy notice's sections with stable anchors, so that other pages (start page, wizard, terms) can link
 * straight to one, for example /datenschutz#risiko-bildschirmfotos (TR-03161 O.Data_12).
 */
export const datenschutzSections = [
  { id: 'kurz', title: 'summary.title' },
  { id: 'verantwortlich', title: 'controller.title' },
  { id: 'datenschutzbeauftragte', title: 'dpo.title' },
  { id: 'daten', title: 'data.title' },
  { id: 'zweck', title: 'purpose.title' },
  { id: 'rechtsgrundlagen', title: 'basis.title' },
  { id: 'speicherort', title: 'storage.title' },
  { id: 'cookies', title: 'cookies.title' },
  { id: 'speicherdauer', title: 'retention.title' },
  { id: 'rechte', title: 'rights.title' },
  { id: 'beschwerde', title: 'complaint.title' },
  { id: 'risiken', title: 'risks.title' },
] as const satisfies readonly { id: string; title: Key }[];

export type DatenschutzSectionId = (typeof datenschutzSections)[number]['id'];

/** The three risks TR-03161 wants users told about (O.Data_12, O.Data_13, O.Plat_7 / O.Resi_1). */
export const riskAnchors = {
  screenshots: 'risiko-bildschirmfotos',
  unlocked: 'risiko-entsperrtes-geraet',
  memory: 'risiko-arbeitsspeicher',
} as const;
