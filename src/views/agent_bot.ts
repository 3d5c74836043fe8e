import type { AgentBot } from '../store';

export interface AgentBotViewOptions {
  /** Administrators also see the bot's access token. */
  admin: boolean;
}

/**
 * app/views/api/v1/models/_agent_bot.json.jbuilder. A system bot (no account) hides its outgoing
 * url; the access token is shown to administrators only (newest upstream; older versions showed it
 * to anyone who could read the bot).
 */
export function agentBotView(bot: AgentBot, { admin }: AgentBotViewOptions) {
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
    ...(admin && bot.access_token ? { access_token: bot.access_token } : {}),
    system_bot: systemBot,
  };
}
