/**
 * Platform API agent bots (app/controllers/platform/api/v1/agent_bots_controller.rb): top-level
 * `params.permit(:name, :description, :account_id, :outgoing_url, :avatar, :avatar_url)`. A bot without
 * `account_id` is a system bot, offered to every account; one with an account is that account's own.
 * Bots made here get their own access token and work through the Application API.
 */
import { destroyAgentBot, grant, permissibleIds, regrantBot } from '../domain/platform';
import { empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord } from '../http/errors';
import { toId } from '../http/params';
import type { AgentBot } from '../store';
import { Errors } from '../domain/validations';
import { platformAgentBotView } from '../views/platform';
import { findPermissible, platformAppOf, textParam } from './platform_common';

/** Limits::URL_LENGTH_LIMIT (app/models/agent_bot.rb validates outgoing_url's length). */
const URL_LENGTH_LIMIT = 2048;

const render = (bot: AgentBot) => ok(platformAgentBotView(bot));

/** The permitted parameters cast like the columns, validated before any write. */
function botChanges(ctx: RequestContext): Partial<AgentBot> {
  const params = ctx.body ?? {};
  const changes: Partial<AgentBot> = {};
  const errors = new Errors();
  // The name column is nullable in Chatwoot (the record type says string for the seeded bots).
  if (params.name !== undefined) changes.name = textParam(params.name) as string;
  if (params.description !== undefined) changes.description = textParam(params.description);
  if (params.outgoing_url !== undefined) changes.outgoing_url = textParam(params.outgoing_url);
  if (params.account_id !== undefined) {
    if (params.account_id === null || params.account_id === '') changes.account_id = null;
    else {
      // belongs_to :account, optional — an id without an account breaks the foreign key in Rails
      // (a 500); the fake answers the model-style 422 instead.
      const id = toId(params.account_id);
      if (id === undefined || !ctx.tables.accounts.get(id)) errors.add('account', 'Account must exist');
      else changes.account_id = id;
    }
  }
  if ((changes.outgoing_url?.length ?? 0) > URL_LENGTH_LIMIT) {
    errors.add('outgoing_url', `Outgoing url is too long (maximum is ${URL_LENGTH_LIMIT} characters)`);
  }
  if (errors.any) throw invalidRecord(errors.list);
  return changes;
}

function list(ctx: RequestContext) {
  const bots = permissibleIds(ctx.tables, platformAppOf(ctx), 'AgentBot')
    .map((id) => ctx.tables.agentBots.get(id))
    .filter((b): b is AgentBot => b !== undefined);
  return ok(bots.map(platformAgentBotView));
}

function create(ctx: RequestContext) {
  const changes = botChanges(ctx);
  const { store } = ctx;
  const bot = store.tables.agentBots.insert({
    account_id: null,
    name: null as unknown as string,
    description: null,
    outgoing_url: null,
    bot_type: 'webhook',
    bot_config: {},
    ...changes,
    access_token: store.nextToken('', 24),
    created_at: store.clock.now(),
  });
  grant(store, platformAppOf(ctx), 'AgentBot', bot.id);
  return render(bot);
}

const findBot = (ctx: RequestContext): AgentBot =>
  findPermissible(ctx, 'AgentBot', ctx.params.id, (n) => ctx.tables.agentBots.get(n));

function update(ctx: RequestContext) {
  const bot = findBot(ctx);
  const updated = ctx.tables.agentBots.update(bot.id, botChanges(ctx));
  if (updated.account_id !== bot.account_id) regrantBot(ctx.store, bot.id);
  return render(updated);
}

function destroy(ctx: RequestContext) {
  destroyAgentBot(ctx.store, findBot(ctx).id);
  return empty();
}

export const handlers: HandlerMap = {
  listPlatformAgentBots: list,
  createPlatformAgentBot: create,
  getPlatformAgentBot: (ctx) => render(findBot(ctx)),
  updatePlatformAgentBot: update,
  replacePlatformAgentBot: update,
  deletePlatformAgentBot: destroy,
  // The fake keeps no bot avatars: purging one renders the bot as it is.
  deletePlatformAgentBotAvatar: (ctx) => render(findBot(ctx)),
};
