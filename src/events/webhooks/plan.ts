/**
 * Which domain events become which webhook bodies for which targets: Chatwoot's WebhookListener and
 * AgentBotListener (app/listeners/webhook_listener.rb, app/listeners/agent_bot_listener.rb).
 *
 * Targets: every account webhook subscribed to the event, the `webhook_url` of an API-channel inbox
 * (conversation, message, typing and widget events, no subscription filter) and the `outgoing_url` of
 * the agent bot bound to the inbox (unsigned). A body is rendered once, when the first target wants
 * it, while the event is recorded, so later changes do not leak in.
 */
import type { Store } from '../../store';
import {
  contactInboxWebhookData,
  contactWebhookData,
  conversationPushData,
  inboxPushData,
  messageWebhookData,
  partyWebhookData,
  renderChangedAttributes,
  typerOf,
  webhookSendable,
  type Payload,
} from '../payloads';
import type { DomainEvent } from '../types';
import type { WebhookTarget } from './log';

/** One POST to make: the webhook event name, its body and where it goes. */
export interface PlannedDelivery {
  event: string;
  payload: Payload;
  target: WebhookTarget;
  url: string;
  /** Signs the body (X-Chatwoot-Signature) when set. */
  secret: string | null;
  webhookId?: number;
  inboxId?: number;
  agentBotId?: number;
}

/** Events an API-channel inbox's webhook_url gets (WebhookListener#deliver_webhook_payloads). */
const INBOX_EVENTS = new Set([
  'conversation_created',
  'conversation_status_changed',
  'conversation_updated',
  'message_created',
  'message_updated',
  'webwidget_triggered',
  'conversation_typing_on',
  'conversation_typing_off',
]);

const isBlank = (s: string | null | undefined): s is null | undefined | '' => !s || !s.trim();

type Send = (delivery: PlannedDelivery) => void;

/**
 * Hands each delivery an event causes to `send`, in Chatwoot's order. Throws when a body cannot be
 * rendered (a bug in the fake); deliveries handed over before that stand.
 */
export function planWebhooks(store: Store, event: DomainEvent, send: Send): void {
  const { tables } = store;
  const to = { store, event, send };
  switch (event.name) {
    case 'conversation_created':
    case 'conversation_status_changed':
    case 'conversation_updated': {
      const { name, data } = event;
      const conversation = tables.conversations.get(data.conversationId);
      if (!conversation) return;
      const build = () => {
        const payload: Payload = { ...conversationPushData(tables, conversation), event: name };
        if (name !== 'conversation_created') {
          payload.changed_attributes = renderChangedAttributes(data.changedAttributes) ?? null;
        }
        return payload;
      };
      toInbox(to, conversation.account_id, conversation.inbox_id, build);
      // AgentBotListener: conversation_opened / conversation_resolved (a status change to open/resolved).
      if (event.name === 'conversation_status_changed') {
        const status = event.data.changedAttributes.status?.current_value ?? conversation.status;
        const botEvent =
          status === 'open'
            ? 'conversation_opened'
            : status === 'resolved'
              ? 'conversation_resolved'
              : undefined;
        if (botEvent) {
          toAgentBot(to, botEvent, conversation.inbox_id, () => ({
            ...conversationPushData(tables, conversation),
            event: botEvent,
          }));
        }
      }
      return;
    }
    case 'message_created':
    case 'message_updated': {
      const { name, data } = event;
      const message = tables.messages.get(data.messageId);
      if (!message || !webhookSendable(message)) return;
      const build = () => ({ ...messageWebhookData(tables, message), event: name });
      toInbox(to, message.account_id, message.inbox_id, build);
      toAgentBot(to, name, message.inbox_id, build);
      return;
    }
    case 'contact_created':
    case 'contact_updated': {
      const contact = tables.contacts.get(event.data.contactId);
      if (contact) toAccountAsChanged(to, contact.account_id, () => contactWebhookData(tables, contact));
      return;
    }
    case 'inbox_created':
    case 'inbox_updated': {
      const inbox = tables.inboxes.get(event.data.inboxId);
      if (inbox) toAccountAsChanged(to, inbox.account_id, () => inboxPushData(inbox));
      return;
    }
    case 'conversation_typing_on':
    case 'conversation_typing_off': {
      const { name, data } = event;
      const conversation = tables.conversations.get(data.conversationId);
      if (!conversation) return;
      toInbox(to, conversation.account_id, conversation.inbox_id, () => ({
        event: name,
        user: partyWebhookData(tables, typerOf(data)),
        conversation: conversationPushData(tables, conversation),
        is_private: data.isPrivate === true,
      }));
      return;
    }
    case 'webwidget_triggered': {
      const { name, data } = event;
      const contactInbox = tables.contactInboxes.get(data.contactInboxId);
      if (!contactInbox) return;
      const inbox = tables.inboxes.get(contactInbox.inbox_id);
      if (!inbox) return;
      const build = () => ({
        ...contactInboxWebhookData(tables, contactInbox),
        event: name,
        event_info: data.eventInfo ?? null,
      });
      toInbox(to, inbox.account_id, inbox.id, build);
      toAgentBot(to, name, inbox.id, build);
      return;
    }
    default:
      return;
  }
}

interface Planning {
  store: Store;
  event: DomainEvent;
  send: Send;
}

/**
 * `<record>_created` / `<record>_updated` to the account webhooks; an update carries the rendered
 * changed_attributes and is skipped when nothing changed (`return if changed_attributes.blank?`).
 */
function toAccountAsChanged(to: Planning, accountId: number, render: () => Payload): void {
  const { event } = to;
  const updated = event.name === 'contact_updated' || event.name === 'inbox_updated';
  const changed = updated ? renderChangedAttributes(event.data.changedAttributes) : undefined;
  if (updated && !changed) return;
  toAccount(to, accountId, () => ({
    ...render(),
    event: event.name,
    ...(updated ? { changed_attributes: changed } : {}),
  }));
}

/** deliver_webhook_payloads: the account webhooks, then the API inbox's webhook_url. */
function toInbox(to: Planning, accountId: number, inboxId: number, build: () => Payload): void {
  const payload = toAccount(to, accountId, build);
  const inbox = to.store.tables.inboxes.get(inboxId);
  if (!inbox || inbox.channel.type !== 'Channel::Api' || !INBOX_EVENTS.has(to.event.name)) return;
  if (isBlank(inbox.channel.webhook_url)) return;
  to.send({
    event: to.event.name,
    payload: payload ?? build(),
    target: 'api_inbox_webhook',
    url: inbox.channel.webhook_url,
    inboxId: inbox.id,
    secret: inbox.channel.secret || null,
  });
}

/** deliver_account_webhooks: every account webhook whose subscriptions include the event. */
function toAccount(to: Planning, accountId: number, build: () => Payload): Payload | undefined {
  const hooks = to.store.tables.webhooks
    .where('account', accountId)
    .filter((w) => w.subscriptions.includes(to.event.name))
    .sort((a, b) => a.id - b.id);
  if (!hooks.length) return undefined;
  const payload = build();
  for (const hook of hooks) {
    to.send({
      event: to.event.name,
      payload,
      target: 'account_webhook',
      url: hook.url,
      webhookId: hook.id,
      secret: hook.secret || null,
    });
  }
  return payload;
}

/** AgentBotListener: the bot bound to the inbox, at its outgoing_url (unsigned). */
function toAgentBot(to: Planning, name: string, inboxId: number, build: () => Payload): void {
  const { tables } = to.store;
  const link = tables.agentBotInboxes.where('inbox', inboxId)[0];
  const bot = link ? tables.agentBots.get(link.agent_bot_id) : undefined;
  if (!bot || isBlank(bot.outgoing_url)) return;
  to.send({
    event: name,
    payload: build(),
    target: 'agent_bot_webhook',
    url: bot.outgoing_url,
    agentBotId: bot.id,
    secret: null,
  });
}
