/**
 * The exemption an advance payment buys: from the later of 1 January of the year and the day the payment arrived,
 * to 31 December of that year (the insurers' common procedure rules on § 62 SGB V, section 3.3; docs/rules/rules.md
 * § 3). Paid in December for next year, it starts on 1 January; paid on 10 March for this year, on 10 March.
 * ISO dates compare as strings.
 */
export type ExemptionPeriod = { gueltigAb: string; gueltigBis: string };

export function exemptionPeriod(year: number, receivedOn: string): ExemptionPeriod | undefined {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // Money that arrives after the year has ended buys nothing for it.
  if (receivedOn > last) return undefined;
  return { gueltigAb: receivedOn > first ? receivedOn : first, gueltigBis: last };
}
