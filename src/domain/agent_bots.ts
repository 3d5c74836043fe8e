/**
 * The AgentBot model (app/models/agent_bot.rb), shared by the Application API (account bots) and the
 * Platform API (system bots and bots it grants): columns, validation, creation, destruction.
 */
import type { AgentBot, Store } from '../store';
import { RecordInvalid } from './errors';
import { revokeAll } from './platform';
import { Errors } from './validations';

/** Limits::URL_LENGTH_LIMIT (the model validates outgoing_url's length). */
export const URL_LENGTH_LIMIT = 2048;

/** A bot's access token (`has_one :access_token`, `AccessToken#token`: has_secure_token). */
export const newBotToken = (store: Store): string => store.nextToken('', 24);

/** Throws the model's errors for a bot with these changes applied; `errors` holds earlier ones. */
export function checkAgentBot(changes: Partial<AgentBot>, errors = new Errors()): void {
  if ((changes.outgoing_url?.length ?? 0) > URL_LENGTH_LIMIT) {
    errors.add('outgoing_url', `Outgoing url is too long (maximum is ${URL_LENGTH_LIMIT} characters)`);
  }
  if (errors.any) throw new RecordInvalid(errors.list);
}

/** `AgentBot.create!(params)`: the columns' defaults, the given changes, a fresh access token. */
export function createAgentBot(store: Store, accountId: number | null, changes: Partial<AgentBot>): AgentBot {
  checkAgentBot(changes);
  return store.tables.agentBots.insert({
    account_id: accountId,
    // The name column is nullable in Chatwoot (the record type says string for the seeded bots).
    name: null as unknown as string,
    description: null,
    outgoing_url: null,
    bot_type: 'webhook',
    bot_config: {},
    ...changes,
    access_token: newBotToken(store),
    created_at: store.clock.now(),
  });
}

/** `bot.destroy!`: its inbox bindings go (dependent: :destroy_async), and any platform grants. */
export function destroyAgentBot(store: Store, botId: number): void {
  const { tables } = store;
  for (const b of tables.agentBotInboxes.where('bot', botId)) tables.agentBotInboxes.delete(b.id);
  revokeAll(store, 'AgentBot', botId);
  tables.agentBots.delete(botId);
}
