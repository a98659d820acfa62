/**
 * The date of service a status query may ask about (issue 15, ADR 0026): within the previous, the current or the
 * next calendar year, relative to `today` (the Berlin date of the server's clock). An exemption runs for one
 * calendar year (§ 62 Abs. 1 SGB V); a pharmacy settles last year's prescriptions or plans next year's, nothing
 * older or later.
 */
export function serviceDateInRange(serviceDate: string, today: string): boolean {
  const year = Number(today.slice(0, 4));
  const asked = Number(serviceDate.slice(0, 4));
  return asked >= year - 1 && asked <= year + 1;
}
