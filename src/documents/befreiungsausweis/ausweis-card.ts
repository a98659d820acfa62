import type { IsoDate } from '../antrag/antrag-content';

/**
 * What one exemption card prints: the shape of the status answer's card (api/contracts/advance-payment.ts,
 * ExemptionCard), restated here because documents do not import the API layer.
 */
export type AusweisCard = {
  memberId: string;
  givenName: string;
  familyName: string;
  /** One letter and nine digits, as on the health card. */
  kvnr: string;
  birthDate: IsoDate;
  /** The application's reference (ZB-2026-000123). */
  cardNumber: string;
  insurerName: string;
  /** The health card's co-payment status: true while the exemption holds. */
  status: boolean;
  gueltigAb: IsoDate;
  gueltigBis: IsoDate;
  /** The day the exemption ended early (a returned debit). */
  endedOn?: IsoDate;
};

/** A card that no longer exempts: its status is false, or it ended early. */
export const isCardValid = (card: Pick<AusweisCard, 'status' | 'endedOn'>): boolean =>
  card.status && card.endedOn === undefined;

/**
 * The KVNR in groups for reading aloud and typing: "A 123 456 789". No-break spaces, so that it never breaks
 * across lines; text extraction reads them as spaces.
 */
export const groupKvnr = (kvnr: string): string =>
  /^[A-Z]\d{9}$/.test(kvnr)
    ? [kvnr.slice(0, 1), kvnr.slice(1, 4), kvnr.slice(4, 7), kvnr.slice(7)].join('\u00a0')
    : kvnr;

export const fullName = (card: Pick<AusweisCard, 'givenName' | 'familyName'>): string =>
  `${card.givenName} ${card.familyName}`;

/** ID-1, the size of a health insurance card (ISO/IEC 7810, 85.60 × 53.98 mm; 54 mm here, as printers round it), in points. */
export const cardSize = { width: (85.6 / 25.4) * 72, height: (54 / 25.4) * 72 } as const;
