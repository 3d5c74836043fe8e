/** Chatwoot's timestamp renderings: jbuilder's `.to_i`, `.to_f`, and Rails' default ISO-8601. */
import { timeAsJson, timeToF, timeToI } from '../rails/time';

export const unix = timeToI;
export const unixOrNull = (ms: number | null) => (ms === null ? null : unix(ms));
export const unixOrZero = (ms: number | null) => (ms === null ? 0 : unix(ms));
export const unixFloat = timeToF;
export const iso = timeAsJson;
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
