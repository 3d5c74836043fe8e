/**
 * Request bodies and query strings as Rails reads them (ActionDispatch's parameter parsers over Rack):
 *
 * - JSON (`application/json`, `application/*+json`) and urlencoded forms are read as bytes whatever
 *   their `charset` or `Content-Encoding` say (Rails looks at neither): a gzip or deflate body is not
 *   JSON and answers 400, as on a real server. The bytes must be UTF-8 (Rails' check_param_encoding:
 *   "Invalid request parameters: Invalid encoding for parameter" → 400).
 * - Forms and query strings: bracketed keys (`contact[name]`) become nested objects (qs, as Express's
 *   "extended" parser); a malformed `%`-escape (Rack's InvalidParameterError), more than MAX_PARAMS
 *   parameters or more than MAX_FORM_DEPTH levels of brackets (ParamsTooDeepError) is answered, as
 *   Rails answers them, with 400 Bad Request.
 * - multipart/form-data (uploads) through multer; one without a boundary is ignored, as Rack ignores it.
 * - Any other media type: the body is not read (Rails has no parser for it), as if none was sent.
 *
 * Every refusal is an HttpError; nothing here ever throws the body (or any part of it) at a logger.
 *
 * Written here rather than with body-parser because body-parser does what Rails does not (inflates
 * gzip/deflate, honours `charset`, 415 for unknown ones) and answered 500 for corrupt compressed
 * bodies; the parsing itself stays with qs, multer and JSON.parse.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import type { StorageEngine } from 'multer';
import qs from 'qs';
import { HttpError, badRequest, payloadTooLarge } from './errors';

export interface BodyOptions {
  /** Largest JSON or form body accepted (bytes or a string such as '1mb'). */
  limit: string | number;
  /** Largest uploaded file (multipart), Chatwoot's attachment limit being 40 MB. */
  fileLimitBytes: number;
  /**
   * Whether the request's operation takes files (its spec requestBody has multipart/form-data): only
   * then are multipart files kept in memory; elsewhere their bytes are read and let go. Default: all.
   */
  takesFiles?: (req: IncomingMessage) => boolean;
}

/** Files one request may upload where files are taken (more: 400). */
const MAX_FILES = 20;
/** File parts a multipart body may carry where they are ignored: Rack's multipart_part_limit. */
const MAX_IGNORED_FILES = 128;

/**
 * Multer storage that reads each file to its end and keeps nothing: Rails parses a multipart body
 * whatever the route (files go to tempfiles the controller never opens), so fields still count.
 */
const discardFiles: StorageEngine = {
  _handleFile(_req, file, callback) {
    file.stream.on('error', callback);
    file.stream.on('end', () => callback(null, { size: 0 }));
    file.stream.resume();
  },
  _removeFile(_req, _file, callback) {
    callback(null);
  },
};

/** Node's request with what the body step parsed. */
export type BodyRequest = IncomingMessage & { body?: unknown; files?: unknown };

/** Where the JSON parser leaves the raw UTF-8 body on the request (see Journal). */
export const RAW_JSON_BODY = Symbol('chatwoot-fake raw JSON body');

/** Keys that could reach an object's prototype if a body were merged into a record. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Ruby's JSON.parse refuses documents nested deeper than 100 (max_nesting; JSON::NestingError): Rails
 * answers 400 Bad Request. Applied to every parsed body.
 */
const MAX_NESTING = 100;

/**
 * Bracketed form and query keys (`a[b][c]…`) nested deeper than this are a 400: Rack 3's
 * param_depth_limit (ParamsTooDeepError → ActionController::BadRequest). Rack 2.2, which the Rails 7.0
 * lockfile of Chatwoot pins, allows 100; the fake keeps the stricter limit body-parser had.
 */
export const MAX_FORM_DEPTH = 32;

/**
 * More parameters than this in one form body or query string are a 400, as Rack refuses a params
 * count past its limit (4096 in Rack 3.1 and 2.2.14+; none in 2.2.13); the fake keeps body-parser's 5000.
 */
export const MAX_PARAMS = 5000;

/** Whether a parsed body is the empty params hash (a plain object without keys): what no body parses to. */
export function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** Whether a parsed body nests deeper than Rails accepts (walked without recursion: a body may be 100k deep). */
function tooDeep(value: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_NESTING) return true;
    for (const key of Object.keys(node))
      stack.push({ value: (node as Record<string, unknown>)[key], depth: depth + 1 });
  }
  return false;
}

/** The path to the first key of FORBIDDEN_KEYS in a parsed body, if any (bodies are at most 100 deep). */
export function forbiddenKeyPath(value: unknown, path: string[] = []): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = forbiddenKeyPath((value as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Media types

/** Rails' Mime::Type name rule (actionpack mime_type.rb, MIME_NAME). */
const MIME_NAME = '[a-z0-9][a-z0-9!#$&^_.+-]{0,126}';
const MEDIA_TYPE = new RegExp(`^(?:\\*/\\*|${MIME_NAME}/(?:\\*|${MIME_NAME}))$`);

type BodyKind = 'json' | 'form' | 'multipart' | 'other';

/** How Rails reads a body of this Content-Type (the part before `;` or `,`, case-insensitive). */
function bodyKindOf(contentType: string | undefined): BodyKind {
  if (contentType === undefined) return 'other';
  const media = /^[^,;]*/.exec(contentType)![0].trim().toLowerCase();
  if (!MEDIA_TYPE.test(media)) return 'other';
  if (media === 'application/json' || /^application\/[^/]+\+json$/.test(media)) return 'json';
  if (media === 'application/x-www-form-urlencoded') return 'form';
  // Rack::Multipart needs a boundary; without one the body is ignored.
  if (media === 'multipart/form-data' && /boundary="?[^";,]+/i.test(contentType)) return 'multipart';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Form bodies and query strings

/** A malformed %-escape, or one that decodes to bytes that are not UTF-8 (qs leaves both as they were). */
class InvalidEncoding extends Error {}

/** qs's decoder, strict as Rack: `%ZZ`, a lone `%` and `%FF` (not UTF-8) are invalid parameters. */
function strictDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    throw new InvalidEncoding();
  }
}

/**
 * Parses a form body or a query string as Rack parses params (with qs's shapes: `a[]=1` an array,
 * `a[b]=1` an object, `__proto__` keys dropped); throws Rails' 400 for a malformed escape, too many
 * parameters or too deep a key. `arrayLimit` is Express's for queries (20), body-parser's for forms.
 */
export function parseParams(text: string, arrayLimit = 20): Record<string, unknown> {
  if (!text) return {};
  let count = 1;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (++count > MAX_PARAMS) throw badRequest();
  }
  try {
    return qs.parse(text, {
      allowPrototypes: true,
      arrayLimit,
      depth: MAX_FORM_DEPTH,
      strictDepth: true,
      parameterLimit: MAX_PARAMS,
      decoder: strictDecode,
    }) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof InvalidEncoding || err instanceof RangeError) throw badRequest();
    throw err;
  }
}

/**
 * A JSON body as the parameters of an operation that takes none (a GET's body, which Rails merges into
 * `params`): the shapes a query string gives (text, arrays, objects), so handlers see what `?key=…`
 * would have given them; prototype keys are dropped like qs drops them.
 */
export function asQueryParams(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(asQueryParams);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (!FORBIDDEN_KEYS.has(key)) out[key] = asQueryParams((value as Record<string, unknown>)[key]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

const UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** A body limit in bytes: a number, or text such as `'1mb'`, `'500kb'` (binary units, as body-parser). */
export function byteLimit(limit: string | number): number {
  if (typeof limit === 'number') return limit;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(limit);
  if (!m) throw new Error(`bodyLimit: cannot read ${JSON.stringify(limit)} (bytes, or e.g. "1mb")`);
  return Math.floor(Number(m[1]) * UNITS[(m[2] ?? 'b').toLowerCase()]);
}

/**
 * Reads the whole body as bytes. Over `limit` it goes on reading (and dropping) to the end before
 * answering 413, so the client can read the answer; a body shorter or longer than its Content-Length,
 * or a connection closed half-way, is a 400 (nobody may be there to read it).
 */
function readBytes(
  req: IncomingMessage,
  limit: number,
  done: (err: HttpError | undefined, bytes?: Buffer) => void,
) {
  const declared = req.headers['content-length'];
  const expected = declared === undefined ? undefined : Number(declared);
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (err: HttpError | undefined, bytes?: Buffer) => {
    if (finished) return;
    finished = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    req.off('close', onClose);
    done(err, bytes);
  };
  const onData = (chunk: Buffer) => {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
    else chunks.length = 0;
  };
  const onEnd = () => {
    if (size > limit) return finish(payloadTooLarge());
    if (expected !== undefined && size !== expected) return finish(badRequest());
    finish(undefined, Buffer.concat(chunks, size));
  };
  const onError = () => finish(badRequest());
  const onClose = () => {
    if (!req.complete) finish(badRequest());
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('close', onClose);
}

/** The whole body as bytes, at most `limit` of them (413 past it; 400 for a broken body), for raw uploads. */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    readBytes(req, limit, (err, bytes) => (err ? reject(err) : resolve(bytes ?? Buffer.alloc(0)))),
  );
}

/** JSON as Rails' params parser reads it (json gem, max_nesting 100); only objects and arrays, as before. */
function parseJson(bytes: Buffer): unknown {
  if (!bytes.length) return {};
  if (!isUtf8(bytes)) throw badRequest();
  const text = bytes.toString('utf8');
  const first = /^[\x20\x09\x0a\x0d]*(.)/s.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw badRequest();
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest();
  }
}

function parseForm(bytes: Buffer): Record<string, unknown> {
  if (!isUtf8(bytes)) throw badRequest();
  return parseParams(bytes.toString('utf8'), 100);
}

/**
 * The body step's parser: leaves the parameters on `req.body` (an empty object when there are none)
 * and uploads on `req.files`; `next(err)` with Rails' 400 or 413 when the body cannot be read.
 */
export function bodyParser(options: BodyOptions) {
  const limit = byteLimit(options.limit);
  // Built on the first multipart request (multer and busboy cost ~50 ms to load).
  let upload: { files: RequestHandler; fields: RequestHandler } | undefined;
  const multipart = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const multer = require('multer') as typeof import('multer');
    const limits = { fieldSize: 1024 * 1024, fields: 1000 };
    return {
      files: multer({
        storage: multer.memoryStorage(),
        limits: { ...limits, fileSize: options.fileLimitBytes, files: MAX_FILES },
      }).any(),
      fields: multer({ storage: discardFiles, limits: { ...limits, files: MAX_IGNORED_FILES } }).any(),
    };
  };

  const settle = (req: BodyRequest, next: (err?: unknown) => void) => {
    if (req.body === undefined || req.body === null || typeof req.body !== 'object') req.body = {};
    if (tooDeep(req.body)) return next(badRequest());
    next();
  };

  return (req: BodyRequest, res: ServerResponse, next: (err?: unknown) => void): void => {
    const kind = bodyKindOf(req.headers['content-type']);
    if (kind === 'other') {
      req.body = {};
      return next();
    }
    if (kind === 'multipart') {
      const takesFiles = options.takesFiles?.(req) ?? true;
      upload ??= multipart();
      (takesFiles ? upload.files : upload.fields)(req as Request, res as Response, (err: unknown) => {
        if (!takesFiles) req.files = [];
        if (!err) return settle(req, next);
        const code = (err as { code?: string }).code;
        next(code === 'LIMIT_FILE_SIZE' || code === 'LIMIT_FIELD_VALUE' ? payloadTooLarge() : badRequest());
      });
      return;
    }
    readBytes(req, limit, (err, bytes) => {
      if (err) return next(err);
      try {
        if (kind === 'json') {
          req.body = parseJson(bytes!);
          // Kept for the journal, which records the body as sent without copying the parsed one.
          (req as BodyRequest & { [RAW_JSON_BODY]?: Buffer })[RAW_JSON_BODY] = bytes;
        } else req.body = parseForm(bytes!);
      } catch (e) {
        return next(e);
      }
      settle(req, next);
    });
  };
}

/**
 * An error some other reader of a request raised (body-parser on the control API, http-errors with a
 * 4xx status and `expose`): Rails' 400, or 413 for a body too large. Never a 5xx for client input.
 */
export function clientInputError(err: any): HttpError | undefined {
  const status = typeof err?.status === 'number' ? err.status : err?.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  return status === 413 ? payloadTooLarge() : badRequest();
}
