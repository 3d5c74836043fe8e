import {
  CouldNotCreate,
  CustomException,
  InvalidAttribute,
  NotAuthorized,
  RecordInvalid,
  RecordNotFound,
} from '../domain/errors';
import type { Operation } from '../spec';

/**
 * Every error the fake answers, as a typed value rendered once by the error handler, with
 * Chatwoot's exact bodies (app/controllers/concerns/request_exception_handler.rb and friends).
 */
import { humanize } from '../rails/inflection';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly contentType: 'json' | 'text' = 'json',
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body === 'string' ? body : JSON.stringify(body));
  }
}

/** Bad input to the harness (a fault rule, a clock value, a filter…): the control API answers 400. */
export class FakeInputError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'FakeInputError';
  }
}

/**
 * A user's rule as an object of known fields: else a FakeInputError, `notObject` when it is not an
 * object, `unknown <kind> field "x"` for a field not among `keys`.
 */
export function inputFields(
  input: unknown,
  notObject: string,
  kind: string,
  keys: ReadonlySet<string>,
): Record<string, unknown> {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new FakeInputError(notObject);
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!keys.has(key)) throw new FakeInputError(`unknown ${kind} field "${key}"`);
  }
  return raw;
}

/** ActiveRecord::RecordNotFound */
export const notFound = () => new HttpError(404, { error: 'Resource could not be found' });

/** Rails' public 404 for a route that does not exist (or an exception outside the API's handler). */
export const routeNotFound = () => new HttpError(404, { status: 404, error: 'Not Found' });

export const unauthorized = (error: string) => new HttpError(401, { error });

/** Pundit::NotAuthorizedError: Chatwoot answers 401, never 403. */
export const forbiddenAction = () => unauthorized('You are not authorized to do this action');

/** DeviseTokenAuth's answer when no credentials at all are sent. */
export const unauthenticated = () =>
  new HttpError(401, { errors: ['You need to sign in or sign up before continuing.'] });

/** ActiveRecord::RecordInvalid: full messages joined by ', ' and the attribute names. */
export const invalidRecord = (errors: { attribute: string; message: string }[]) =>
  new HttpError(422, {
    message: errors.map((e) => e.message).join(', '),
    attributes: [...new Set(errors.map((e) => e.attribute))],
  });

/**
 * "phone_number" → "Phone number", for the 422s the fake answers where Rails itself fails with a 500
 * (a missing or malformed parameter, RecordNotUnique): these keep an `_id` suffix ("Source id has
 * already been taken") where a model's full message would drop it (rails/inflection's fullMessage).
 */
export const humanizeAttribute = (attribute: string): string => humanize(attribute, { keepIdSuffix: true });

/**
 * One attribute's 422 `{"message":"<Attribute> <problem>","attributes":["<attribute>"]}`, e.g.
 * `invalidAttribute('since', "can't be blank")`: what the fake answers where Rails would crash with
 * a 500 on a missing or malformed parameter (the fake never answers 500 on purpose).
 */
export const invalidAttribute = (attribute: string, problem = 'is invalid') =>
  invalidRecord([{ attribute, message: `${humanizeAttribute(attribute)} ${problem}` }]);

/**
 * render_could_not_create_error: business-rule failures. Some controllers pass the model's
 * `errors.messages` (attribute → messages) instead of a string, e.g. automation rules and portals.
 */
export const couldNotCreate = (error: string | Record<string, string[]>) => new HttpError(422, { error });

export const badRequest = () => new HttpError(400, { status: 400, error: 'Bad Request' });

/** An exception a Rails action does not rescue (e.g. NoMethodError on a missing param): production's JSON 500. */
export const internalServerError = () => new HttpError(500, { status: 500, error: 'Internal Server Error' });

export const payloadTooLarge = () => new HttpError(413, { status: 413, error: 'Payload Too Large' });

/** rack-attack's default throttled response: text/plain, no JSON. */
export const tooManyRequests = (headers: Record<string, string> = {}) =>
  new HttpError(429, 'Retry later\n', 'text', headers);

/**
 * A domain error (domain/errors.ts) as Chatwoot renders it: ApplicationController's
 * RequestExceptionHandler for the application, platform and widget APIs; the public API's controllers
 * (Public::Api::V1) rescue nothing, so a missing record there is Rails' own 404.
 */
export function httpErrorOf(err: unknown, api?: Operation['api']): HttpError | undefined {
  if (err instanceof HttpError) return err;
  if (err instanceof RecordNotFound) return api === 'public' ? routeNotFound() : notFound();
  if (err instanceof RecordInvalid) return invalidRecord(err.errors);
  if (err instanceof InvalidAttribute) return invalidAttribute(err.attribute, err.problem);
  if (err instanceof NotAuthorized) return unauthorized(err.message);
  if (err instanceof CouldNotCreate) return couldNotCreate(err.error);
  if (err instanceof CustomException) return new HttpError(err.status, { message: err.message });
  return undefined;
}
