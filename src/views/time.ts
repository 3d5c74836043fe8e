/** Chatwoot's timestamp renderings: jbuilder's `.to_i`, `.to_f`, and Rails' default ISO-8601. */
export const unix = (ms: number) => Math.floor(ms / 1000);
export const unixOrNull = (ms: number | null) => (ms === null ? null : unix(ms));
export const unixOrZero = (ms: number | null) => (ms === null ? 0 : unix(ms));
export const unixFloat = (ms: number) => ms / 1000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
