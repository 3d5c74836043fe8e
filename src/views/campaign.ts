import type { Campaign, Tables } from '../store';
import { agentView, membershipOf } from './agent';
import { inboxView } from './inbox';
import { iso, unixOrZero } from './time';

/**
 * app/views/api/v1/models/_campaign.json.jbuilder, keys in its order. Campaigns are an administrators'
 * resource, so the inbox partial shows the channel secrets. `sender` is dropped when there is none (an
 * empty jbuilder block sets no key); `scheduled_at`/`audience` only on one_off campaigns.
 */
export function campaignView(tables: Tables, campaign: Campaign) {
  const inbox = tables.inboxes.get(campaign.inbox_id ?? -1)!;
  const sender = campaign.sender_id === null ? undefined : tables.users.get(campaign.sender_id);
  const membership = sender ? membershipOf(tables, campaign.account_id, sender.id) : undefined;
  return {
    id: campaign.display_id,
    title: campaign.title,
    description: campaign.description,
    account_id: campaign.account_id,
    inbox: inboxView(inbox, { admin: true }),
    ...(sender && membership ? { sender: agentView(sender, membership) } : {}),
    message: campaign.message,
    template_params: campaign.template_params,
    campaign_status: campaign.campaign_status,
    enabled: campaign.enabled,
    campaign_type: campaign.campaign_type,
    ...(campaign.campaign_type === 'one_off'
      ? { scheduled_at: unixOrZero(campaign.scheduled_at), audience: campaign.audience }
      : {}),
    trigger_rules: campaign.trigger_rules,
    trigger_only_during_business_hours: campaign.trigger_only_during_business_hours,
    created_at: iso(campaign.created_at),
    updated_at: iso(campaign.updated_at),
  };
}
