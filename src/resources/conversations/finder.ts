/**
 * Finding conversations: the list, its counts and search (app/finders/conversation_finder.rb,
 * conversations_controller.rb#index, #meta, #search) and the advanced filter
 * (app/services/conversations/filter_service.rb).
 */
import { accountTeam, visibleInboxIds } from '../../domain/access';
import { customAttributeKeys } from '../../domain/custom_attributes';
import { compileFilter, type FilterAttributes } from '../../domain/filters';
import { labelList } from '../../domain/labels';
import { accountOf, actingUser, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { toId } from '../../http/params';
import { pageNumber, paginate } from '../../rails/pagination';
import type { Conversation, Message } from '../../store';
import { conversationSearchView, conversationView } from '../../views/conversation';

/** ENV CONVERSATION_RESULTS_PER_PAGE, default 25 (Kaminari's default for the filter too). */
const PER_PAGE = 25;

type Counts = { mine_count: number; assigned_count: number; unassigned_count: number; all_count: number };

function render(ctx: RequestContext, conversation: Conversation) {
  return conversationView(ctx.tables, ctx.tables.conversations.get(conversation.id)!, actingUser(ctx)?.id);
}

// ---------------------------------------------------------------------------------------------
// listing (ConversationFinder)

const PRIORITY_RANK: Record<string, number> = { low: 0, medium: 1, high: 2, urgent: 3 };
type Compare = (a: Conversation, b: Conversation) => number;

/** Compares with NULLS LAST whatever the direction. */
function nullsLast(a: number | null, b: number | null, dir: 1 | -1): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a - b) * dir;
}

const byLastActivity =
  (dir: 1 | -1): Compare =>
  (a, b) =>
    (a.last_activity_at - b.last_activity_at) * dir || (a.id - b.id) * dir;
const byCreated =
  (dir: 1 | -1): Compare =>
  (a, b) =>
    (a.created_at - b.created_at) * dir || (a.id - b.id) * dir;
// sort_on_priority: "priority <dir> NULLS LAST, last_activity_at DESC"
const byPriority =
  (dir: 1 | -1): Compare =>
  (a, b) =>
    nullsLast(
      a.priority === null ? null : PRIORITY_RANK[a.priority],
      b.priority === null ? null : PRIORITY_RANK[b.priority],
      dir,
    ) || byLastActivity(-1)(a, b);
// sort_on_waiting_since: "waiting_since <dir> NULLS LAST, created_at ASC"
const byWaiting =
  (dir: 1 | -1): Compare =>
  (a, b) =>
    nullsLast(a.waiting_since, b.waiting_since, dir) || byCreated(1)(a, b);

/** ConversationFinder::SORT_OPTIONS (incl. the legacy names). */
const SORTS: Record<string, Compare> = {
  last_activity_at_desc: byLastActivity(-1),
  last_activity_at_asc: byLastActivity(1),
  created_at_desc: byCreated(-1),
  created_at_asc: byCreated(1),
  priority_desc: byPriority(-1),
  priority_asc: byPriority(1),
  waiting_since_desc: byWaiting(-1),
  waiting_since_asc: byWaiting(1),
  latest: byLastActivity(-1),
  sort_on_created_at: byCreated(1),
  sort_on_priority: byPriority(-1),
  sort_on_waiting_since: byWaiting(1),
};

/** The account's conversations in one sort order, cached until the table changes. */
function sortedConversations(ctx: RequestContext, sortBy: unknown): Conversation[] {
  const key = typeof sortBy === 'string' && Object.hasOwn(SORTS, sortBy) ? sortBy : 'last_activity_at_desc';
  const accountId = accountOf(ctx).id;
  return ctx.tables.conversations.cached(`sorted:${accountId}:${key}`, () =>
    ctx.tables.conversations.where('account', accountId).sort(SORTS[key]),
  );
}

/** The conversations the caller may see, in `sortBy` order (ConversationPolicy / PermissionFilterService). */
function visibleConversations(ctx: RequestContext, sortBy?: unknown): Conversation[] {
  const visible = visibleInboxIds(ctx);
  const all = sortedConversations(ctx, sortBy);
  return visible === 'all' ? all : all.filter((c) => visible.has(c.inbox_id));
}

function hasMessageMatching(ctx: RequestContext, conversation: Conversation, test: (m: any) => boolean) {
  return ctx.tables.messages.where('conversation', conversation.id).some(test);
}

/** Builds ConversationFinder's filters (everything except assignee_type) as one predicate. */
function finderPredicate(ctx: RequestContext): (c: Conversation) => boolean {
  const q = ctx.query;
  const me = actingUser(ctx)?.id;
  const tests: ((c: Conversation) => boolean)[] = [];

  if (q.inbox_id !== undefined) {
    // @current_user.assigned_inboxes.where(id: inbox_id): another inbox simply matches nothing.
    const inboxId = toId(q.inbox_id);
    tests.push((c) => c.inbox_id === inboxId);
  }
  if (q.team_id !== undefined) {
    const team = accountTeam(ctx, toId(q.team_id));
    if (!team) throw notFound(); // current_account.teams.find
    tests.push((c) => c.team_id === team.id);
  }
  if (q.conversation_type === 'unattended') {
    tests.push((c) => c.first_reply_created_at === null || c.waiting_since !== null);
  } else if (q.conversation_type === 'mention') {
    const link = `mention://user/${me}/`;
    tests.push((c) => hasMessageMatching(ctx, c, (m) => m.private && (m.content ?? '').includes(link)));
  } else if (q.conversation_type === 'participating') {
    // current_user.participating_conversations (conversation_participants), within the caller's inboxes.
    const accountId = accountOf(ctx).id;
    const mine = new Set(
      me === undefined
        ? []
        : ctx.tables.conversationParticipants
            .where('user', me)
            .filter((p) => p.account_id === accountId)
            .map((p) => p.conversation_id),
    );
    tests.push((c) => mine.has(c.id));
  }
  // filter_by_status unless params[:q]
  if (q.q === undefined) {
    const status = q.status === undefined ? 'open' : String(q.status);
    if (status !== 'all') tests.push((c) => c.status === status);
  }
  if (q.labels !== undefined) {
    const wanted = labelList(Array.isArray(q.labels) ? q.labels : [q.labels]).map((l) => l.toLowerCase());
    tests.push((c) => c.labels.some((l) => wanted.includes(l.toLowerCase())));
  }
  if (q.q !== undefined) {
    const needle = String(q.q).toLowerCase();
    tests.push((c) =>
      hasMessageMatching(
        ctx,
        c,
        (m) =>
          (m.message_type === 0 || m.message_type === 1) && (m.content ?? '').toLowerCase().includes(needle),
      ),
    );
  }
  if (q.source_id !== undefined) {
    const sourceId = String(q.source_id);
    tests.push((c) => ctx.tables.contactInboxes.get(c.contact_inbox_id)?.source_id === sourceId);
  }
  if (q.updated_within !== undefined) {
    const since = ctx.store.clock.peek() - Number(q.updated_within) * 1000;
    tests.push((c) => c.updated_at > since);
  }
  return (c) => tests.every((t) => t(c));
}

/** mine / unassigned / all over a filtered set; assigned = all - unassigned. */
function countsOf(ctx: RequestContext, conversations: Conversation[]): Counts {
  const me = actingUser(ctx)?.id;
  let mine = 0;
  let unassigned = 0;
  for (const c of conversations) {
    if (c.assignee_id === null) unassigned++;
    else if (c.assignee_id === me) mine++;
  }
  return {
    mine_count: mine,
    assigned_count: conversations.length - unassigned,
    unassigned_count: unassigned,
    all_count: conversations.length,
  };
}

function pageOf<T>(items: T[], page: unknown): T[] {
  return paginate(items, pageNumber(page), PER_PAGE);
}

/** ConversationFinder#perform: the counts and one page of the filtered conversations. */
function findConversations(ctx: RequestContext): { counts: Counts; page: Conversation[] } {
  const predicate = finderPredicate(ctx);
  const filtered = visibleConversations(ctx, ctx.query.sort_by).filter(predicate);
  const counts = countsOf(ctx, filtered);
  const me = actingUser(ctx)?.id;
  const byAssignee: Record<string, (c: Conversation) => boolean> = {
    me: (c) => c.assignee_id === me,
    unassigned: (c) => c.assignee_id === null,
    assigned: (c) => c.assignee_id !== null,
  };
  const assigneeType = String(ctx.query.assignee_type);
  const assigneeTest = Object.hasOwn(byAssignee, assigneeType) ? byAssignee[assigneeType] : undefined;
  const selected = assigneeTest ? filtered.filter(assigneeTest) : filtered;
  const page = ctx.query.updated_within !== undefined ? selected : pageOf(selected, ctx.query.page);
  return { counts, page };
}

function list(ctx: RequestContext) {
  const { counts, page } = findConversations(ctx);
  return ok({ data: { meta: counts, payload: page.map((c) => render(ctx, c)) } });
}

/**
 * GET /conversations/search: the same finder as the list (`q` searches message content), rendered
 * with search.json.jbuilder: `{meta: {mine_count, unassigned_count, all_count}, payload}` of the slim
 * api/v1/models/_conversation partial. With `q`, the finder's `includes(:messages).where(...)`
 * preloads only the matching messages, so `messages` holds those alone.
 */
function search(ctx: RequestContext) {
  const { counts, page } = findConversations(ctx);
  const q = ctx.query.q === undefined ? undefined : String(ctx.query.q).toLowerCase();
  const matches = (m: Message) =>
    q === undefined ||
    ((m.message_type === 0 || m.message_type === 1) && (m.content ?? '').toLowerCase().includes(q));
  return ok({
    meta: {
      mine_count: counts.mine_count,
      unassigned_count: counts.unassigned_count,
      all_count: counts.all_count,
    },
    payload: page.map((c) => conversationSearchView(ctx.tables, c, matches)),
  });
}

function meta(ctx: RequestContext) {
  const predicate = finderPredicate(ctx);
  return ok({ meta: countsOf(ctx, visibleConversations(ctx).filter(predicate)) });
}

// ---------------------------------------------------------------------------------------------
// filter (Conversations::FilterService)

const additional = (key: string) => (c: Conversation) => c.additional_attributes[key] ?? null;

/** lib/filters/filter_keys.yml `conversations`, in its order (upstream keys only). */
const FILTER_ATTRIBUTES: FilterAttributes<Conversation> = {
  status: { dataType: 'text', operators: ['equal_to', 'not_equal_to'], value: (c) => c.status },
  assignee_id: {
    dataType: 'text',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (c) => c.assignee_id,
  },
  inbox_id: {
    dataType: 'text',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (c) => c.inbox_id,
  },
  team_id: {
    dataType: 'number',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (c) => c.team_id,
  },
  priority: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: (c) => c.priority,
  },
  display_id: {
    dataType: 'text',
    operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'],
    value: (c) => c.display_id,
  },
  campaign_id: {
    dataType: 'number',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: () => null,
  },
  labels: {
    dataType: 'labels',
    operators: ['equal_to', 'not_equal_to', 'is_present', 'is_not_present'],
    value: (c) => c.labels,
  },
  browser_language: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: additional('browser_language'),
  },
  conversation_language: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: additional('conversation_language'),
  },
  country_code: {
    dataType: 'text_case_insensitive',
    operators: ['equal_to', 'not_equal_to'],
    value: additional('country_code'),
  },
  referer: {
    dataType: 'link',
    operators: ['equal_to', 'not_equal_to', 'contains', 'does_not_contain'],
    value: additional('referer'),
  },
  created_at: {
    dataType: 'date',
    operators: ['is_greater_than', 'is_less_than', 'days_before'],
    value: (c) => c.created_at,
  },
  last_activity_at: {
    dataType: 'date',
    operators: ['is_greater_than', 'is_less_than', 'days_before'],
    value: (c) => c.last_activity_at,
  },
};

/** `status` values: Chatwoot maps them through the enum, and `all` means every status. */
function statusAware(payload: unknown): unknown {
  if (!Array.isArray(payload)) return payload;
  return payload.map((raw) => {
    if (!raw || typeof raw !== 'object' || raw.attribute_key !== 'status') return raw;
    const values = Array.isArray(raw.values) ? raw.values : [raw.values];
    return values.includes('all') ? { ...raw, values: ['open', 'resolved', 'pending', 'snoozed'] } : raw;
  });
}

function filter(ctx: RequestContext) {
  const predicate = compileFilter(statusAware(ctx.body?.payload), FILTER_ATTRIBUTES, {
    customAttributeKeys: customAttributeKeys(ctx.tables, accountOf(ctx).id, 'conversation_attribute'),
    now: ctx.store.clock.peek(),
  });
  const matching = visibleConversations(ctx).filter(predicate);
  return ok({
    meta: countsOf(ctx, matching),
    payload: pageOf(matching, ctx.query.page).map((c) => render(ctx, c)),
  });
}

export const handlers: HandlerMap = {
  listConversations: list,
  getConversationCounts: meta,
  searchConversations: search,
  filterConversations: filter,
};
