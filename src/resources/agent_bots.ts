import { accountOf, avatarUpload, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidAttribute, notFound } from '../http/errors';
import { toId } from '../http/params';
import type { AgentBot, JsonObject } from '../store';
import {
  createAgentBot,
  destroyAgentBot,
  newBotToken,
  removeAgentBotAvatar,
  updateAgentBot,
} from '../domain/agent_bots';
import { agentBotView } from '../views/agent_bot';
import { isHash } from '../rails/casts';

/** `AgentBot.accessible_to(account)`: the account's bots and the system bots (no account). */
function accessible(ctx: RequestContext): AgentBot[] {
  const own = ctx.tables.agentBots.where('account', accountOf(ctx).id);
  const system = [...ctx.tables.agentBots.all()].filter((b) => b.account_id === null);
  return [...system, ...own].sort((a, b) => a.id - b.id);
}

/** `show` finds among accessible bots; every other action only among the account's own. */
function findBot(ctx: RequestContext, { allowSystem }: { allowSystem: boolean }): AgentBot {
  const bot = ctx.tables.agentBots.get(toId(ctx.params.id) ?? -1);
  const accountId = accountOf(ctx).id;
  if (!bot) throw notFound();
  if (bot.account_id === accountId || (allowSystem && bot.account_id === null)) return bot;
  throw notFound();
}

const render = (ctx: RequestContext, bot: AgentBot) => agentBotView(bot, { accountId: accountOf(ctx).id });

/** The `avatar` file of a multipart create or update (a top-level permitted parameter). */
const AVATAR_FIELDS = ['avatar'];

/** permitted_params, cast like the model's columns (the model validates them when they are written). */
function fields(params: Record<string, any>): Partial<AgentBot> {
  const changes: Partial<AgentBot> = {};
  // The name column is nullable in Chatwoot (the record type says string for the seeded bots).
  if (params.name !== undefined) changes.name = (params.name === null ? null : String(params.name)) as string;
  for (const key of ['description', 'outgoing_url'] as const) {
    if (params[key] === undefined) continue;
    changes[key] = params[key] === null ? null : String(params[key]);
  }
  if (params.bot_type !== undefined) {
    // enum bot_type: { webhook: 0 } — anything else raises ArgumentError in Rails (unrescued, a 500);
    // the fake answers 422 "Bot type is not included in the list".
    if (params.bot_type !== 'webhook' && params.bot_type !== 0 && params.bot_type !== '0') {
      throw invalidAttribute('bot_type', 'is not included in the list');
    }
    changes.bot_type = 'webhook';
  }
  // `bot_config: {}` permits a hash only; a scalar is dropped by strong parameters.
  const config = params.bot_config;
  if (isHash(config)) changes.bot_config = config as JsonObject;
  return changes;
}

function create(ctx: RequestContext) {
  const changes = fields(ctx.body ?? {});
  const bot = createAgentBot(ctx.store, accountOf(ctx).id, changes, avatarUpload(ctx, AVATAR_FIELDS));
  return ok(render(ctx, bot));
}

function update(ctx: RequestContext) {
  const bot = findBot(ctx, { allowSystem: false });
  const changes = fields(ctx.body ?? {});
  return ok(render(ctx, updateAgentBot(ctx.store, bot, changes, avatarUpload(ctx, AVATAR_FIELDS))));
}

function remove(ctx: RequestContext) {
  const bot = findBot(ctx, { allowSystem: false });
  destroyAgentBot(ctx.store, bot.id);
  return empty();
}

function resetAccessToken(ctx: RequestContext) {
  const bot = findBot(ctx, { allowSystem: false });
  const updated = ctx.tables.agentBots.update(bot.id, { access_token: newBotToken(ctx.store) });
  return ok(render(ctx, updated));
}

export const handlers: HandlerMap = {
  listAgentBots: (ctx) => ok(accessible(ctx).map((bot) => render(ctx, bot))),
  createAgentBot: create,
  getAgentBot: (ctx) => ok(render(ctx, findBot(ctx, { allowSystem: true }))),
  updateAgentBot: update,
  replaceAgentBot: update,
  deleteAgentBot: remove,
  deleteAgentBotAvatar: (ctx) =>
    ok(render(ctx, removeAgentBotAvatar(ctx.store, findBot(ctx, { allowSystem: false })))),
  resetAgentBotAccessToken: resetAccessToken,
};
