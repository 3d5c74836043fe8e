import type { Clock, ClockMode } from '../store';
import { FakeInputError } from '../http/errors';
import { parseDuration } from '../http/patterns';

/** The fake's clock, as tests drive it: every timestamp the fake writes comes from here. */
export interface FakeClock {
  /** The current fake time in epoch milliseconds (reading it does not move the clock). */
  now(): number;
  /** The current fake time as an ISO-8601 string. */
  iso(): string;
  /** Jumps to an instant: an ISO-8601 string, epoch milliseconds or a Date. */
  set(instant: string | number | Date): void;
  /** Moves time forward (or back, when negative): milliseconds, or text such as `'2h'`, `'90s'`, `'1d'`. */
  advance(by: string | number): void;
  /**
   * `step` (default: each write moves time on by 1 s, so records get distinct timestamps), `frozen`
   * (time moves only by set/advance) or `real` (the wall clock, offset by set/advance).
   */
  readonly mode: ClockMode;
  setMode(mode: ClockMode): void;
}

const MODES: ClockMode[] = ['step', 'frozen', 'real'];

/** Reads an instant given by a user (`field` names it in the error). */
export function parseInstant(value: unknown, field = 'set'): number {
  if (value instanceof Date) value = value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim()) {
    const text = value.trim();
    const ms = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new FakeInputError(
    `"${field}" must be an ISO-8601 time such as "2026-01-01T00:00:00Z" or epoch milliseconds (got ${JSON.stringify(value)})`,
  );
}

export function checkClockMode(value: unknown): ClockMode {
  if (!MODES.includes(value as ClockMode)) {
    throw new FakeInputError(`"mode" must be one of ${MODES.join(', ')} (got ${JSON.stringify(value)})`);
  }
  return value as ClockMode;
}

export function fakeClock(clock: Clock): FakeClock {
  return {
    now: () => clock.peek(),
    iso: () => new Date(clock.peek()).toISOString(),
    set: (instant) => clock.set(parseInstant(instant)),
    advance: (by) => clock.advance(parseDuration(by, 'by')),
    get mode() {
      return clock.mode;
    },
    setMode: (mode) => {
      const now = clock.peek();
      clock.mode = checkClockMode(mode);
      clock.set(now);
    },
  };
}
