/**
 * The one error renderer: every error of every route (Chatwoot routes, the control API, Express's own)
 * becomes the answer Chatwoot gives — domain errors by class (errors.ts), validation errors as Rails'
 * 422s, anything unexpected as a logged 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Operation } from '../spec';
import { JSON_TYPE, sendAnswer, sendText } from './answer';
import { clientInputError } from './body';
import { FakeInputError, HttpError, httpErrorOf, humanizeAttribute, invalidRecord } from './errors';
import { splitUrl } from './request';
import { RequestValidationError, ResponseValidationError } from './validation';

/** What the error renderer needs to know of a route: its API (Chatwoot's bodies differ a little), or the control API. */
export type ErrorKind = Operation['api'] | 'control';

/** Ajv's attribute name for an error path such as /body/contact/phone_number or /query/page. */
function attributeOf(path: string): string {
  const parts = path.split('/').filter((p) => p && !/^\d+$/.test(p));
  return parts[parts.length - 1] ?? 'base';
}

/** An error as the answer Chatwoot (or, for `control`, the control API) gives. */
export function toHttpError(err: unknown, kind?: ErrorKind): HttpError {
  if (kind === 'control') return controlError(err);
  const known = httpErrorOf(err, kind);
  if (known) return known;
  if (err instanceof RequestValidationError) {
    // Answered like a model validation failure, naming each field.
    return invalidRecord(
      err.errors.map((e) => {
        const attribute = attributeOf(e.path);
        return { attribute, message: `${humanizeAttribute(attribute)} ${e.message}` };
      }),
    );
  }
  // A response that breaks the spec is a bug in the fake: surface it loudly.
  if (err instanceof ResponseValidationError)
    return new HttpError(500, { error: err.message, errors: err.errors });
  const refused = clientInputError(err);
  if (refused) return refused;
  return new UnexpectedError(err, { error: 'Internal Server Error' });
}

/** The 500 for an error nobody expected (a bug of the fake); renderError logs what it was. */
class UnexpectedError extends HttpError {
  constructor(
    readonly original: unknown,
    body: unknown,
  ) {
    super(500, body);
  }
}

/**
 * Logs an unexpected error by the request it answered (method, path without the query, the error's
 * class, message and stack frames), never the error object itself: body-parser's errors, for one,
 * carry the raw body (a sign-in password) in an enumerable property that console.error would print.
 */
function logUnexpected(res: ServerResponse, err: unknown): void {
  const req = (res as ServerResponse & { req?: IncomingMessage }).req;
  const [path] = splitUrl(req?.url ?? '');
  const what =
    err instanceof Error
      ? `${err.constructor?.name ?? err.name}: ${err.message}`
      : `a thrown ${err === null ? 'null' : typeof err}`;
  const frames = err instanceof Error ? (err.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
  console.error([`chatwoot-fake: ${req?.method ?? '?'} ${path} answered 500: ${what}`, ...frames].join('\n'));
}

/** The control API's errors: `{"error": "…"}` naming what was wrong, with a 4xx for bad input. */
function controlError(err: any): HttpError {
  let status = 500;
  let message = String(err?.message ?? err);
  if (err instanceof FakeInputError) status = err.status;
  else if (err?.type === 'entity.parse.failed') {
    status = 400;
    message = `the body is not valid JSON: ${err.message}`;
  } else if (err?.type === 'entity.too.large') {
    status = 413;
    message = 'the body is too large';
  } else if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500) {
    status = err.status; // body-parser's other refusals (charset, encoding)
  } else {
    return new UnexpectedError(err, { error: message });
  }
  return new HttpError(status, { error: message });
}

/** Writes the answer for an error (through http/answer.ts, which tells the journal). */
export function renderError(
  err: unknown,
  res: ServerResponse,
  kind?: ErrorKind,
  bodiless?: (status: number) => boolean,
): void {
  const error = toHttpError(err, kind);
  if (error instanceof UnexpectedError) logUnexpected(res, error.original);
  if (res.headersSent) {
    res.end();
    return;
  }
  if (bodiless?.(error.status))
    return sendAnswer(res, { status: error.status, headers: error.headers, bytes: 0 });
  for (const [k, v] of Object.entries(error.headers)) res.setHeader(k, v);
  res.statusCode = error.status;
  if (error.contentType === 'text') sendText(res, 'text/plain', error.body as string);
  else sendText(res, JSON_TYPE, JSON.stringify(error.body));
}
