/** Ruby's renderings of a Time (all in UTC, as Chatwoot runs), from epoch milliseconds. */

/** Time#to_i: whole seconds (jbuilder's `.to_i` timestamps). */
export const timeToI = (ms: number): number => Math.floor(ms / 1000);

/**
 * Time#to_f: seconds with a fraction. Rails keeps microseconds, the fake's clock milliseconds; the
 * missing microseconds are derived from the instant (1–999 µs, never 0), so a `to_f` time is always a
 * float with a non-zero fraction, as on a real server — a client that decodes it into an integer fails
 * against the fake as it fails against Chatwoot — and the same instant always renders the same.
 */
export const timeToF = (ms: number): number => {
  const whole = Math.floor(ms);
  const micros = 1 + ((Math.imul(whole % 4294967296, 2654435761) >>> 0) % 999);
  const seconds = Math.floor(whole / 1000);
  return seconds + ((whole - seconds * 1000) * 1000 + micros) / 1e6;
};

/**
 * Time#as_json, which jbuilder renders for a Time: ISO 8601 with ActiveSupport's default
 * time_precision of 3 ("2024-01-02T03:04:05.000Z").
 */
export const timeAsJson = (ms: number): string => new Date(ms).toISOString();

/** Time#to_fs(:db) in UTC: "2024-01-02 03:04:05". */
export const timeToDb = (ms: number): string => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Time#to_s in UTC: "2024-01-02 03:04:05 UTC". */
export const timeToS = (ms: number): string => `${timeToDb(ms)} UTC`;

/** Date#to_s: "2024-01-02". */
export const dateToS = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
