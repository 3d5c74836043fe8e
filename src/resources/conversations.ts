/**
 * Conversations, their assignments and labels
 * (app/controllers/api/v1/accounts/conversations_controller.rb, conversations/assignments_controller.rb,
 * conversations/labels_controller.rb, app/finders/conversation_finder.rb,
 * app/services/conversations/filter_service.rb, app/builders/conversation_builder.rb).
 */
import { findConversation, findInbox, canSeeInbox, visibleInboxIds } from '../domain/access';
import {
  addParticipant,
  changeConversation,
  changeEvents,
  creationActivities,
  type ConversationChange,
} from '../domain/conversations';
import { updateContact } from '../domain/contacts';
import { labelList } from '../domain/labels';
import { contactInboxFor, insertConversation, insertMessage } from '../domain/records';
import { customAttributeKeys } from '../domain/custom_attributes';
import { compileFilter, type FilterAttributes } from '../domain/filters';
import {
  accountOf,
  actorOf,
  actingUser,
  empty,
  ok,
  recordEvent,
  recordEvents,
  type HandlerMap,
  type RequestContext,
} from '../http/context';
import { couldNotCreate, invalidAttribute, invalidRecord, notFound, unauthorized } from '../http/errors';
import { paginate } from '../http/pagination';
import { toId } from '../http/params';
import { castBoolean, isHash, present } from '../rails/casts';
import { pageNumber } from '../rails/pagination';
import type { Attachment, ContactInbox, Conversation, JsonObject, Message, Team, User } from '../store';
import { agentView, membershipOf } from '../views/agent';
import { conversationSearchView, conversationView } from '../views/conversation';
import { senderView } from '../views/message';
import { teamModelJson } from '../views/team';
import { iso, unix } from '../views/time';
import { Errors, validateJsonbAttributesLength } from '../domain/validations';
import type { TypingEventName } from '../events/types';

/** ENV CONVERSATION_RESULTS_PER_PAGE, default 25 (Kaminari's default for the filter too). */
const PER_PAGE = 25;

type Counts = { mine_count: number; assigned_count: number; unassigned_count: number; all_count: number };

// ---------------------------------------------------------------------------------------------
// helpers

function render(ctx: RequestContext, conversation: Conversation) {
  return conversationView(ctx.tables, ctx.tables.conversations.get(conversation.id)!, actingUser(ctx)?.id);
}

function recordChange(ctx: RequestContext, change: ConversationChange) {
  for (const event of changeEvents(change)) recordEvent(ctx, event.name, event.data);
}

/** A member of the account by user id (`Current.account.users.find_by(id:)`), or undefined. */
function accountUser(ctx: RequestContext, id: unknown): User | undefined {
  const userId = toId(id);
  if (userId === undefined) return undefined;
  return membershipOf(ctx.tables, accountOf(ctx).id, userId) ? ctx.tables.users.get(userId) : undefined;
}

/** A team of the account by id (`Current.account.teams.find_by(id:)`), or undefined. */
function accountTeam(ctx: RequestContext, id: unknown): Team | undefined {
  const teamId = toId(id);
  const team = teamId === undefined ? undefined : ctx.tables.teams.get(teamId);
  return team && team.account_id === accountOf(ctx).id ? team : undefined;
}

/** A time param as Rails casts it into a datetime column: unix seconds or a parseable string. */
function parseTime(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value * 1000;
  const text = String(value);
  if (/^-?\d+$/.test(text)) return Number(text) * 1000;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
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
    const team = accountTeam(ctx, q.team_id);
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

// ---------------------------------------------------------------------------------------------
// create (ConversationBuilder + Messages::MessageBuilder)

/** The contact inbox `create` works on, with the controller's before_actions in order. */
function contactInboxOf(ctx: RequestContext): ContactInbox {
  const body = ctx.body ?? {};
  const account = accountOf(ctx);
  // The controller's `inbox` and `contact` before_actions: `return if params[:inbox_id].blank?`.
  const inbox = present(body.inbox_id) ? findInbox(ctx, body.inbox_id) : undefined;
  let contact;
  if (present(body.contact_id)) {
    contact = ctx.tables.contacts.get(Number(body.contact_id));
    if (!contact || contact.account_id !== account.id) throw notFound();
  }
  const given = body.source_id;
  const sourceId = given === undefined || given === null || given === '' ? undefined : String(given);
  if (inbox && contact) return contactInboxFor(ctx.store, contact, inbox, sourceId);
  // Fallback: ContactInbox.find_by!(source_id:), then `authorize @contact_inbox.inbox, :show?`.
  if (sourceId === undefined) throw notFound();
  for (const candidate of ctx.tables.inboxes.where('account', account.id)) {
    const ci = ctx.tables.contactInboxes.findBy('source', [candidate.id, sourceId]);
    if (!ci) continue;
    if (!canSeeInbox(ctx, ci.inbox_id)) throw unauthorized('You are not authorized to do this action');
    return ci;
  }
  throw notFound();
}

function create(ctx: RequestContext) {
  const body = ctx.body ?? {};
  const { tables, store } = ctx;
  const contactInbox = contactInboxOf(ctx);
  const inbox = tables.inboxes.get(contactInbox.inbox_id)!;
  const contact = tables.contacts.get(contactInbox.contact_id)!;
  const actor = actorOf(ctx);
  const message = body.message && typeof body.message === 'object' ? body.message : undefined;

  // ConversationBuilder#look_up_exising_conversation
  const existing = inbox.lock_to_single_conversation
    ? tables.conversations.where('contactInbox', contactInbox.id)[0]
    : undefined;

  let conversation = existing;
  if (!conversation) {
    // Conversation.create!: the jsonb length validations (the only check of custom attribute values).
    const errors = new Errors();
    validateJsonbAttributesLength(errors, 'additional_attributes', body.additional_attributes);
    validateJsonbAttributesLength(errors, 'custom_attributes', body.custom_attributes);
    if (errors.any) throw invalidRecord(errors.list);
    // before_create :determine_conversation_status overrides the requested status.
    let status: Conversation['status'] = body.status ? body.status : 'open';
    if (contact.blocked) status = 'resolved';
    else if (tables.agentBotInboxes.countWhere('inbox', inbox.id) > 0) status = 'pending';
    const team =
      body.team_id === undefined || body.team_id === null ? undefined : accountTeam(ctx, body.team_id);
    let assignee = body.assignee_id === undefined ? undefined : accountUser(ctx, body.assignee_id);
    // ensure_assignee_is_from_team
    if (team && assignee && !tables.teamMembers.findBy('membership', [team.id, assignee.id])) {
      assignee = undefined;
    }
    conversation = insertConversation(store, {
      contactInbox,
      status,
      assignee_id: assignee?.id ?? null,
      team_id: team?.id ?? null,
      snoozed_until: parseTime(body.snoozed_until),
      additional_attributes: (body.additional_attributes ?? {}) as JsonObject,
      custom_attributes: (body.custom_attributes ?? {}) as JsonObject,
    });
  }

  const created = message
    ? insertMessage(store, conversation, {
        content: message.content ?? null,
        message_type: 1,
        private: message.private === true,
        content_type: message.content_type ?? 'text',
        content_attributes: (message.content_attributes ?? {}) as JsonObject,
        sender_type: actor?.type === 'AgentBot' ? 'AgentBot' : 'User',
        sender_id: actor?.id ?? null,
      })
    : undefined;

  // The response is rendered before the activity job runs.
  const body200 = render(ctx, conversation);
  if (!existing) {
    recordEvent(ctx, 'conversation_created', { conversationId: conversation.id });
    if (conversation.assignee_id !== null) {
      recordEvent(ctx, 'assignee_changed', { conversationId: conversation.id });
      addParticipant(store, conversation, conversation.assignee_id);
    }
    if (conversation.team_id !== null) recordEvent(ctx, 'team_changed', { conversationId: conversation.id });
  }
  if (created)
    recordEvent(ctx, 'message_created', { messageId: created.id, conversationId: conversation.id });
  if (!existing) {
    for (const activity of creationActivities(store, tables.conversations.get(conversation.id)!, actor)) {
      recordEvent(ctx, 'message_created', { messageId: activity.id, conversationId: conversation.id });
    }
  }
  return ok(body200);
}

// ---------------------------------------------------------------------------------------------
// member actions

function show(ctx: RequestContext) {
  return ok(render(ctx, findConversation(ctx, ctx.params.id)));
}

function toggleStatus(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const body = ctx.body ?? {};
  const actor = actorOf(ctx);
  const requested = typeof body.status === 'string' && body.status !== '' ? body.status : undefined;
  let success: boolean | null = true;
  let change: ConversationChange;

  if (actor?.type === 'AgentBot' && conversation.status === 'pending' && requested === 'open') {
    // bot_handoff!: open! then CONVERSATION_BOT_HANDOFF; @status stays nil.
    change = changeConversation(ctx.store, conversation, { status: 'open' }, actor);
    success = null;
    recordChange(ctx, change);
    recordEvent(ctx, 'conversation_bot_handoff', { conversationId: conversation.id });
  } else {
    const changes: Partial<Conversation> = {};
    if (requested) {
      changes.status = requested as Conversation['status'];
      if (body.snoozed_until !== undefined && body.snoozed_until !== null) {
        changes.snoozed_until = parseTime(body.snoozed_until);
      }
    } else {
      // Conversation#toggle_status
      changes.status = conversation.status === 'open' ? 'resolved' : 'open';
    }
    change = changeConversation(ctx.store, conversation, changes, actor);
    recordChange(ctx, change);
  }

  // handle_human_open: an agent (not an administrator) who opens it takes it.
  const current = ctx.tables.conversations.get(conversation.id)!;
  if (current.status === 'open' && actor?.type === 'User' && ctx.membership?.role === 'agent') {
    recordChange(ctx, changeConversation(ctx.store, current, { assignee_id: actor.id }, actor));
  }

  const after = ctx.tables.conversations.get(conversation.id)!;
  return ok({
    meta: {},
    payload: {
      success,
      conversation_id: after.display_id,
      current_status: after.status,
      snoozed_until: after.snoozed_until === null ? null : iso(after.snoozed_until),
    },
  });
}

function togglePriority(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const priority = ctx.body?.priority;
  const next =
    typeof priority === 'string' && priority !== '' ? (priority as Conversation['priority']) : null;
  recordChange(ctx, changeConversation(ctx.store, conversation, { priority: next }, actorOf(ctx)));
  return empty();
}

function assign(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const body = ctx.body ?? {};
  const actor = actorOf(ctx);
  if (Object.prototype.hasOwnProperty.call(body, 'assignee_id')) {
    const user = accountUser(ctx, body.assignee_id);
    recordChange(ctx, changeConversation(ctx.store, conversation, { assignee_id: user?.id ?? null }, actor));
    if (!user) return ok(null);
    return ok(agentView(user, membershipOf(ctx.tables, accountOf(ctx).id, user.id)!));
  }
  if (Object.prototype.hasOwnProperty.call(body, 'team_id')) {
    const team = accountTeam(ctx, body.team_id);
    recordChange(ctx, changeConversation(ctx.store, conversation, { team_id: team?.id ?? null }, actor));
    return ok(team ? teamModelJson(team) : null);
  }
  return ok(null);
}

function listLabels(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  return ok({ payload: conversation.labels });
}

function setLabels(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const labels = labelList(ctx.body?.labels);
  recordChange(ctx, changeConversation(ctx.store, conversation, { labels }, actorOf(ctx)));
  return ok({ payload: ctx.tables.conversations.get(conversation.id)!.labels });
}

// ---------------------------------------------------------------------------------------------
// update, custom attributes, mute, read state, typing, transcript, attachments, destroy

/** PATCH/PUT: `params.permit(:priority)` (Enterprise adds sla_policy_id), then `update!`. */
function update(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const body = ctx.body ?? {};
  if (Object.prototype.hasOwnProperty.call(body, 'priority')) {
    const priority = body.priority;
    const next =
      typeof priority === 'string' && priority !== '' ? (priority as Conversation['priority']) : null;
    recordChange(ctx, changeConversation(ctx.store, conversation, { priority: next }, actorOf(ctx)));
  }
  return ok(render(ctx, conversation));
}

/** ConversationCustomAttributesConcern#custom_attributes: replaces the hash (merges with `merge`). */
function setCustomAttributes(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const body = ctx.body ?? {};
  const given = isHash(body.custom_attributes) ? body.custom_attributes : {};
  const next = castBoolean(body.merge) ? { ...conversation.custom_attributes, ...given } : given;
  const errors = new Errors(); // save!: the jsonb length validation of the whole hash
  validateJsonbAttributesLength(errors, 'custom_attributes', next);
  if (errors.any) throw invalidRecord(errors.list);
  recordChange(ctx, changeConversation(ctx.store, conversation, { custom_attributes: next }, actorOf(ctx)));
  return ok({ custom_attributes: ctx.tables.conversations.get(conversation.id)!.custom_attributes });
}

/** contact.update(blocked:): the contact_updated event when it changes. */
function setContactBlocked(ctx: RequestContext, contactId: number, blocked: boolean): void {
  const contact = ctx.tables.contacts.get(contactId);
  if (contact) recordEvents(ctx, updateContact(ctx, contact, { blocked }).events);
}

/** create_mute_change_activity: "<user> has muted the conversation" (only when Current.user is set). */
function muteActivity(ctx: RequestContext, conversation: Conversation, change: 'muted' | 'unmuted') {
  const actor = actorOf(ctx);
  if (!actor) return;
  const current = ctx.tables.conversations.get(conversation.id)!;
  const activity = insertMessage(ctx.store, current, {
    message_type: 2,
    content: `${actor.name} has ${change} the conversation`,
  });
  recordEvent(ctx, 'message_created', { messageId: activity.id, conversationId: conversation.id });
}

/**
 * Conversation#mute! (ConversationMuteHelpers): resolves the conversation, blocks the contact (that
 * is what `muted` reads) and adds the activity message.
 */
function mute(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  recordChange(ctx, changeConversation(ctx.store, conversation, { status: 'resolved' }, actorOf(ctx)));
  setContactBlocked(ctx, conversation.contact_id, true);
  muteActivity(ctx, conversation, 'muted');
  return empty();
}

/** Conversation#unmute!: unblocks the contact; the status stays as it is. */
function unmute(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  setContactBlocked(ctx, conversation.contact_id, false);
  muteActivity(ctx, conversation, 'unmuted');
  return empty();
}

/** update_columns of the last-seen times (no updated_at, no events). */
function setLastSeen(ctx: RequestContext, conversation: Conversation, at: number | null, assignee: boolean) {
  const changes: Partial<Conversation> = { agent_last_seen_at: at };
  if (assignee) changes.assignee_last_seen_at = at;
  ctx.tables.conversations.update(conversation.id, changes);
}

/** `messages.unread_since(time)`: messages (of any type) created after it; all when it is nil. */
function anyMessageSince(ctx: RequestContext, conversation: Conversation, since: number | null): boolean {
  const after = since ?? -Infinity;
  return ctx.tables.messages.where('conversation', conversation.id).some((m) => m.created_at > after);
}

const HOUR = 3_600_000;

/**
 * ConversationsController#update_last_seen: agent_last_seen_at (and assignee_last_seen_at when the
 * caller is the assignee) become now. Without unread messages the write is throttled to once an hour.
 */
function updateLastSeen(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const user = actingUser(ctx);
  const assignee = conversation.assignee_id !== null && user?.id === conversation.assignee_id;
  const unread = assignee
    ? anyMessageSince(ctx, conversation, conversation.assignee_last_seen_at)
    : anyMessageSince(ctx, conversation, conversation.agent_last_seen_at);
  const hourAgo = ctx.store.clock.peek() - HOUR;
  const stale = (t: number | null) => t === null || t < hourAgo;
  const due =
    unread ||
    stale(conversation.agent_last_seen_at) ||
    (assignee && stale(conversation.assignee_last_seen_at));
  if (due) setLastSeen(ctx, conversation, ctx.store.clock.now(), assignee);
  return ok(render(ctx, conversation));
}

/** ConversationsController#unread: last seen = one second before the last incoming message. */
function markUnread(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  let last: Message | undefined;
  for (const m of ctx.tables.messages.where('conversation', conversation.id)) {
    if (m.message_type === 0 && (!last || m.id > last.id)) last = m;
  }
  setLastSeen(ctx, conversation, last ? last.created_at - 1000 : null, true);
  return ok(render(ctx, conversation));
}

const TYPING_EVENTS: Record<string, TypingEventName> = {
  on: 'conversation_typing_on',
  off: 'conversation_typing_off',
  recording: 'conversation_recording',
};

/** Conversations::TypingStatusManager: an event with the typer; other values do nothing. */
function toggleTypingStatus(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const body = ctx.body ?? {};
  const name = TYPING_EVENTS[String(body.typing_status)];
  const actor = actorOf(ctx);
  if (name) {
    recordEvent(ctx, name, {
      conversationId: conversation.id,
      userType: actor?.type ?? null,
      userId: actor?.id ?? null,
      isPrivate: body.is_private === true || body.is_private === 'true',
    });
  }
  return empty();
}

/**
 * ConversationsController#transcript: Chatwoot mails the transcript (ConversationReplyMailer); the
 * fake records a `conversation_transcript` event with the address instead.
 */
function transcript(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const email = ctx.body?.email;
  if (email === undefined || email === null || String(email).trim() === '') {
    throw couldNotCreate('email param missing');
  }
  recordEvent(ctx, 'conversation_transcript', { conversationId: conversation.id, email: String(email) });
  return empty();
}

/** ConversationsController::ATTACHMENT_RESULTS_PER_PAGE */
const ATTACHMENTS_PER_PAGE = 100;

/** GET /conversations/{id}/attachments: newest first, 100 a page (attachments.json.jbuilder). */
function listAttachments(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const all: { attachment: Attachment; message: Message }[] = [];
  for (const message of ctx.tables.messages.where('conversation', conversation.id)) {
    for (const attachment of message.attachments) all.push({ attachment, message });
  }
  all.sort((a, b) => b.message.created_at - a.message.created_at || b.attachment.id - a.attachment.id);
  const page = paginate(all, pageNumber(ctx.query.page), ATTACHMENTS_PER_PAGE);
  return ok({
    meta: { total_count: all.length },
    payload: page.map(({ attachment: a, message: m }) => {
      const sender = senderView(ctx.tables, m);
      return {
        message_id: m.id,
        thumb_url: a.thumb_url,
        data_url: a.data_url,
        file_size: a.file_size,
        file_type: a.file_type,
        extension: a.extension,
        width: a.width,
        height: a.height,
        created_at: unix(m.created_at),
        ...(sender ? { sender } : {}),
      };
    }),
  });
}

/** DELETE (administrators): DeleteObjectJob destroys the conversation and what belongs to it. */
function destroy(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.id);
  const { tables } = ctx;
  for (const m of tables.messages.where('conversation', conversation.id)) tables.messages.delete(m.id);
  for (const p of tables.conversationParticipants.where('conversation', conversation.id)) {
    tables.conversationParticipants.delete(p.id);
  }
  tables.conversations.delete(conversation.id);
  return empty();
}

// ---------------------------------------------------------------------------------------------
// participants (conversations/participants_controller.rb)

function participantsOf(ctx: RequestContext, conversation: Conversation): User[] {
  return ctx.tables.conversationParticipants
    .where('conversation', conversation.id)
    .map((p) => ctx.tables.users.get(p.user_id))
    .filter((u): u is User => u !== undefined);
}

function agentsView(ctx: RequestContext, users: User[]) {
  const accountId = accountOf(ctx).id;
  return users.map((u) => agentView(u, membershipOf(ctx.tables, accountId, u.id)!));
}

/**
 * `params[:user_ids]`: a missing list fails in Ruby (`nil - [...]`, a 500 in Rails; the fake answers
 * 422 "User ids can't be blank"). Users who are not members of the account cannot be rendered by the
 * agent partial: a 500 in Rails, a 404 in the fake (checked before any write).
 */
function userIdsParam(ctx: RequestContext): User[] {
  const raw = ctx.body?.user_ids;
  if (!Array.isArray(raw)) throw invalidAttribute('user_ids', "can't be blank");
  const users: User[] = [];
  for (const value of raw) {
    const user = accountUser(ctx, value);
    if (!user) throw notFound();
    if (!users.includes(user)) users.push(user);
  }
  return users;
}

function listParticipants(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  return ok(agentsView(ctx, participantsOf(ctx, conversation)));
}

/**
 * POST: adds the users not yet participating and answers just those. A user without access to the
 * inbox fails ConversationParticipant's validation: not saved, yet rendered (find_or_create_by).
 */
function addParticipants(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const current = participantsOf(ctx, conversation);
  const toAdd = userIdsParam(ctx).filter((u) => !current.includes(u));
  for (const user of toAdd) addParticipant(ctx.store, conversation, user.id);
  return ok(agentsView(ctx, toAdd));
}

/** PATCH/PUT: makes the participants exactly `user_ids` (those who may take part); answers them all. */
function setParticipants(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const wanted = userIdsParam(ctx);
  for (const user of wanted) addParticipant(ctx.store, conversation, user.id);
  for (const p of ctx.tables.conversationParticipants.where('conversation', conversation.id)) {
    if (!wanted.some((u) => u.id === p.user_id)) ctx.tables.conversationParticipants.delete(p.id);
  }
  return ok(agentsView(ctx, participantsOf(ctx, conversation)));
}

function removeParticipants(ctx: RequestContext) {
  const conversation = findConversation(ctx, ctx.params.conversation_id);
  const raw = ctx.body?.user_ids;
  if (!Array.isArray(raw)) throw invalidAttribute('user_ids', "can't be blank"); // Rails: a 500
  const ids = raw.map((v) => toId(v));
  for (const p of ctx.tables.conversationParticipants.where('conversation', conversation.id)) {
    if (ids.includes(p.user_id)) ctx.tables.conversationParticipants.delete(p.id);
  }
  return empty();
}

export const handlers: HandlerMap = {
  searchConversations: search,
  updateConversation: update,
  replaceConversation: update,
  deleteConversation: destroy,
  setConversationCustomAttributes: setCustomAttributes,
  muteConversation: mute,
  unmuteConversation: unmute,
  markConversationUnread: markUnread,
  updateConversationLastSeen: updateLastSeen,
  toggleConversationTypingStatus: toggleTypingStatus,
  sendConversationTranscript: transcript,
  listConversationAttachments: listAttachments,
  listConversationParticipants: listParticipants,
  addConversationParticipants: addParticipants,
  updateConversationParticipants: setParticipants,
  replaceConversationParticipants: setParticipants,
  removeConversationParticipants: removeParticipants,
  listConversations: list,
  getConversationCounts: meta,
  filterConversations: filter,
  createConversation: create,
  getConversation: show,
  toggleConversationStatus: toggleStatus,
  toggleConversationPriority: togglePriority,
  assignConversation: assign,
  listConversationLabels: listLabels,
  setConversationLabels: setLabels,
};
