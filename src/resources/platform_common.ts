/**
 * What every platform API controller shares (app/controllers/platform_controller.rb): the calling
 * platform app, `set_resource` (an unknown id escapes as Rails' plain 404 — PlatformController has no
 * `handle_with_exception`), then `validate_platform_app_permissible` (401 "Non permissible resource").
 */
import { isPermissible } from '../domain/platform';
import type { RequestContext } from '../http/context';
import { HttpError, routeNotFound, unauthorized } from '../http/errors';
import { toId } from '../http/params';
import { isHash } from '../rails/casts';
import type { PermissibleType, PlatformApp } from '../store';

/** The calling platform app (auth guarantees it on /platform routes). */
export function platformAppOf(ctx: RequestContext): PlatformApp {
  const p = ctx.principal;
  if (p?.kind !== 'platform') throw new Error(`${ctx.operation.operationId}: no platform app in context`);
  return p.app;
}

/** `Model.find(id)` outside Chatwoot's exception handler: `{"status":404,"error":"Not Found"}`. */
export const recordNotFound = (): HttpError => routeNotFound();

export const nonPermissible = (): HttpError => unauthorized('Non permissible resource');

/** set_resource + validate_platform_app_permissible for one kind of object. */
export function findPermissible<T>(
  ctx: RequestContext,
  type: PermissibleType,
  id: unknown,
  get: (id: number) => T | undefined,
): T {
  const numeric = toId(id);
  const record = numeric === undefined ? undefined : get(numeric);
  if (record === undefined) throw recordNotFound();
  if (!isPermissible(ctx.tables, platformAppOf(ctx), type, numeric!)) throw nonPermissible();
  return record;
}

/** A permitted `key: {}` hash parameter: a JSON object, or undefined (strong parameters drop the rest). */
export function hashParam(value: unknown): Record<string, any> | undefined {
  return isHash(value) ? value : undefined;
}

/** A string column from a parameter: null stays null, other scalars become their string. */
export function textParam(value: unknown): string | null {
  return value === null ? null : String(value);
}
