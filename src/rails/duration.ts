/**
 * Durations written as text, as the fake's options and control API take them ("10s", "1m", "1h30m",
 * "2 hours", a bare "min"): the one parser for fault latencies, clock advances and rate-limit periods.
 * Imports nothing: rails/ sits below every other layer.
 */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Unit names and their short forms (a trailing plural "s" is dropped before the lookup). */
const UNIT_NAMES: Record<string, string> = {
  ms: 'ms',
  msec: 'ms',
  millisecond: 'ms',
  s: 's',
  sec: 's',
  second: 's',
  m: 'm',
  min: 'm',
  minute: 'm',
  h: 'h',
  hr: 'h',
  hour: 'h',
  d: 'd',
  day: 'd',
  w: 'w',
  wk: 'w',
  week: 'w',
};

function unitMs(name: string): number | undefined {
  const lower = name.toLowerCase();
  const unit = UNIT_NAMES[lower] ?? (lower.length > 2 ? UNIT_NAMES[lower.replace(/s$/, '')] : undefined);
  return unit === undefined ? undefined : UNIT_MS[unit];
}

const PART = /(\d+(?:\.\d+)?)?\s*([a-z]+)\s*/giy;

/**
 * Milliseconds of a duration: a finite number (ms), a numeric string (ms), or one or more
 * `<count><unit>` parts (`500ms`, `90s`, `15m`, `2h`, `1d`, `1w`, `1h30m`, `30 sec`, `2 hours`; a
 * lone unit counts one: `min`); a leading `-` negates. Undefined for anything else.
 */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  let text = value.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1).trimStart();
  if (!text) return undefined;
  let total = 0;
  let parts = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex;
    const m = PART.exec(text);
    if (!m || m.index !== at) return undefined;
    const ms = unitMs(m[2]);
    // A count is needed when parts combine ("1h30m"), not for a lone unit ("hour").
    if (ms === undefined || (m[1] === undefined && (parts > 0 || PART.lastIndex < text.length)))
      return undefined;
    total += (m[1] === undefined ? 1 : Number(m[1])) * ms;
    parts++;
  }
  return negative ? -total : total;
}
