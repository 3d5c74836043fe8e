/**
 * The AgentBot model (app/models/agent_bot.rb), shared by the Application API (account bots) and the
 * Platform API (system bots and bots it grants): columns, validation, creation, destruction.
 */
import type { AgentBot, Store } from '../store';
import { attachAvatar, avatarErrors, purgeAvatar, type AvatarOwner, type AvatarUpload } from './avatars';
import { RecordInvalid } from './errors';
import { revokeAll } from './platform';
import { columnLengthErrors, Errors } from './validations';

/** Limits::URL_LENGTH_LIMIT (the model validates outgoing_url's length). */
export const URL_LENGTH_LIMIT = 2048;

/** A bot's access token (`has_one :access_token`, `AccessToken#token`: has_secure_token). */
export const newBotToken = (store: Store): string => store.nextToken('', 24);

/**
 * Throws the model's errors for a bot with these changes applied, in Rails' order: ApplicationRecord's
 * column lengths (name, description; outgoing_url has its own length validation), Avatarable's avatar
 * check, then the model's; `errors` holds earlier ones.
 */
export function checkAgentBot(
  changes: Partial<AgentBot>,
  errors = new Errors(),
  avatar?: AvatarUpload,
): void {
  columnLengthErrors(errors, [
    ['name', changes.name, 'string'],
    ['description', changes.description, 'string'],
  ]);
  if (avatar) avatarErrors(avatar.file, errors);
  if ((changes.outgoing_url?.length ?? 0) > URL_LENGTH_LIMIT) {
    errors.add('outgoing_url', `Outgoing url is too long (maximum is ${URL_LENGTH_LIMIT} characters)`);
  }
  if (errors.any) throw new RecordInvalid(errors.list);
}

const avatarOwner = (bot: AgentBot): AvatarOwner => ({
  type: 'AgentBot',
  id: bot.id,
  accountId: bot.account_id,
});

/**
 * `AgentBot.create!(params)`: the columns' defaults, the given changes, a fresh access token; with an
 * uploaded `avatar`, attached.
 */
export function createAgentBot(
  store: Store,
  accountId: number | null,
  changes: Partial<AgentBot>,
  avatar?: AvatarUpload,
): AgentBot {
  checkAgentBot(changes, new Errors(), avatar);
  const bot = store.tables.agentBots.insert({
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
  if (!avatar) return bot;
  return store.tables.agentBots.update(bot.id, {
    avatar_url: attachAvatar(store, avatarOwner(bot), avatar.file, avatar.baseUrl),
  });
}

/** `bot.update!(params)`: validated, then written; an uploaded `avatar` replaces the bot's avatar. */
export function updateAgentBot(
  store: Store,
  bot: AgentBot,
  changes: Partial<AgentBot>,
  avatar?: AvatarUpload,
): AgentBot {
  checkAgentBot(changes, new Errors(), avatar);
  const write = { ...changes };
  if (avatar) write.avatar_url = attachAvatar(store, avatarOwner(bot), avatar.file, avatar.baseUrl);
  return store.tables.agentBots.update(bot.id, write);
}

/** `bot.avatar.purge if bot.avatar.attached?`. */
export function removeAgentBotAvatar(store: Store, bot: AgentBot): AgentBot {
  purgeAvatar(store, avatarOwner(bot));
  return bot.avatar_url ? store.tables.agentBots.update(bot.id, { avatar_url: '' }) : bot;
}

/** `bot.destroy!`: its inbox bindings go (dependent: :destroy_async), and any platform grants. */
export function destroyAgentBot(store: Store, botId: number): void {
  const { tables } = store;
  for (const b of tables.agentBotInboxes.where('bot', botId)) tables.agentBotInboxes.delete(b.id);
  revokeAll(store, 'AgentBot', botId);
  const bot = tables.agentBots.get(botId);
  if (bot) purgeAvatar(store, avatarOwner(bot));
  tables.agentBots.delete(botId);
}
