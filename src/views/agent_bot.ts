import type { AgentBot } from '../store';

export interface AgentBotViewOptions {
  /** The account of the request (Current.account). */
  accountId: number;
}

/**
 * app/views/api/v1/models/_agent_bot.json.jbuilder over AgentBotPresenter. A system bot (no account)
 * hides its outgoing url. The access token is rendered when present, and the presenter gives it only
 * for a bot of the request's account (a system bot's is nil): any member who may read the bot sees
 * it, agents included (agent_bots_controller_spec: an agent's index and show include the token).
 */
export function agentBotView(bot: AgentBot, { accountId }: AgentBotViewOptions) {
  const systemBot = bot.account_id === null;
  return {
    id: bot.id,
    name: bot.name,
    description: bot.description,
    thumbnail: bot.avatar_url ?? '',
    ...(systemBot ? {} : { outgoing_url: bot.outgoing_url }),
    bot_type: bot.bot_type,
    bot_config: bot.bot_config,
    account_id: bot.account_id,
    ...(bot.account_id === accountId && bot.access_token ? { access_token: bot.access_token } : {}),
    system_bot: systemBot,
  };
}
