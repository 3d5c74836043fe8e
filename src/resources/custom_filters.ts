import { changeRecord } from '../domain/changes';
import { accountOf, actingUser, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { HttpError, invalidRecord, notFound } from '../http/errors';
import { requireParams, toId } from '../http/params';
import { CUSTOM_FILTER_TYPES, type CustomFilter, type CustomFilterType, type JsonObject } from '../store';
import { customFilterView } from '../views/custom_filter';
import { Errors } from '../domain/validations';
import { isHash } from '../rails/casts';

/** CustomFilter's columns: what Rails' wrap_parameters lifts from a flat JSON body. */
const ATTRIBUTES = [
  'id',
  'name',
  'filter_type',
  'query',
  'account_id',
  'user_id',
  'created_at',
  'updated_at',
] as const;

/** Limits::MAX_CUSTOM_FILTERS_PER_USER, and its message (errors.custom_filters.number_of_records). */
export const MAX_CUSTOM_FILTERS_PER_USER = 1000;
const LIMIT_MESSAGE = `Limit reached. The maximum number of allowed custom filters for a user per account is ${MAX_CUSTOM_FILTERS_PER_USER}.`;

/** The caller's key in the filters' `user` index: filters belong to one user in one account. */
function ownerKey(ctx: RequestContext): [number, number] {
  const user = actingUser(ctx);
  if (!user) throw new Error('custom filters: no acting user');
  return [accountOf(ctx).id, user.id];
}

const own = (ctx: RequestContext) => ctx.tables.customFilters.where('user', ownerKey(ctx));

/** Another user's filter, or one of another account, is simply not found. */
function findFilter(ctx: RequestContext): CustomFilter {
  const id = toId(ctx.params.id) ?? -1;
  const filter = own(ctx).find((f) => f.id === id);
  if (!filter) throw notFound();
  return filter;
}

/** A Rails enum read by name or by its integer value. */
function filterType(value: unknown): CustomFilterType | undefined {
  if (typeof value === 'string' && (CUSTOM_FILTER_TYPES as readonly string[]).includes(value)) {
    return value as CustomFilterType;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return CUSTOM_FILTER_TYPES[value];
  return undefined;
}

/** The permitted payload; `null` where the body sets a column to null. */
interface Draft {
  name?: string | null;
  filter_type?: CustomFilterType | null;
  query?: JsonObject | null;
}

/** `permit(:name, :filter_type, query: {})`: `query` survives only as an object. */
function fields(params: Record<string, any>): Draft {
  const draft: Draft = {};
  if (params.name !== undefined) draft.name = params.name === null ? null : String(params.name);
  if (params.filter_type !== undefined) draft.filter_type = filterType(params.filter_type) ?? null;
  const q = params.query;
  if (isHash(q)) draft.query = q as JsonObject;
  return draft;
}

/** `validate_number_of_filters`: the user's filters in the account, counted before saving. */
function checkLimit(count: number): void {
  if (count >= MAX_CUSTOM_FILTERS_PER_USER) {
    throw invalidRecord([{ attribute: 'account_id', message: `Account ${LIMIT_MESSAGE}` }]);
  }
}

/**
 * `name`, `query` and `filter_type` are NOT NULL columns without model validations: a missing value
 * reaches the database and fails there (an unrescued error: Rails answers 500). The fake answers 422
 * `{"message":"Name can't be blank","attributes":["name"]}`, naming every missing column.
 */
function complete(draft: Draft): Pick<CustomFilter, 'name' | 'filter_type' | 'query'> {
  const { name, filter_type, query } = draft;
  const errors = new Errors();
  if (name === null || name === undefined) errors.add('name', "Name can't be blank");
  if (query === null || query === undefined) errors.add('query', "Query can't be blank");
  if (filter_type === null || filter_type === undefined)
    errors.add('filter_type', "Filter type can't be blank");
  if (errors.any || name == null || query == null || filter_type == null) throw invalidRecord(errors.list);
  return { name, filter_type, query };
}

function create(ctx: RequestContext) {
  const draft = fields(requireParams(ctx.body, 'custom_filter', ATTRIBUTES));
  const count = own(ctx).length;
  checkLimit(count);
  const record = complete({ filter_type: 'conversation', ...draft });
  const now = ctx.store.clock.now();
  const created = ctx.tables.customFilters.insert({
    account_id: accountOf(ctx).id,
    user_id: actingUser(ctx)!.id,
    ...record,
    created_at: now,
    updated_at: now,
  });
  // The controller re-runs `valid?` after `create!`: the filter that reaches the limit is saved, yet the
  // answer is 422 `{"error": {"account_id": [...]}}` (app/controllers/api/v1/accounts/custom_filters_controller.rb).
  if (count + 1 >= MAX_CUSTOM_FILTERS_PER_USER) {
    throw new HttpError(422, { error: { account_id: [LIMIT_MESSAGE] } });
  }
  return ok(customFilterView(created));
}

function update(ctx: RequestContext) {
  const existing = findFilter(ctx);
  const draft = fields(requireParams(ctx.body, 'custom_filter', ATTRIBUTES));
  // The count includes this very filter, so at the limit even an update is refused.
  checkLimit(own(ctx).length);
  const record = complete({ ...existing, ...draft });
  const saved = changeRecord(ctx.store, ctx.tables.customFilters, existing, record).record;
  return ok(customFilterView(saved));
}

/** `filter_type` defaults to conversation; a value that is not a type (even "") matches nothing. */
function list(ctx: RequestContext) {
  const raw = ctx.query.filter_type;
  const type =
    raw === undefined ? 'conversation' : filterType(/^\d+$/.test(String(raw)) ? Number(raw) : String(raw));
  const filters = type ? own(ctx).filter((f) => f.filter_type === type) : [];
  return ok(filters.map(customFilterView));
}

export const handlers: HandlerMap = {
  listCustomFilters: list,
  getCustomFilter: (ctx) => ok(customFilterView(findFilter(ctx))),
  createCustomFilter: create,
  updateCustomFilter: update,
  replaceCustomFilter: update,
  deleteCustomFilter: (ctx) => {
    ctx.tables.customFilters.delete(findFilter(ctx).id);
    return empty(204);
  },
};
