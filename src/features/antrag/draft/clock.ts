// The UI may read the clock; the rules never do (they get these values passed in).

export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's calendar date where the user is, as ISO `YYYY-MM-DD` (not UTC: at 00:30 in Dresden it is already tomorrow). */
export function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function currentYear(): number {
  return new Date().getFullYear();
}
