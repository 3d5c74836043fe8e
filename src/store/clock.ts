/**
 * The store's clock. Handlers never call Date.now(): every timestamp comes from here, so the same
 * sequence of requests gives the same timestamps, and tests can set or advance time.
 *
 * In the default "step" mode each call to now() moves time forward by `stepMs` (1 s), so records
 * created one after another get distinct, ordered timestamps. "frozen" never moves by itself;
 * "real" follows the wall clock (offset by set/advance).
 */
import { noteClockRead, noteVolatile } from './reads';

export type ClockMode = 'step' | 'frozen' | 'real';

export const DEFAULT_EPOCH = Date.parse('2026-01-15T09:00:00.000Z');

export class Clock {
  private current: number;
  private realOffset = 0;

  constructor(
    start: number = DEFAULT_EPOCH,
    public mode: ClockMode = 'step',
    public stepMs = 1000,
  ) {
    this.current = start;
    if (mode === 'real') this.realOffset = start - Date.now();
  }

  /** The current instant, in epoch milliseconds, advancing the step clock: use it when recording a change. */
  now(): number {
    noteVolatile();
    if (this.mode === 'real') return Date.now() + this.realOffset;
    const value = this.current;
    if (this.mode === 'step') this.current += this.stepMs;
    return value;
  }

  /** The current instant without moving the clock: use it for reads (reports, rate-limit windows). */
  peek(): number {
    if (this.mode === 'real') {
      noteVolatile();
      return Date.now() + this.realOffset;
    }
    noteClockRead(this.current);
    return this.current;
  }

  set(instant: number): void {
    if (this.mode === 'real') this.realOffset = instant - Date.now();
    else this.current = instant;
  }

  advance(ms: number): void {
    if (this.mode === 'real') this.realOffset += ms;
    else this.current += ms;
  }

  state(): { current: number; realOffset: number } {
    return { current: this.current, realOffset: this.realOffset };
  }

  restore(state: { current: number; realOffset: number }): void {
    this.current = state.current;
    this.realOffset = state.realOffset;
  }
}
