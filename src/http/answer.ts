/**
 * Writing an answer: the one way the request path (http/pipeline.ts) writes a response on a Chatwoot
 * route (handlers' replies, kept answers, injected malformed bodies) and an error body on any route.
 * Only Node's own response API is used — Chatwoot routes may be answered without Express — and the
 * journal is told what was written, as the response leaves.
 */
import type { ServerResponse } from 'node:http';
import { journalAnswer } from './journal';

/** An answer ready to write: status, extra headers, and a body with its type (none when empty). */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** With `body`: the body's Content-Type; both absent for an empty answer. */
  contentType?: string;
  body?: string;
  bytes: number;
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** An answer with a text body (a charset is added to a type without one, unless `asIs`). */
export function textAnswer(
  status: number,
  headers: Record<string, string> | undefined,
  contentType: string,
  body: string,
  asIs = false,
): Answer {
  const type = asIs || contentType.includes('charset') ? contentType : `${contentType}; charset=utf-8`;
  return { status, headers, contentType: type, body, bytes: Buffer.byteLength(body) };
}

/** Writes a whole answer in one go (Express's res.send does ETag and freshness work the fake skips). */
export function sendAnswer(res: ServerResponse, answer: Answer): void {
  res.statusCode = answer.status;
  if (answer.headers) for (const name in answer.headers) res.setHeader(name, answer.headers[name]);
  if (answer.body !== undefined) {
    res.setHeader('Content-Type', answer.contentType!);
    res.setHeader('Content-Length', answer.bytes);
  }
  journalAnswer(res, answer.body);
  res.end(answer.body);
}

/** Writes a text body with the response's current status and headers. */
export function sendText(res: ServerResponse, contentType: string, text: string): void {
  const answer = textAnswer(res.statusCode, undefined, contentType, text);
  sendAnswer(res, answer);
}
