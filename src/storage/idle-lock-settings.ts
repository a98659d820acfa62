/*
 * How long a passphrase-protected store stays open without any activity (BSI TR-03161-2 O.Auth_9 asks apps to
 * end idle sessions; WCAG 2.2.1 asks for a warning that lets the user extend). A local setting without personal
 * data, so a deployment or a user on a shared computer can shorten it and someone who types slowly can lengthen it.
 */
export const defaultIdleLockMinutes = 15;
/** The warning comes this long before: more than the 20 s WCAG 2.2.1 requires, enough to find the button. */
export const idleWarningSeconds = 120;
const minMinutes = 3;
const maxMinutes = 240;
const settingKey = 'zb.idleLockMinutes';

export function readIdleLockMinutes(): number {
  try {
    const stored = Number(localStorage.getItem(settingKey));
    if (Number.isInteger(stored) && stored >= minMinutes && stored <= maxMinutes) return stored;
  } catch {
    // Storage disabled: the default applies.
  }
  return defaultIdleLockMinutes;
}

export function saveIdleLockMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < minMinutes || minutes > maxMinutes)
    throw new RangeError(`The idle lock takes ${minMinutes} to ${maxMinutes} minutes.`);
  try {
    localStorage.setItem(settingKey, String(minutes));
  } catch {
    // Without Web Storage the default applies after a reload.
  }
}
