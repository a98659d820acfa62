import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';

/** Calendar date `YYYY-MM-DD`. */
type IsoDate = string;

/**
 * What the insurer's letter about an application says, as plain data (docs/rules/bescheid.md). Three kinds are
 * decisions (Verwaltungsakte, § 31 SGB X) and carry a reasoning (§ 35 SGB X) and the Rechtsbehelfsbelehrung
 * (§ 36 SGB X); the fourth, `unterlagen-angefordert`, is a request to cooperate (§ 60 SGB I) before any decision.
 * Everything the letter prints arrives here: the renderer reads no clock, no configuration and no network.
 */
export type BescheidLetter = {
  insurer: {
    name: string;
    postalAddress: string[];
    phone: string;
    email: string;
    /**
     * Where the insurer's online form for a Widerspruch is, if it has one that takes the declaration directly with an
     * electronic proof of identity (§ 36a Abs. 2a Nr. 1 SGB I). Only then does the letter name this way.
     */
    objectionFormUrl?: string;
    /** The insurer's De-Mail address, if it has one (§ 36a Abs. 2a Nr. 2 SGB I). Only then does the letter name it. */
    deMail?: string;
  };
  /** Who the letter is addressed to: the representative (Bevollmächtigte/r, Betreuer/in) where there is one, else the applicant. */
  recipient: { name: string; addressLines: string[] };
  /** Set when the recipient is a representative: the insured person the letter is about. */
  onBehalfOf?: { name: string; birthDate: IsoDate };
  applicantKvnr: string;
  /** e.g. ZB-2026-000123 */
  reference: string;
  /** The day the letter is written. */
  letterDate: IsoDate;
  /** The calendar year the application is for. */
  year: number;
  caseworkerName: string;
  /**
   * Display names for the member ids the calculation refers to, so that each deduction names its person. Without
   * it the person column stays empty (an id is never printed).
   */
  memberNames?: Readonly<Record<string, string>>;
  decision:
    | {
        kind: 'befreit';
        exemptFrom: IsoDate;
        exemptUntil: IsoDate;
        refundCents: number;
        covered: { name: string }[];
        calculation: LimitCaseOutput;
        notCounted: { description: string; amountCents: number; reason: string }[];
      }
    | {
        kind: 'vorauszahlung-bestaetigt';
        exemptFrom: IsoDate;
        exemptUntil: IsoDate;
        amountCents: number;
        covered: { name: string }[];
        calculation: LimitCaseOutput;
      }
    | { kind: 'abgelehnt'; reason: string; calculation: LimitCaseOutput | null }
    | { kind: 'unterlagen-angefordert'; documents: string[]; dueOn: IsoDate };
};

export type BescheidKind = BescheidLetter['decision']['kind'];

/** The kinds that decide (Verwaltungsakte): they need a Begründung and a Rechtsbehelfsbelehrung. */
export const isDecision = (kind: BescheidKind): boolean => kind !== 'unterlagen-angefordert';
