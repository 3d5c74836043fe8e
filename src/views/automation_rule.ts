import type { AutomationRule } from '../store';
import { unix } from './time';

/** app/views/api/v1/accounts/automation_rules/partials/_automation_rule.json.jbuilder */
export function automationRuleView(rule: AutomationRule) {
  return {
    id: rule.id,
    account_id: rule.account_id,
    name: rule.name,
    description: rule.description,
    event_name: rule.event_name,
    conditions: rule.conditions,
    actions: rule.actions,
    created_on: unix(rule.created_at),
    active: rule.active,
  };
}
