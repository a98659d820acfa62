// The UI may read the clock; the rules never do (they get these values passed in).

/** Today's calendar date where the counter is, as ISO `YYYY-MM-DD` (not UTC: at 00:30 in Dresden it is tomorrow). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current moment in milliseconds, for event handlers (a refused query remembers when it was refused). */
export function nowMs(): number {
  return Date.now();
}
