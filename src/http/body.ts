import type { IncomingMessage } from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { StorageEngine } from 'multer';
import { HttpError, badRequest, invalidRecord, payloadTooLarge } from './errors';

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

/** Where the JSON parser leaves the raw UTF-8 body on the request (see Journal). */
/** Express's req.is('multipart/form-data'): a body (by its headers) of that media type. */
function isMultipart(req: Request): boolean {
  const type = req.headers['content-type'];
  const hasBody =
    req.headers['transfer-encoding'] !== undefined || req.headers['content-length'] !== undefined;
  return hasBody && typeof type === 'string' && /^\s*multipart\/form-data\s*(;|$)/i.test(type);
}

/** Whether a parsed body is the empty params hash (a plain object without keys): what no body parses to. */
export function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

export const RAW_JSON_BODY = Symbol('chatwoot-fake raw JSON body');

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Ruby's JSON.parse refuses documents nested deeper than 100 (max_nesting; JSON::NestingError) and
 * Rack refuses deeper form parameters (param_depth_limit): Rails answers 400 Bad Request.
 */
const MAX_NESTING = 100;

/**
 * Walks the parsed body without recursion (a hostile body may be nested 100k deep): the path to a
 * key that could reach an object's prototype if the body were merged into a record, or `'too-deep'`.
 */
function checkBody(value: unknown): string[] | 'too-deep' | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= MAX_NESTING) return 'too-deep';
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      stack.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

/**
 * Parses what Rails parses: JSON, urlencoded forms and multipart (bracketed keys such as
 * `contact[name]` become nested objects), then presents every body to the validator as JSON, so one
 * schema per operation serves all three encodings (the validator coerces "true"/"42" as Rails does).
 */
export function bodyParsers(options: BodyOptions) {
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
  return [
    express.json({
      limit: options.limit,
      type: ['application/json', 'application/*+json'],
      // Kept for the journal, which records the body as sent without copying the parsed one.
      verify: (req, _res, buf, encoding) => {
        if (/^utf-?8$/i.test(encoding)) (req as Request & { [RAW_JSON_BODY]?: Buffer })[RAW_JSON_BODY] = buf;
      },
    }),
    express.urlencoded({ extended: true, limit: options.limit, parameterLimit: 5000 }),
    (req: Request, res: Response, next: NextFunction) => {
      if (!isMultipart(req)) return next();
      const takesFiles = options.takesFiles?.(req) ?? true;
      upload ??= multipart();
      (takesFiles ? upload.files : upload.fields)(req, res, (err: unknown) => {
        if (!takesFiles) (req as Request & { files?: unknown }).files = [];
        if (!err) return next();
        const code = (err as { code?: string }).code;
        next(code === 'LIMIT_FILE_SIZE' || code === 'LIMIT_FIELD_VALUE' ? payloadTooLarge() : badRequest());
      });
    },
    (req: Request, _res: Response, next: NextFunction) => {
      if (req.body === undefined || req.body === null || typeof req.body !== 'object') req.body = {};
      const bad = checkBody(req.body);
      if (bad === 'too-deep') return next(badRequest());
      if (bad) {
        return next(
          invalidRecord([{ attribute: bad[0], message: `${bad.join('.')} is not a permitted parameter` }]),
        );
      }
      next();
    },
  ];
}

/** Maps body-parser's own errors to Rails-like answers. */
export function bodyParserError(err: any): HttpError | undefined {
  switch (err?.type) {
    case 'entity.parse.failed':
      return badRequest();
    case 'entity.too.large':
      return payloadTooLarge();
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, { status: 415, error: 'Unsupported Media Type' });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return badRequest();
    default:
      return undefined;
  }
}
