/**
 * Checking a fault rule a user gives (`fake.fault`, `failNext`, `delay`, `POST /__fake/faults`): its
 * effects and latency here; what it matches, and that it names an operation of the spec, in
 * http/request-match.ts (shared with overrides).
 */
import { FakeInputError, inputFields } from './errors';
import type { FaultRule } from './faults';
import { parseDuration } from './patterns';
import {
  checkMatch,
  checkMatchAgainstSpec,
  checkTimes,
  MATCH_KEYS,
  type SpecOperation,
} from './request-match';

/**
 * The longest latency a fault may add: Node's timers hold 2^31 − 1 ms (about 24.8 days); a longer
 * one would fire at once (TimeoutOverflowWarning) instead of waiting.
 */
export const MAX_LATENCY_MS = 2 ** 31 - 1;

export function checkLatency(ms: number, field: string): number {
  if (ms < 0) throw new FakeInputError(`${field} must not be negative`);
  if (ms > MAX_LATENCY_MS)
    throw new FakeInputError(`${field} must be at most ${MAX_LATENCY_MS} ms (about 24.8 days): got ${ms}`);
  return ms;
}

const RULE_KEYS = new Set<string>([
  ...MATCH_KEYS,
  'times',
  'status',
  'body',
  'headers',
  'latency',
  'reset',
  'malformed',
]);

/** What a fault rule is checked against: the spec's operations. */
export type FaultOperation = SpecOperation;

/**
 * Checks a user's fault rule and normalises it; throws FakeInputError naming the bad field. Given the
 * spec's operations, a rule that could match none of them is refused too.
 */
export function checkFaultRule(input: unknown, operations?: readonly FaultOperation[]): FaultRule {
  const raw = inputFields(input, 'a fault rule must be an object', 'fault', RULE_KEYS);
  const rule: FaultRule = checkMatch(raw);
  const times = checkTimes(raw.times);
  if (times !== undefined) rule.times = times;
  if (raw.status !== undefined && raw.status !== null) {
    if (
      typeof raw.status !== 'number' ||
      !Number.isInteger(raw.status) ||
      raw.status < 400 ||
      raw.status > 599
    ) {
      throw new FakeInputError('"status" must be an HTTP error status (400–599)');
    }
    rule.status = raw.status;
  }
  if (raw.body !== undefined) {
    if (rule.status === undefined) throw new FakeInputError('"body" needs a "status"');
    rule.body = raw.body;
  }
  if (raw.headers !== undefined && raw.headers !== null) {
    const headers = raw.headers as Record<string, unknown>;
    if (
      typeof headers !== 'object' ||
      Array.isArray(headers) ||
      Object.values(headers).some((v) => typeof v !== 'string')
    ) {
      throw new FakeInputError('"headers" must be an object of string values');
    }
    if (rule.status === undefined) throw new FakeInputError('"headers" needs a "status"');
    rule.headers = headers as Record<string, string>;
  }
  if (raw.latency !== undefined && raw.latency !== null) {
    rule.latency = checkLatency(parseDuration(raw.latency, 'latency'), '"latency"');
  }
  for (const flag of ['reset', 'malformed'] as const) {
    if (raw[flag] !== undefined && raw[flag] !== null) {
      if (typeof raw[flag] !== 'boolean') throw new FakeInputError(`"${flag}" must be true or false`);
      if (raw[flag]) rule[flag] = true;
    }
  }
  const terminal = [rule.status !== undefined, rule.reset, rule.malformed].filter(Boolean).length;
  if (terminal > 1) throw new FakeInputError('give only one of "status", "reset" and "malformed"');
  if (!terminal && rule.latency === undefined) {
    throw new FakeInputError('a fault needs an effect: "status", "latency", "reset" or "malformed"');
  }
  if (operations) checkMatchAgainstSpec(rule, operations, 'faults');
  return rule;
}
