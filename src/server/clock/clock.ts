/**
 * The server's clock. In production it is the system clock and nothing can set it: there is no setter to call.
 * In demo mode and tests it can be moved (to show a year's end, a lockout's expiry, a deadline), through the
 * demo-only route or directly in a test.
 */
export interface Clock {
  now(): Date;
}

export interface SettableClock extends Clock {
  /** Pins the clock to `at`, or back to the system clock with undefined. */
  set(at: Date | undefined): void;
  /** Moves a pinned clock forward (or pins it at now + ms). */
  advance(ms: number): void;
}

export const systemClock: Clock = Object.freeze({ now: () => new Date() });

export function createSettableClock(start?: Date): SettableClock {
  let pinned = start?.getTime();
  return {
    now: () => new Date(pinned ?? Date.now()),
    set(at) {
      pinned = at?.getTime();
    },
    advance(ms) {
      pinned = (pinned ?? Date.now()) + ms;
    },
  };
}

export const isSettable = (clock: Clock): clock is SettableClock =>
  typeof (clock as Partial<SettableClock>).set === 'function';
