/**
 * The dates of service a provider's status query may ask about (issue 15, ADR 0026): within the previous, the
 * current or the next calendar year, relative to `today` (an ISO date, the Berlin date of the caller's clock). An
 * exemption runs for one calendar year (§ 62 Abs. 1 SGB V); a pharmacy settles last year's prescriptions or plans
 * next year's, nothing older or later. One rule for the counter form, the server and its msw twin.
 */
export function serviceDateRange(today: string): { earliest: string; latest: string } {
  const year = Number(today.slice(0, 4));
  return { earliest: `${year - 1}-01-01`, latest: `${year + 1}-12-31` };
}

export function serviceDateInRange(serviceDate: string, today: string): boolean {
  const { earliest, latest } = serviceDateRange(today);
  return serviceDate >= earliest && serviceDate <= latest;
}
