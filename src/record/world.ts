/**
 * A snapshot of an account (read.ts) as a world file (src/fixtures/world.ts): records refer to each
 * other by keys (`agent-3`, `inbox-2`, `contact-41`), times become `…_ago` relative to the newest time
 * recorded (the reference time), and whatever the world format cannot hold or must not hold (tokens,
 * passwords, secrets) is left out — the fake derives its own. Anonymised through an Anonymizer.
 */
import { isWebhookEvent } from '../domain/webhooks';
import type { World } from '../fixtures/world';
import { Anonymizer } from './anonymize';
import { E164, EMAIL, HEX, channelOf } from './channels';
import type { Snapshot } from './read';

type Json = Record<string, any>;

/** How many records of each kind were read, and written to the world. */
export type Counts = Record<string, { read: number; written: number }>;

export interface Conversion {
  world: World;
  /** The time the world's `…_ago` values count back from (unix ms): start the fake at it (`--clock-start`). */
  reference: number;
  counts: Counts;
  /** Records left out or changed to fit the world format. */
  notes: string[];
}

const MESSAGE_TYPES = ['incoming', 'outgoing', 'activity', 'template'] as const;
const LABEL = /^[\p{L}\p{N}]+[\p{L}\p{N}_-]+$/u;
/** Interactive messages whose content_attributes are the form itself, not what a person wrote. */
const FORM_CONTENT_TYPES = new Set(['input_select', 'cards', 'form', 'article', 'input_csat', 'input_email']);

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A unix time in seconds or an ISO string, as unix ms (undefined when neither). */
function timeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value * 1000;
  if (typeof value === 'string' && value) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/** `{ days_ago, hours_ago, minutes_ago }` for `ms` before `reference` (seconds as fractional minutes). */
function ago(reference: number, ms: number | undefined): Json {
  if (ms === undefined) return {};
  let seconds = Math.max(0, Math.round((reference - ms) / 1000));
  const out: Json = {};
  const days = Math.floor(seconds / 86_400);
  seconds -= days * 86_400;
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  if (days) out.days_ago = days;
  if (hours) out.hours_ago = hours;
  if (seconds) out.minutes_ago = seconds % 60 === 0 ? seconds / 60 : Number((seconds / 60).toFixed(6));
  return out;
}

/** The newest time of the snapshot: what `…_ago` counts back from. */
function referenceOf(s: Snapshot): number {
  const times = [
    timeOf(s.account.created_at),
    ...s.contacts.map((c) => timeOf(c.created_at)),
    ...s.conversations.flatMap((c) => [
      timeOf(c.agent_last_seen_at),
      ...c.allMessages.map((m) => timeOf(m.created_at)),
    ]),
  ].filter((t): t is number => t !== undefined);
  // On a whole second: Chatwoot's times are unix seconds, and so are the `…_ago` values.
  return times.length ? Math.ceil(Math.max(...times) / 1000) * 1000 : 0;
}

/** Records by id: the world lists them in the order they were made, so the fake numbers them alike. */
function byId<T extends Json>(list: T[]): T[] {
  return [...list].sort((a, b) => Number(a.id) - Number(b.id));
}

export function toWorld(snapshot: Snapshot, anonymizer?: Anonymizer): Conversion {
  const s: Snapshot = {
    ...snapshot,
    agents: byId(snapshot.agents),
    agentBots: byId(snapshot.agentBots),
    teams: byId(snapshot.teams),
    labels: byId(snapshot.labels),
    inboxes: byId(snapshot.inboxes),
    contacts: byId(snapshot.contacts),
    conversations: byId(snapshot.conversations),
    cannedResponses: byId(snapshot.cannedResponses),
    customAttributeDefinitions: byId(snapshot.customAttributeDefinitions),
    webhooks: byId(snapshot.webhooks),
  };
  const notes: string[] = [];
  const counts: Counts = {};
  const count = (kind: string, read: number, written: number) => (counts[kind] = { read, written });
  const reference = referenceOf(s);
  const when = (value: unknown) => ago(reference, timeOf(value));

  // People first, so that every later mention of one gets the same stand-in.
  const personOf = (kind: 'user' | 'contact', r: Json) =>
    anonymizer?.person([`${kind}:${r.id}`, Anonymizer.email(r.email)], r.name);
  const users: World['users'] = [];
  const userKeys = new Map<number, string>();
  for (const a of s.agents) {
    const stand = personOf('user', a);
    const email = stand?.email ?? str(a.email);
    if (!email || !EMAIL.test(email) || !str(a.name)) {
      notes.push(`agent ${a.id} left out: no usable name or email`);
      continue;
    }
    const key = `agent-${a.id}`;
    userKeys.set(a.id, key);
    users.push({
      key,
      name: stand?.name ?? a.name,
      email,
      role: a.role === 'administrator' ? 'administrator' : 'agent',
      ...(['online', 'offline', 'busy'].includes(a.availability_status)
        ? { availability: a.availability_status }
        : {}),
    });
  }
  count('agents', s.agents.length, users.length);

  const botKeys = new Map<number, string>();
  const agentBots: NonNullable<World['agent_bots']> = s.agentBots.flatMap((b) => {
    if (!str(b.name)) return [];
    const key = `bot-${b.id}`;
    botKeys.set(b.id, key);
    const url = str(b.outgoing_url);
    return [
      {
        key,
        name: b.name,
        ...(str(b.description) ? { description: b.description } : {}),
        ...(url ? { outgoing_url: anonymizer ? anonymizer.url(url) : url } : {}),
      },
    ];
  });
  count('agent bots', s.agentBots.length, agentBots.length);

  const members = (list: Json[]) =>
    list.map((m) => userKeys.get(m.id)).filter((k): k is string => k !== undefined);
  const teamKeys = new Map<number, string>();
  const teams: NonNullable<World['teams']> = s.teams.flatMap((t) => {
    if (!str(t.name)) return [];
    teamKeys.set(t.id, `team-${t.id}`);
    return [
      {
        key: `team-${t.id}`,
        name: t.name,
        ...(str(t.description) ? { description: t.description } : {}),
        ...(typeof t.allow_auto_assign === 'boolean' ? { allow_auto_assign: t.allow_auto_assign } : {}),
        members: members(t.members),
      },
    ];
  });
  count('teams', s.teams.length, teams.length);
  count(
    'team members',
    s.teams.reduce((n, t) => n + t.members.length, 0),
    teams.reduce((n, t) => n + (t.members?.length ?? 0), 0),
  );

  const labels: NonNullable<World['labels']> = s.labels.flatMap((l) => {
    if (typeof l.title !== 'string' || !LABEL.test(l.title)) return [];
    return [
      {
        title: l.title,
        ...(str(l.description) ? { description: l.description } : {}),
        ...(typeof l.color === 'string' && HEX.test(l.color) ? { color: l.color } : {}),
        ...(typeof l.show_on_sidebar === 'boolean' ? { show_on_sidebar: l.show_on_sidebar } : {}),
      },
    ];
  });
  count('labels', s.labels.length, labels.length);

  const inboxKeys = new Map<number, string>();
  const inboxes: NonNullable<World['inboxes']> = s.inboxes.flatMap((i) => {
    if (!str(i.name)) return [];
    const key = `inbox-${i.id}`;
    inboxKeys.set(i.id, key);
    const channel = channelOf(i, anonymizer, notes);
    const bot = i.agentBot ? botKeys.get(i.agentBot.id) : undefined;
    return [
      {
        key,
        name: i.name,
        channel,
        ...(typeof i.greeting_enabled === 'boolean' ? { greeting_enabled: i.greeting_enabled } : {}),
        ...(str(i.greeting_message) ? { greeting_message: i.greeting_message } : {}),
        members: members(i.members),
        ...(bot ? { agent_bot: bot } : {}),
      },
    ];
  });
  count('inboxes', s.inboxes.length, inboxes.length);
  count(
    'inbox members',
    s.inboxes.reduce((n, i) => n + i.members.length, 0),
    inboxes.reduce((n, i) => n + (i.members?.length ?? 0), 0),
  );

  const contactKeys = new Map<number, string>();
  const contactNames = new Map<number, string>();
  const contacts: NonNullable<World['contacts']> = s.contacts.map((c) => {
    const stand = personOf('contact', c);
    const key = `contact-${c.id}`;
    contactKeys.set(c.id, key);
    const email = str(c.email) && (stand?.email ?? c.email);
    const phone = str(c.phone_number) && (stand?.phone ?? c.phone_number);
    const identifier = str(c.identifier) && (stand?.identifier ?? c.identifier);
    const name = str(c.name) ? (stand?.name ?? c.name) : '';
    contactNames.set(c.id, name);
    const custom = isObject(c.custom_attributes) ? c.custom_attributes : {};
    const additional = isObject(c.additional_attributes) ? c.additional_attributes : {};
    return {
      key,
      name,
      ...(email && EMAIL.test(email) ? { email } : {}),
      ...(phone && E164.test(phone) ? { phone_number: phone } : {}),
      ...(identifier ? { identifier } : {}),
      ...(c.labels.length ? { labels: c.labels } : {}),
      ...(Object.keys(custom).length
        ? { custom_attributes: anonymizer ? anonymizer.attributes(custom) : custom }
        : {}),
      ...(Object.keys(additional).length
        ? { additional_attributes: anonymizer ? anonymizer.attributes(additional) : additional }
        : {}),
      ...when(c.created_at),
    };
  });
  count('contacts', s.contacts.length, contacts.length);

  let messagesRead = 0;
  let messagesWritten = 0;
  const conversations: NonNullable<World['conversations']> = [];
  for (const c of s.conversations) {
    messagesRead += c.allMessages.length;
    const contactId = c.meta?.sender?.id;
    const contact = contactKeys.get(contactId);
    const inbox = inboxKeys.get(c.inbox_id);
    if (!contact || !inbox) {
      notes.push(`conversation ${c.id} left out: its ${contact ? 'inbox' : 'contact'} was not recorded`);
      continue;
    }
    const assignee = c.meta?.assignee ? userKeys.get(c.meta.assignee.id) : undefined;
    const team = c.meta?.team ? teamKeys.get(c.meta.team.id) : undefined;
    const agentName = assignee ? users.find((u) => u.key === assignee)?.name : undefined;
    const messages = c.allMessages.map((m) => {
      const type = MESSAGE_TYPES[m.message_type as number] ?? 'activity';
      const senderKey =
        type === 'incoming' || !m.sender
          ? undefined
          : m.sender.type === 'agent_bot'
            ? botKeys.get(m.sender.id)
            : m.sender.type === 'user'
              ? userKeys.get(m.sender.id)
              : undefined;
      const content = typeof m.content === 'string' ? m.content : '';
      const names = { contact: contactNames.get(contactId), agent: agentName };
      const text = !anonymizer
        ? content
        : type === 'activity'
          ? anonymizer.scrub(content)
          : content === ''
            ? ''
            : anonymizer.text(m.private ? 'note' : type === 'incoming' ? 'customer' : 'agent', names);
      const attributes = isObject(m.content_attributes) ? m.content_attributes : {};
      const keepAttributes =
        Object.keys(attributes).length > 0 &&
        (!anonymizer || (type !== 'incoming' && FORM_CONTENT_TYPES.has(m.content_type)));
      return {
        type,
        content: text,
        ...(senderKey ? { sender: senderKey } : {}),
        ...(m.private === true ? { private: true } : {}),
        ...(str(m.content_type) && m.content_type !== 'text' ? { content_type: m.content_type } : {}),
        ...(keepAttributes ? { content_attributes: attributes } : {}),
        ...when(m.created_at),
      };
    });
    messagesWritten += messages.length;
    const seen = timeOf(c.agent_last_seen_at);
    const snoozed = timeOf(c.snoozed_until);
    const status = ['open', 'resolved', 'pending', 'snoozed'].includes(c.status) ? c.status : 'open';
    conversations.push({
      contact,
      inbox,
      status,
      ...(assignee ? { assignee } : {}),
      ...(team ? { team } : {}),
      ...(['low', 'medium', 'high', 'urgent'].includes(c.priority) ? { priority: c.priority } : {}),
      ...(Array.isArray(c.labels) && c.labels.length ? { labels: c.labels } : {}),
      ...(status === 'snoozed' && snoozed !== undefined
        ? { snoozed_hours_ahead: Math.max(0, Number(((snoozed - reference) / 3_600_000).toFixed(9))) }
        : {}),
      ...(seen !== undefined
        ? { agent_seen_minutes_ago: Number(((reference - seen) / 60_000).toFixed(9)) }
        : {}),
      messages,
    });
  }
  count('conversations', s.conversations.length, conversations.length);
  count('messages', messagesRead, messagesWritten);

  const cannedResponses = s.cannedResponses.flatMap((r) =>
    str(r.short_code) && str(r.content)
      ? [{ short_code: r.short_code, content: anonymizer ? anonymizer.scrub(r.content) : r.content }]
      : [],
  );
  count('canned responses', s.cannedResponses.length, cannedResponses.length);

  const definitions: NonNullable<World['custom_attribute_definitions']> =
    s.customAttributeDefinitions.flatMap((d) => {
      const model = d.attribute_model;
      if (!str(d.attribute_key) || !str(d.attribute_display_name)) return [];
      if (model !== 'contact_attribute' && model !== 'conversation_attribute') return [];
      const values = Array.isArray(d.attribute_values)
        ? d.attribute_values.filter((v: unknown) => ['string', 'number', 'boolean'].includes(typeof v))
        : [];
      return [
        {
          attribute_key: d.attribute_key,
          attribute_display_name: d.attribute_display_name,
          attribute_model: model,
          ...(str(d.attribute_display_type) ? { attribute_display_type: d.attribute_display_type } : {}),
          ...(str(d.attribute_description) ? { attribute_description: d.attribute_description } : {}),
          ...(values.length ? { attribute_values: values } : {}),
          ...(str(d.regex_pattern) ? { regex_pattern: d.regex_pattern } : {}),
          ...(str(d.regex_cue) ? { regex_cue: d.regex_cue } : {}),
          ...(typeof d.default_value === 'number' ? { default_value: d.default_value } : {}),
        },
      ];
    });
  count('custom attribute definitions', s.customAttributeDefinitions.length, definitions.length);

  const webhooks: NonNullable<World['webhooks']> = s.webhooks.flatMap((w) => {
    const subscriptions = (Array.isArray(w.subscriptions) ? w.subscriptions : []).filter(isWebhookEvent);
    if (!str(w.url) || !/^https?:\/\//.test(w.url) || !subscriptions.length) {
      notes.push(`webhook ${w.id} left out: no http(s) URL or no event the fake sends`);
      return [];
    }
    if (w.inbox) notes.push(`webhook ${w.id} of inbox ${w.inbox.id} recorded as an account webhook`);
    // Never its secret: the fake makes one.
    return [
      {
        ...(str(w.name) ? { name: w.name } : {}),
        url: anonymizer ? anonymizer.url(w.url) : w.url,
        subscriptions,
      },
    ];
  });
  count('webhooks', s.webhooks.length, webhooks.length);

  const a = s.account;
  const supportEmail = str(a.support_email);
  const world: World = {
    account: {
      id: a.id,
      name: str(a.name) ?? `Account ${a.id}`,
      ...(str(a.locale) ? { locale: a.locale } : {}),
      ...(str(a.domain) ? { domain: anonymizer ? 'support.example.test' : a.domain } : {}),
      ...(supportEmail
        ? {
            support_email: anonymizer
              ? anonymizer.person([Anonymizer.email(supportEmail)]).email
              : supportEmail,
          }
        : {}),
      ...(Number.isInteger(a.settings?.auto_resolve_duration) && a.settings.auto_resolve_duration >= 1
        ? { auto_resolve_duration: a.settings.auto_resolve_duration }
        : {}),
      ...when(a.created_at),
    },
    users,
    ...(agentBots.length ? { agent_bots: agentBots } : {}),
    ...(teams.length ? { teams } : {}),
    ...(labels.length ? { labels } : {}),
    ...(inboxes.length ? { inboxes } : {}),
    ...(contacts.length ? { contacts } : {}),
    ...(conversations.length ? { conversations } : {}),
    ...(cannedResponses.length ? { canned_responses: cannedResponses } : {}),
    ...(definitions.length ? { custom_attribute_definitions: definitions } : {}),
    ...(webhooks.length ? { webhooks } : {}),
  };
  return { world, reference, counts, notes };
}
