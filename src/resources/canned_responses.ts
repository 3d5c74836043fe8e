import { ilike } from '../rails/text';
import { changeRecord } from '../domain/changes';
import { accountOf, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord, notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import { blank } from '../rails/casts';
import type { CannedResponse } from '../store';
import { Errors } from '../domain/validations';
import { cannedResponseView } from '../views/canned_response';

/** CannedResponse's columns: what Rails' wrap_parameters lifts from a flat JSON body. */
const ATTRIBUTES = ['id', 'account_id', 'short_code', 'content', 'created_at', 'updated_at'] as const;

function findCannedResponse(ctx: RequestContext): CannedResponse {
  const response = ctx.tables.cannedResponses.get(toId(ctx.params.id) ?? -1);
  if (!response || response.account_id !== accountOf(ctx).id) throw notFound();
  return response;
}

/**
 * `?search=`: `short_code ILIKE '%q%' OR content ILIKE '%q%'`, ordered by the model's `order_by_search`
 * relevance (short_code starting with q: 1, short_code containing q: 0.5, content containing q: 0.2),
 * ties in id order.
 */
function search(responses: CannedResponse[], q: string): CannedResponse[] {
  const contains = ilike(`%${q}%`);
  const startsWith = ilike(`${q}%`);
  const score = (r: CannedResponse) => {
    if (r.short_code !== null && startsWith.test(r.short_code)) return 1;
    if (r.short_code !== null && contains.test(r.short_code)) return 0.5;
    if (r.content !== null && contains.test(r.content)) return 0.2;
    return 0;
  };
  return responses
    .map((r) => ({ r, s: score(r) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.r.id - b.r.id)
    .map(({ r }) => r);
}

function list(ctx: RequestContext) {
  const all = ctx.tables.cannedResponses.where('account', accountOf(ctx).id);
  const q = ctx.query.search;
  const found = q === undefined ? all : search(all, Array.isArray(q) ? q.join(',') : String(q));
  return ok(found.map(cannedResponseView));
}

const text = (value: unknown) => (value === null ? null : String(value));

/** Content and short_code presence, short_code unique in the account (case-sensitive). */
function validate(ctx: RequestContext, id: number, record: Pick<CannedResponse, 'short_code' | 'content'>) {
  const errors = new Errors();
  if (blank(record.content)) errors.add('content', "Content can't be blank");
  if (blank(record.short_code)) errors.add('short_code', "Short code can't be blank");
  else {
    const taken = ctx.tables.cannedResponses
      .where('account', accountOf(ctx).id)
      .some((r) => r.short_code === record.short_code && r.id !== id);
    if (taken) errors.add('short_code', 'Short code has already been taken');
  }
  if (errors.any) throw invalidRecord(errors.list);
}

function create(ctx: RequestContext) {
  const params = requireParams(ctx.body, 'canned_response', ATTRIBUTES);
  const record = {
    short_code: params.short_code === undefined ? null : text(params.short_code),
    content: params.content === undefined ? null : text(params.content),
  };
  validate(ctx, 0, record);
  const now = ctx.store.clock.now();
  const created = ctx.tables.cannedResponses.insert({
    account_id: accountOf(ctx).id,
    ...record,
    created_at: now,
    updated_at: now,
  });
  return ok(cannedResponseView(created));
}

function update(ctx: RequestContext) {
  const existing = findCannedResponse(ctx);
  const params = requireParams(ctx.body, 'canned_response', ATTRIBUTES);
  const changes: Partial<CannedResponse> = {};
  if (params.short_code !== undefined) changes.short_code = text(params.short_code);
  if (params.content !== undefined) changes.content = text(params.content);
  validate(ctx, existing.id, { ...existing, ...changes });
  const saved = changeRecord(ctx.store, ctx.tables.cannedResponses, existing, changes).record;
  return ok(cannedResponseView(saved));
}

export const handlers: HandlerMap = {
  listCannedResponses: list,
  createCannedResponse: create,
  updateCannedResponse: update,
  replaceCannedResponse: update,
  deleteCannedResponse: (ctx) => {
    ctx.tables.cannedResponses.delete(findCannedResponse(ctx).id);
    return empty();
  },
};
