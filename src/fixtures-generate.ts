/**
 * Generated records for `--contacts N` / `--conversations N` (SeedOptions): realistic and coherent,
 * deterministic for a seed.
 *
 * - Contacts in five languages (en, de, fr, es, pt) with names from faker's matching locale, an email
 *   on a reserved domain (`.example`, never a real mailbox), an E.164 mobile number of their country,
 *   city/country/company, and for most an initials avatar as an SVG data URL (no external host).
 * - Conversations that read like support threads in the contact's language (src/fixtures-text.ts),
 *   spread over the last six weeks, in the account's inboxes, assigned to members of the inbox, with
 *   the topic's labels and team. The status follows the thread: resolved ones end with the resolution
 *   activity, open ones wait on the agent (unread incoming messages) or on the customer, pending ones
 *   sit in an agent-bot inbox with the bot's answer, snoozed ones end with the agent's promise.
 *   `agent_last_seen_at` makes unread counts match, `contact_last_seen_at` marks replies read.
 */
import type { Faker as FakerType } from '@faker-js/faker';
import { contactInboxFor, insertContact, insertConversation, insertMessage } from './domain/records';
import {
  BROWSERS,
  COUNTRIES,
  LANGUAGE_WEIGHTS,
  LANGUAGES,
  NOTES,
  PLANS,
  TEXT,
  TOPIC_LABELS,
  TOPIC_TEAMS,
  TOPICS,
  type Language,
  type Topic,
} from './fixtures-text';
import type { Contact, ConversationStatus, Inbox, JsonObject, Message, Priority, Store } from './store';

export interface GenerateOptions {
  seed?: number;
  contacts?: number;
  conversations?: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Reserved domains (RFC 2606/6761): generated addresses never reach a real mailbox. */
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example', 'inbox.example'];

const AVATAR_COLORS = [
  '#1f93ff',
  '#7c3aed',
  '#db2777',
  '#ea580c',
  '#16a34a',
  '#0891b2',
  '#4f46e5',
  '#b45309',
];

const AMOUNTS: Record<Language, string[]> = {
  en: ['$49.00', '$99.00', '$19.00', '$249.00'],
  de: ['49,00 €', '99,00 €', '19,00 €', '249,00 €'],
  fr: ['49,00 €', '99,00 €', '19,00 €', '249,00 €'],
  es: ['49,00 €', '99,00 €', '19,00 €', '249,00 €'],
  pt: ['R$ 249,00', 'R$ 99,00', 'R$ 49,00', 'R$ 499,00'],
};

/** Plain ASCII for email local parts: "Zoë Müller-Lüdenscheidt" → "zoe", "muller-ludenscheidt". */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '');
}

/** An initials avatar as an SVG data URL (Chatwoot's dashboard draws the same for contacts without one). */
export function initialsAvatar(name: string, color: string): string {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase()
    .replace(/[<>&'"]/g, '');
  const svg =
    `<svg xmlns='http://www.w3.org/2000/svg' width='128' height='128' viewBox='0 0 128 128'>` +
    `<rect width='128' height='128' fill='${color}'/>` +
    `<text x='64' y='64' dy='.35em' text-anchor='middle' font-family='Helvetica,Arial,sans-serif' ` +
    `font-size='52' font-weight='600' fill='#fff'>${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

type Kind = 'open-agent' | 'open-customer' | 'resolved' | 'snoozed' | 'pending';

const KIND_WEIGHTS: { weight: number; value: Kind }[] = [
  { weight: 45, value: 'resolved' },
  { weight: 20, value: 'open-agent' },
  { weight: 15, value: 'open-customer' },
  { weight: 8, value: 'snoozed' },
  { weight: 12, value: 'pending' },
];

/** How long ago (days) a conversation of each kind started: [min, max]. */
const AGE_DAYS: Record<Kind, [number, number]> = {
  resolved: [1, 42],
  'open-agent': [0, 3],
  'open-customer': [0, 10],
  snoozed: [0.5, 10],
  pending: [0, 2],
};

/** One planned message: who writes, what, and the pause before it (minutes). */
interface Step {
  who: 'contact' | 'agent' | 'note' | 'bot' | 'activity';
  text: string;
  after: number;
}

/** A conversation planned before any is inserted (so display ids follow time, as in the seed). */
interface Plan {
  contact: Contact;
  inbox: Inbox;
  kind: Kind;
  bot: number | undefined;
  assigneeId: number | null;
  teamId: number | null;
  labels: string[];
  priority: Priority;
  additional: JsonObject;
  steps: Step[];
  times: number[];
  contactSeen: number | null;
}

export function generateRecords(store: Store, accountId: number, options: GenerateOptions): void {
  const contactCount = options.contacts ?? 0;
  const conversationCount = options.conversations ?? 0;
  if (!contactCount && !conversationCount) return;
  // Loaded on first use (a large module): a fake without generated records never needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const faker = require('@faker-js/faker') as typeof import('@faker-js/faker');
  const seed = options.seed ?? 1;
  const rng = new faker.Faker({ locale: [faker.en, faker.base] });
  rng.seed(seed);
  const locales: Record<Language, FakerType> = {
    en: new faker.Faker({ locale: [faker.en, faker.base] }),
    de: new faker.Faker({ locale: [faker.de, faker.en, faker.base] }),
    fr: new faker.Faker({ locale: [faker.fr, faker.en, faker.base] }),
    es: new faker.Faker({ locale: [faker.es, faker.en, faker.base] }),
    pt: new faker.Faker({ locale: [faker.pt_BR, faker.en, faker.base] }),
  };
  LANGUAGES.forEach((lang, i) => locales[lang].seed(seed * 31 + i + 1));

  const { tables } = store;
  const start = store.clock.peek();
  const languageOf = new Map<number, Language>();
  const pick = <T>(items: readonly T[]) => rng.helpers.arrayElement(items);
  const between = (min: number, max: number) => rng.number.float({ min, max });
  const chance = (p: number) => rng.datatype.boolean(p);

  // -- contacts --------------------------------------------------------------------------------
  for (let i = 0; i < contactCount; i++) {
    const lang = rng.helpers.weightedArrayElement(LANGUAGE_WEIGHTS);
    const f = locales[lang];
    // An ASCII initial (Ángela → drawn again): the fake sorts names by code unit (a C collation), where
    // an accented initial would sort after "z"; accents inside names stay.
    let first = f.person.firstName();
    for (let tries = 0; tries < 5 && !/^[A-Za-z]/.test(first); tries++) first = f.person.firstName();
    const last = f.person.lastName();
    const name = `${first} ${last}`;
    const country = pick(COUNTRIES[lang]);
    const company = chance(0.45) ? f.company.name() : null;

    let email: string | null = null;
    if (chance(0.9)) {
      const [a, b] = [ascii(first) || 'user', ascii(last) || 'contact'];
      const local = pick([
        `${a}.${b}`,
        `${a}${b}`,
        `${a[0]}.${b}`,
        `${a}_${b}`,
        `${a}.${b}${rng.number.int(99)}`,
      ]);
      const domain = company
        ? `${ascii(company.split(/[\s,]+/)[0]) || 'company'}.example`
        : pick(MAIL_DOMAINS);
      email = `${local}@${domain}`;
      for (let n = 2; tables.contacts.findBy('email', `${accountId}:${email}`); n++)
        email = `${local}${n}@${domain}`;
    }

    let phone: string | null = null;
    // Every generated contact has an email or a phone: Chatwoot lists only those (not anonymous visitors).
    if (!email || chance(0.6)) {
      const prefix = pick(country.mobile);
      do {
        phone = prefix + rng.string.numeric({ length: country.digits, allowLeadingZeros: true });
      } while (tables.contacts.findBy('phone', `${accountId}:${phone}`));
    }

    const contact = insertContact(store, {
      account_id: accountId,
      name,
      email,
      phone_number: phone,
      avatar_url: chance(0.65) ? initialsAvatar(name, pick(AVATAR_COLORS)) : '',
      additional_attributes: {
        city: pick(country.cities),
        country: country.name,
        country_code: country.code,
        ...(company ? { company_name: company } : {}),
      },
      created_at: start - Math.round(between(7, 180) * DAY),
    });
    languageOf.set(contact.id, lang);
  }

  // -- conversations ---------------------------------------------------------------------------
  const contactIds = tables.contacts.where('account', accountId).map((c) => c.id);
  const inboxes = tables.inboxes.where('account', accountId);
  const accountUsers = tables.accountUsers.where('account', accountId).map((m) => m.user_id);
  if (!contactIds.length || !inboxes.length || !conversationCount) return;
  const membersOf = (inbox: Inbox) => {
    const members = tables.inboxMembers.where('inbox', inbox.id).map((m) => m.user_id);
    return members.length ? members : accountUsers;
  };
  const botOf = (inbox: Inbox) => tables.agentBotInboxes.where('inbox', inbox.id)[0]?.agent_bot_id;
  const teamsByName = new Map(tables.teams.where('account', accountId).map((t) => [t.name.toLowerCase(), t]));
  const labelTitles = new Set(tables.labels.where('account', accountId).map((l) => l.title));
  const firstName = (name: string) => name.split(/\s+/)[0] || name;
  const plans: Plan[] = [];

  for (let n = 0; n < conversationCount; n++) {
    const contact = tables.contacts.get(pick(contactIds))!;
    const lang = languageOf.get(contact.id) ?? 'en';
    const text = TEXT[lang];
    const inbox = pick(inboxes);
    const bot = botOf(inbox);
    const topic: Topic = pick(TOPICS);
    let kind = rng.helpers.weightedArrayElement(KIND_WEIGHTS);
    if (kind === 'pending' && bot === undefined) kind = 'open-agent';
    const members = membersOf(inbox);
    const assigneeId =
      kind === 'pending' || !members.length || (kind === 'open-agent' && chance(0.4)) ? null : pick(members);
    const assignee = assigneeId === null ? undefined : tables.users.get(assigneeId);
    const team = teamsByName.get(TOPIC_TEAMS[topic]);
    const teamId =
      team &&
      chance(0.6) &&
      (assigneeId === null || tables.teamMembers.findBy('membership', `${team.id}:${assigneeId}`))
        ? team.id
        : null;
    const labels = TOPIC_LABELS[topic].filter((l) => labelTitles.has(l));
    if (contact.labels.includes('vip') && labelTitles.has('vip')) labels.push('vip');
    const priority =
      topic === 'bug' && chance(0.5)
        ? pick(['high', 'urgent'] as const)
        : chance(0.2)
          ? pick(['low', 'medium'] as const)
          : null;
    const values: Record<string, string> = {
      name: firstName(contact.name),
      agent: assignee ? firstName(assignee.name) : 'Alex',
      order: `#${rng.number.int({ min: 10_000, max: 99_999 })}`,
      invoice: `INV-2025-${rng.string.numeric({ length: 4, allowLeadingZeros: true })}`,
      plan: pick(PLANS),
      amount: pick(AMOUNTS[lang]),
    };
    const say = (options: string[]) => fill(pick(options), values);
    const t = text.topics[topic];
    const agentName = assignee?.name ?? '';

    // The thread, by kind.
    const steps: Step[] = [{ who: 'contact', text: say(t.opening), after: 0 }];
    const botReply = () => {
      if (bot !== undefined) steps.push({ who: 'bot', text: say(text.bot), after: between(0.1, 0.5) });
    };
    const pickUp = (after: number) => {
      if (assignee)
        steps.push({ who: 'activity', text: `${agentName} self-assigned this conversation`, after });
    };
    const note = () => {
      if (assignee && chance(0.3))
        steps.push({ who: 'note', text: pick(NOTES[topic]), after: between(1, 10) });
    };
    if (kind === 'resolved' && chance(0.3)) {
      botReply();
      pickUp(between(2, 120));
      steps.push({ who: 'agent', text: say(t.solve), after: between(1, 5) });
      steps.push({ who: 'contact', text: say(text.thanks), after: between(1, 40) });
    } else if (kind === 'resolved') {
      botReply();
      pickUp(between(2, 120));
      steps.push({ who: 'agent', text: say(t.ask), after: between(1, 5) });
      steps.push({ who: 'contact', text: say(t.detail), after: between(1, 60) });
      note();
      steps.push({ who: 'agent', text: say(t.solve), after: between(5, 240) });
      if (chance(0.7)) steps.push({ who: 'contact', text: say(text.thanks), after: between(1, 60) });
      if (chance(0.5)) steps.push({ who: 'agent', text: say(text.closing), after: between(1, 15) });
    } else if (kind === 'open-agent') {
      botReply();
      if (assignee && chance(0.5)) {
        pickUp(between(2, 120));
        steps.push({ who: 'agent', text: say(t.ask), after: between(1, 5) });
        steps.push({ who: 'contact', text: say(t.detail), after: between(1, 60) });
      }
      if (chance(0.35)) steps.push({ who: 'contact', text: say(text.nudge), after: between(30, 600) });
    } else if (kind === 'open-customer') {
      botReply();
      pickUp(between(2, 120));
      steps.push({ who: 'agent', text: say(t.ask), after: between(1, 5) });
      if (chance(0.5)) {
        steps.push({ who: 'contact', text: say(t.detail), after: between(1, 60) });
        note();
        steps.push({ who: 'agent', text: say(t.solve), after: between(5, 240) });
      }
    } else if (kind === 'snoozed') {
      botReply();
      pickUp(between(2, 120));
      steps.push({ who: 'agent', text: say(t.ask), after: between(1, 5) });
      steps.push({ who: 'contact', text: say(t.detail), after: between(1, 60) });
      note();
      steps.push({ who: 'agent', text: say(text.snooze), after: between(5, 120) });
    } else {
      botReply();
      if (chance(0.4)) steps.push({ who: 'contact', text: say(t.detail), after: between(1, 20) });
    }
    if (kind === 'resolved' && assignee) {
      steps.push({
        who: 'activity',
        text: `Conversation was marked resolved by ${agentName}`,
        after: between(1, 30),
      });
    }
    if (kind === 'snoozed' && assignee) {
      steps.push({
        who: 'activity',
        text: `Conversation was snoozed by ${agentName}`,
        after: between(0.1, 1),
      });
    }

    // Times: the thread starts some days ago and fits before now (gaps shrink when it would not).
    const [minAge, maxAge] = AGE_DAYS[kind];
    const age = minAge + (maxAge - minAge) * Math.pow(rng.number.float({ min: 0, max: 1 }), 1.4);
    // Never before the contact existed.
    const begin = Math.max(
      contact.created_at + 10 * MINUTE,
      start - Math.round(age * DAY) - Math.round(between(5, 60) * MINUTE),
    );
    const total = steps.reduce((sum, s) => sum + s.after, 0) * MINUTE;
    const room = start - MINUTE - begin;
    const scale = total > room ? room / total : 1;
    let at = begin;
    const times = steps.map((s) => (at += Math.round(s.after * MINUTE * scale)));
    const lastOutgoing = Math.max(-Infinity, ...times.filter((_, i) => steps[i].who === 'agent'));
    const contactSeen =
      kind !== 'pending' && kind !== 'open-agent' && Number.isFinite(lastOutgoing) && chance(0.7)
        ? Math.min(start, lastOutgoing + Math.round(between(1, 30) * MINUTE))
        : null;

    const additional: JsonObject = {};
    if (inbox.channel.type === 'Channel::WebWidget') {
      const browser = pick(BROWSERS);
      additional.browser = { ...browser, device_name: 'Unknown' };
      additional.referer = `${inbox.channel.website_url || 'https://www.example.com'}${pick(['/', '/pricing', '/help', '/account'])}`;
      additional.initiated_at = { timestamp: new Date(begin).toString() };
      additional.browser_language = lang;
    }
    plans.push({
      contact,
      inbox,
      kind,
      bot,
      assigneeId,
      teamId,
      labels,
      priority,
      additional,
      steps,
      times,
      contactSeen,
    });
  }

  // Inserted oldest first, so display ids follow time.
  plans.sort((a, b) => a.times[0] - b.times[0]);
  for (const plan of plans) insertPlan(store, plan, start, between);
}

/** Writes one planned conversation: the conversation, its messages, then its final state. */
function insertPlan(
  store: Store,
  plan: Plan,
  start: number,
  between: (min: number, max: number) => number,
): void {
  const { tables } = store;
  const { contact, kind, steps, times, contactSeen, assigneeId } = plan;
  const begin = times[0];
  const last = times[times.length - 1];
  const conversation = insertConversation(store, {
    contactInbox: contactInboxFor(store, contact, plan.inbox, undefined, begin),
    assignee_id: assigneeId,
    team_id: plan.teamId,
    priority: plan.priority,
    labels: plan.labels,
    additional_attributes: plan.additional,
    created_at: begin,
  });
  let lastAgentMessage: Message | undefined;
  steps.forEach((step, i) => {
    const current = tables.conversations.get(conversation.id)!;
    const outgoing = step.who === 'agent' || step.who === 'note' || step.who === 'bot';
    const message = insertMessage(store, current, {
      content: step.text,
      message_type: step.who === 'contact' ? 0 : step.who === 'activity' ? 2 : 1,
      private: step.who === 'note',
      sender_type:
        step.who === 'contact' ? 'Contact' : step.who === 'bot' ? 'AgentBot' : outgoing ? 'User' : null,
      sender_id:
        step.who === 'contact' ? contact.id : step.who === 'bot' ? plan.bot! : outgoing ? assigneeId : null,
      status:
        outgoing && step.who !== 'note' && contactSeen !== null && times[i] <= contactSeen ? 'read' : 'sent',
      created_at: times[i],
    });
    if (step.who === 'agent') lastAgentMessage = message;
  });

  const status: ConversationStatus =
    kind === 'resolved'
      ? 'resolved'
      : kind === 'snoozed'
        ? 'snoozed'
        : kind === 'pending'
          ? 'pending'
          : 'open';
  // Unread = incoming after agent_last_seen_at: none once an agent has handled the latest message.
  const agentSeen =
    kind === 'open-agent'
      ? (lastAgentMessage?.created_at ?? null)
      : kind === 'pending'
        ? null
        : Math.min(start, last + Math.round(between(1, 5) * MINUTE));
  tables.conversations.update(conversation.id, {
    status,
    snoozed_until:
      status === 'snoozed' ? start - (start % DAY) + Math.round(between(1, 3)) * DAY + 9 * HOUR : null,
    agent_last_seen_at: agentSeen,
    assignee_last_seen_at: assigneeId !== null ? agentSeen : null,
    contact_last_seen_at: contactSeen,
    ...(status === 'resolved' ? { waiting_since: null } : {}),
    updated_at: last,
  });
}
