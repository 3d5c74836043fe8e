/**
 * Platform API agent bots (app/controllers/platform/api/v1/agent_bots_controller.rb): top-level
 * `params.permit(:name, :description, :account_id, :outgoing_url, :avatar, :avatar_url)`. A bot without
 * `account_id` is a system bot, offered to every account; one with an account is that account's own.
 * Bots made here get their own access token and work through the Application API.
 */
import { checkAgentBot, createAgentBot, destroyAgentBot, removeAgentBotAvatar } from '../domain/agent_bots';
import { grant, permissibleIds, regrantBot } from '../domain/platform';
import { empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { toId } from '../http/params';
import type { AgentBot } from '../store';
import { Errors } from '../domain/validations';
import { platformAgentBotView } from '../views/platform';
import { findPermissible, platformAppOf, textParam } from './platform_common';

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
  checkAgentBot(changes, errors);
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
  const bot = createAgentBot(store, null, changes);
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
  deletePlatformAgentBotAvatar: (ctx) => render(removeAgentBotAvatar(ctx.store, findBot(ctx))),
};
