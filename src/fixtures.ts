/**
 * Loads a world (fixtures/default.yaml or a user's file) into a store, then adds faker-generated
 * records on request. Same world + same seed → the same ids, tokens, timestamps and text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Faker, en } from '@faker-js/faker';
import YAML from 'yaml';
import {
  contactInboxFor,
  insertContact,
  insertConversation,
  insertMessage,
  newApiChannel,
  newInboxFields,
  newWebWidgetChannel,
  nextChannelId,
} from './domain/records';
import type { Channel, ConversationStatus, JsonObject, MessageType, Store } from './store';
import { MESSAGE_TYPES } from './store';

export const DEFAULT_WORLD = path.resolve(__dirname, '..', 'fixtures', 'default.yaml');

/** A point in time relative to the clock's start. */
interface Ago {
  minutes_ago?: number;
  hours_ago?: number;
  days_ago?: number;
}

export interface World {
  account: {
    id?: number;
    name: string;
    locale?: string;
    domain?: string | null;
    support_email?: string | null;
    auto_resolve_duration?: number | null;
  } & Ago;
  users: ({
    key: string;
    name: string;
    email: string;
    password?: string;
    access_token: string;
    role: 'agent' | 'administrator';
    availability?: 'online' | 'offline' | 'busy';
  } & Ago)[];
  agent_bots?: {
    key: string;
    name: string;
    description?: string;
    outgoing_url?: string;
    access_token: string;
  }[];
  teams?: {
    key: string;
    name: string;
    description?: string;
    allow_auto_assign?: boolean;
    members?: string[];
  }[];
  labels?: { title: string; description?: string; color?: string; show_on_sidebar?: boolean }[];
  inboxes?: ({
    key: string;
    name: string;
    channel: Record<string, any>;
    greeting_enabled?: boolean;
    greeting_message?: string;
    members?: string[];
    agent_bot?: string;
  } & Ago)[];
  contacts?: ({
    key: string;
    name: string;
    email?: string;
    phone_number?: string;
    identifier?: string;
    labels?: string[];
    custom_attributes?: JsonObject;
    additional_attributes?: JsonObject;
  } & Ago)[];
  conversations?: {
    contact: string;
    inbox: string;
    status?: ConversationStatus;
    assignee?: string;
    team?: string;
    priority?: 'low' | 'medium' | 'high' | 'urgent';
    labels?: string[];
    snoozed_hours_ahead?: number;
    agent_seen_minutes_ago?: number;
    agent_seen_hours_ago?: number;
    agent_seen_days_ago?: number;
    messages?: ({
      type: (typeof MESSAGE_TYPES)[number];
      content: string;
      sender?: string;
      private?: boolean;
      content_type?: string;
      content_attributes?: JsonObject;
    } & Ago)[];
  }[];
  webhooks?: { name?: string; url: string; subscriptions: string[]; secret?: string }[];
}

export interface SeededWorld {
  accountId: number;
  tokens: { admin: string; agent: string; bot?: string };
}

export interface SeedOptions {
  seed?: number;
  /** Extra faker-generated contacts. */
  contacts?: number;
  /** Extra faker-generated conversations (on existing contacts). */
  conversations?: number;
}

export function readWorld(file: string = DEFAULT_WORLD): World {
  const text = fs.readFileSync(file, 'utf8');
  const world = (file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text)) as World;
  if (!world || typeof world !== 'object' || !world.account || !Array.isArray(world.users)) {
    throw new Error(`${file}: a world needs an "account" and a "users" list`);
  }
  return world;
}

const DAY = 86_400_000;

function agoMs(t: Ago): number {
  return (t.minutes_ago ?? 0) * 60_000 + (t.hours_ago ?? 0) * 3_600_000 + (t.days_ago ?? 0) * DAY;
}

function buildChannel(store: Store, spec: Record<string, any>): Channel {
  if (spec.type === 'Channel::Api') return newApiChannel(store, spec);
  if (spec.type === 'Channel::WebWidget') return newWebWidgetChannel(store, spec);
  throw new Error(
    `unsupported channel type ${JSON.stringify(spec.type)} (Channel::WebWidget or Channel::Api)`,
  );
}

/** Loads `world` into `store` (which should be empty) and returns the account id and tokens. */
export function seedWorld(store: Store, world: World, options: SeedOptions = {}): SeededWorld {
  const { tables } = store;
  const start = store.clock.peek();
  const at = (t: Ago) => start - agoMs(t);
  const ref = (kind: string, map: Map<string, number>, key: string | undefined) => {
    if (key === undefined) return null;
    const id = map.get(key);
    if (id === undefined) throw new Error(`fixtures: unknown ${kind} "${key}"`);
    return id;
  };

  const account = tables.accounts.insert({
    id: world.account.id,
    name: world.account.name,
    locale: world.account.locale ?? 'en',
    domain: world.account.domain ?? null,
    support_email: world.account.support_email ?? null,
    status: 'active',
    auto_resolve_duration: world.account.auto_resolve_duration ?? null,
    custom_attributes: {},
    features: { agent_bots: true, help_center: true, macros: true, reports: true, team_management: true },
    created_at: at(world.account),
    last_display_id: 0,
  });

  const users = new Map<string, number>();
  for (const u of world.users) {
    const created = at(u) || at(world.account);
    const user = tables.users.insert({
      name: u.name,
      display_name: null,
      email: u.email.toLowerCase(),
      password: u.password ?? 'Password1!',
      access_token: u.access_token,
      pubsub_token: store.nextToken('', 24),
      confirmed: true,
      avatar_url: '',
      custom_attributes: {},
      message_signature: null,
      type: 'User',
      created_at: created,
    });
    users.set(u.key, user.id);
    tables.accountUsers.insert({
      account_id: account.id,
      user_id: user.id,
      role: u.role,
      availability: u.availability ?? 'offline',
      auto_offline: true,
      inviter_id: null,
      active_at: start,
      created_at: created,
    });
  }

  const bots = new Map<string, number>();
  for (const b of world.agent_bots ?? []) {
    const bot = tables.agentBots.insert({
      account_id: account.id,
      name: b.name,
      description: b.description ?? null,
      outgoing_url: b.outgoing_url ?? null,
      access_token: b.access_token,
      bot_type: 'webhook',
      bot_config: {},
      created_at: at(world.account),
    });
    bots.set(b.key, bot.id);
  }

  const teams = new Map<string, number>();
  for (const t of world.teams ?? []) {
    const team = tables.teams.insert({
      account_id: account.id,
      name: t.name.toLowerCase(),
      description: t.description ?? null,
      allow_auto_assign: t.allow_auto_assign ?? true,
      created_at: at(world.account),
      updated_at: at(world.account),
    });
    teams.set(t.key, team.id);
    for (const member of t.members ?? []) {
      tables.teamMembers.insert({
        account_id: account.id,
        team_id: team.id,
        user_id: ref('user', users, member)!,
      });
    }
  }

  for (const l of world.labels ?? []) {
    tables.labels.insert({
      account_id: account.id,
      title: l.title.toLowerCase(),
      description: l.description ?? null,
      color: l.color ?? '#1f93ff',
      show_on_sidebar: l.show_on_sidebar ?? true,
      created_at: at(world.account),
    });
  }

  const inboxes = new Map<string, number>();
  for (const i of world.inboxes ?? []) {
    const channel = buildChannel(store, i.channel);
    const inbox = tables.inboxes.insert({
      ...newInboxFields(
        account.id,
        i.name,
        channel,
        nextChannelId(store, channel.type),
        at(i) || at(world.account),
      ),
      greeting_enabled: i.greeting_enabled ?? false,
      greeting_message: i.greeting_message ?? null,
    });
    inboxes.set(i.key, inbox.id);
    for (const member of i.members ?? []) {
      tables.inboxMembers.insert({
        account_id: account.id,
        inbox_id: inbox.id,
        user_id: ref('user', users, member)!,
      });
    }
    if (i.agent_bot) {
      tables.agentBotInboxes.insert({
        account_id: account.id,
        inbox_id: inbox.id,
        agent_bot_id: ref('agent bot', bots, i.agent_bot)!,
      });
    }
  }

  const contacts = new Map<string, number>();
  for (const c of world.contacts ?? []) {
    const contact = insertContact(store, {
      account_id: account.id,
      name: c.name,
      email: c.email,
      phone_number: c.phone_number,
      identifier: c.identifier,
      labels: c.labels,
      custom_attributes: c.custom_attributes,
      additional_attributes: c.additional_attributes,
      created_at: at(c),
    });
    contacts.set(c.key, contact.id);
  }

  // Conversations are created in order of their first message, so display ids follow time.
  const conversations = [...(world.conversations ?? [])].sort((a, b) => {
    const first = (c: typeof a) => Math.max(0, ...(c.messages ?? []).map(agoMs));
    return first(b) - first(a);
  });
  for (const c of conversations) {
    const contact = tables.contacts.get(ref('contact', contacts, c.contact)!)!;
    const inbox = tables.inboxes.get(ref('inbox', inboxes, c.inbox)!)!;
    const messages = c.messages ?? [];
    const createdAt = messages.length ? at(messages[0]) : start;
    const conversation = insertConversation(store, {
      contactInbox: contactInboxFor(store, contact, inbox, undefined, createdAt),
      assignee_id: ref('user', users, c.assignee),
      team_id: ref('team', teams, c.team),
      priority: c.priority ?? null,
      labels: c.labels,
      created_at: createdAt,
    });
    for (const m of messages) {
      const type = MESSAGE_TYPES.indexOf(m.type) as MessageType;
      if (type < 0) throw new Error(`fixtures: unknown message type "${m.type}"`);
      const botSender = m.sender && bots.has(m.sender);
      insertMessage(store, tables.conversations.get(conversation.id)!, {
        content: m.content,
        message_type: type,
        content_type: m.content_type,
        content_attributes: m.content_attributes,
        private: m.private,
        sender_type: type === 0 ? 'Contact' : m.sender ? (botSender ? 'AgentBot' : 'User') : null,
        sender_id:
          type === 0
            ? contact.id
            : m.sender
              ? botSender
                ? bots.get(m.sender)!
                : ref('user', users, m.sender)
              : null,
        created_at: at(m),
      });
    }
    const seen =
      c.agent_seen_minutes_ago ?? (c.agent_seen_hours_ago ?? 0) * 60 + (c.agent_seen_days_ago ?? 0) * 1440;
    const hasSeen =
      c.agent_seen_minutes_ago !== undefined ||
      c.agent_seen_hours_ago !== undefined ||
      c.agent_seen_days_ago !== undefined;
    tables.conversations.update(conversation.id, {
      status: c.status ?? 'open',
      snoozed_until: c.status === 'snoozed' ? start + (c.snoozed_hours_ahead ?? 24) * 3_600_000 : null,
      agent_last_seen_at: hasSeen ? start - seen * 60_000 : null,
      assignee_last_seen_at: hasSeen && c.assignee ? start - seen * 60_000 : null,
    });
  }

  for (const w of world.webhooks ?? []) {
    tables.webhooks.insert({
      account_id: account.id,
      inbox_id: null,
      name: w.name ?? null,
      url: w.url,
      subscriptions: w.subscriptions,
      secret: w.secret ?? store.nextToken('', 24),
      created_at: at(world.account),
    });
  }

  generateRecords(store, account.id, options);

  const tokenOf = (role: 'administrator' | 'agent') =>
    world.users.find((u) => u.role === role)?.access_token ?? '';
  return {
    accountId: account.id,
    tokens: {
      admin: tokenOf('administrator'),
      agent: tokenOf('agent'),
      bot: world.agent_bots?.[0]?.access_token,
    },
  };
}

/** Adds `contacts` and `conversations` faker records to the account, deterministically from `seed`. */
function generateRecords(store: Store, accountId: number, options: SeedOptions): void {
  const contactCount = options.contacts ?? 0;
  const conversationCount = options.conversations ?? 0;
  if (!contactCount && !conversationCount) return;
  const faker = new Faker({ locale: [en] });
  faker.seed(options.seed ?? 1);
  const { tables } = store;
  const start = store.clock.peek();
  const refDate = new Date(start);

  for (let i = 0; i < contactCount; i++) {
    const first = faker.person.firstName();
    const last = faker.person.lastName();
    insertContact(store, {
      account_id: accountId,
      name: `${first} ${last}`,
      // The index keeps emails unique, as Chatwoot's validation would.
      email: `${first}.${last}.${i + 1}@${faker.internet.domainName()}`
        .toLowerCase()
        .replace(/[^a-z0-9.@-]/g, ''),
      // The running number keeps phone numbers unique (and E.164) at any count below 10 million.
      phone_number: faker.datatype.boolean(0.6)
        ? `+1${faker.string.numeric({ length: 3, allowLeadingZeros: false })}${String(i).padStart(7, '0')}`
        : null,
      additional_attributes: {
        city: faker.location.city(),
        country: faker.location.country(),
        company_name: faker.company.name(),
      },
      created_at: faker.date.past({ years: 1, refDate }).getTime(),
    });
  }

  const contactIds = tables.contacts.where('account', accountId).map((c) => c.id);
  const inboxes = tables.inboxes.where('account', accountId);
  const agents = tables.accountUsers.where('account', accountId).map((m) => m.user_id);
  if (!contactIds.length || !inboxes.length) return;
  const statuses: ConversationStatus[] = [
    'open',
    'open',
    'open',
    'resolved',
    'resolved',
    'pending',
    'snoozed',
  ];
  for (let i = 0; i < conversationCount; i++) {
    const contact = tables.contacts.get(faker.helpers.arrayElement(contactIds))!;
    const inbox = faker.helpers.arrayElement(inboxes);
    const createdAt = faker.date.recent({ days: 30, refDate }).getTime();
    const conversation = insertConversation(store, {
      contactInbox: contactInboxFor(store, contact, inbox, undefined, createdAt),
      assignee_id: faker.datatype.boolean(0.6) ? faker.helpers.arrayElement(agents) : null,
      created_at: createdAt,
    });
    const assignee = conversation.assignee_id ?? faker.helpers.arrayElement(agents);
    let t = createdAt;
    const count = faker.number.int({ min: 1, max: 6 });
    for (let m = 0; m < count; m++) {
      const incoming = m % 2 === 0;
      insertMessage(store, tables.conversations.get(conversation.id)!, {
        content: faker.lorem.sentence(),
        message_type: incoming ? 0 : 1,
        sender_type: incoming ? 'Contact' : 'User',
        sender_id: incoming ? contact.id : assignee,
        created_at: Math.min(t, start - 60_000),
      });
      t += faker.number.int({ min: 1, max: 120 }) * 60_000;
    }
    const status = faker.helpers.arrayElement(statuses);
    tables.conversations.update(conversation.id, {
      status,
      snoozed_until: status === 'snoozed' ? start + 86_400_000 : null,
      agent_last_seen_at: status === 'resolved' ? t : null,
    });
  }
}
