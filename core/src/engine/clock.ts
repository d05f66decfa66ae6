/**
 * The centre's time. A real centre uses the wall clock; a demonstration runs a simulated city
 * faster than real time, so timers convert the instants the engine predicts into real delays.
 */
export interface CentreClock {
  now(): number;
  /** Real milliseconds until the centre's clock reaches `t`. */
  delayUntil(t: number): number;
}

export const WALL_CLOCK: CentreClock = { now: () => Date.now(), delayUntil: (t) => Math.max(0, t - Date.now()) };

/** A clock that starts at `start` and runs `speed` times faster than real time. */
export function fastClock(start: number, speed: number): CentreClock {
  const origin = Date.now();
  return {
    now: () => start + (Date.now() - origin) * speed,
    delayUntil: (t) => Math.max(0, (t - (start + (Date.now() - origin) * speed)) / speed),
  };
}

/** A clock a test moves by hand. */
export function manualClock(start: number): CentreClock & { set(t: number): void } {
  let t = start;
  return { now: () => t, delayUntil: (to) => (to <= t ? 0 : 2 ** 31 - 1), set: (to) => { t = to; } };
}
