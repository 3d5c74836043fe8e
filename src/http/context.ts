import type { AvatarUpload } from '../domain/avatars';
import type { Scope } from '../domain/scope';
import type { Operation } from '../spec';
import type { Session } from '../store';

export type { Principal, Scope } from '../domain/scope';
export { accountOf, actingUser, actorOf, isAdministrator, recordEvent, recordEvents } from '../domain/scope';

export interface UploadedFile {
  fieldname: string;
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** What a handler gets: the store, the caller, and the request already validated against the spec. */
export interface RequestContext extends Scope {
  operation: Operation;
  params: Record<string, any>;
  query: Record<string, any>;
  body: any;
  files: UploadedFile[];
  /** The dashboard sign-in session that authenticated the call (devise `access-token`/`client`/`uid`). */
  session?: Session;
  /** This fake's own origin as the caller reached it (e.g. http://127.0.0.1:3000), for file URLs. */
  baseUrl?: string;
  /** The request's headers (Node's, lower-case names), for the few handlers that read one (the web widget's). */
  headers?: Record<string, string | string[] | undefined>;
}

/** A handler's answer: JSON with a status, or an empty body (Rails' `head :ok`). */
export type Reply = (
  | { status: number; body: unknown }
  | { status: number; empty: true }
  /**
   * A non-JSON body, e.g. a CSV download; `; charset=utf-8` is added to the type unless `asIs` (a
   * controller that sets `response.headers['Content-Type']` itself sends exactly that).
   */
  | { status: number; text: string; contentType: string; asIs?: true }
) & {
  /** Extra response headers (e.g. Rails' `head :ok, message: ...` sends a `Message` header). */
  headers?: Record<string, string>;
};

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const empty = (status = 200, headers?: Record<string, string>): Reply =>
  headers ? { status, empty: true, headers } : { status, empty: true };

/**
 * A download as Rails' `response.headers['Content-Type'] = 'text/csv'` and
 * `response.headers['Content-Disposition'] = "attachment; filename=..."` send it: the type exactly so.
 */
export const csvFile = (body: string, filename: string): Reply => ({
  status: 200,
  text: body,
  contentType: 'text/csv',
  asIs: true,
  headers: { 'Content-Disposition': `attachment; filename=${filename}` },
});

/** A non-JSON answer (e.g. `text/csv` with a Content-Disposition header). */
export const text = (body: string, contentType: string, headers?: Record<string, string>): Reply =>
  headers ? { status: 200, text: body, contentType, headers } : { status: 200, text: body, contentType };

export type Handler = (ctx: RequestContext) => Reply;
export type HandlerMap = Record<string, Handler>;

/** This fake's origin as the caller reached it, for the URLs of the files it serves. */
export const baseUrlOf = (ctx: RequestContext): string => ctx.baseUrl ?? 'http://127.0.0.1:3000';

/**
 * The avatar file of a multipart request: the first file sent under one of `fields` (the parameter
 * names the controller permits), with the base URL it will render with.
 */
export function avatarUpload(ctx: RequestContext, fields: readonly string[]): AvatarUpload | undefined {
  const file = ctx.files.find((f) => fields.includes(f.fieldname));
  return file && { file, baseUrl: baseUrlOf(ctx) };
}
