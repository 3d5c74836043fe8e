/**
 * How `check` talks to a server: telling an unreachable server from a failed request, query strings,
 * answer bodies, list items and path templates.
 */
import { safeUrl } from './report';
import type { Query } from './scenario';

/**
 * The target cannot be reached at all (refused, no such host, no route, a TLS certificate it rejects):
 * `runCheck` stops at the first such failure and throws this rather than failing every operation with
 * the same error. A timeout or a dropped connection fails only its own request.
 */
export class CheckConnectionError extends Error {
  constructor(
    readonly baseUrl: string,
    override readonly cause: Error,
    /** Records the write scenario had created and could not delete. */
    readonly leftBehind: string[] = [],
  ) {
    super(
      `cannot connect to ${safeUrl(baseUrl)} (${cause.message || (cause as NodeJS.ErrnoException).code}): ` +
        'is the URL right and the server running?' +
        (leftBehind.length ? ` Could not delete (left on the server): ${leftBehind.join(', ')}` : ''),
    );
    this.name = 'CheckConnectionError';
  }
}

/** Error codes that say the server cannot be reached at all (see CheckConnectionError). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export function unreachable(err: unknown): Error | undefined {
  const cause = (err as { cause?: unknown })?.cause as Error | undefined;
  // Not `instanceof Error`: fetch's errors may come from another realm (jest's vm contexts).
  if (!cause || typeof cause !== 'object' || typeof cause.message !== 'string') return undefined;
  const code = String((cause as NodeJS.ErrnoException).code ?? '');
  // An AggregateError (every address of a host refused) carries its code too.
  if (UNREACHABLE.has(code) || /CERT|SELF_SIGNED|ERR_TLS|ERR_SSL/.test(code)) return cause;
  // fetch refuses the ports browsers block (6000, 6667…) before connecting.
  if (cause.message === 'bad port') return new Error(`port blocked by fetch: ${cause.message}`);
  return undefined;
}

export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (Array.isArray(v)) v.forEach((item) => params.append(`${k}[]`, item));
    else params.append(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function plural(word: string): string {
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The first object with an `id` in a list answer: `[…]`, `{payload: […]}`, `{data: {payload: […]}}`. */
export function firstListItem(body: unknown): Record<string, any> | undefined {
  const queue: unknown[] = [body];
  for (let i = 0; i < queue.length && i < 200; i++) {
    const value = queue[i];
    if (Array.isArray(value)) {
      const item = value.find((v) => v && typeof v === 'object' && 'id' in v);
      if (item) return item;
    } else if (value && typeof value === 'object') {
      queue.push(...Object.values(value));
    }
  }
  return undefined;
}

export function parseBody(answer: HttpAnswer): unknown {
  try {
    return answer.text ? JSON.parse(answer.text) : undefined;
  } catch {
    return undefined;
  }
}

export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? `{${name}}`));
}
