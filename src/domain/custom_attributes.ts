import type { CustomAttributeModel, Tables } from '../store';

/**
 * The keys of an account's custom attribute definitions for one model ('contact_attribute' or
 * 'conversation_attribute'): what the contact and conversation filters accept besides their standard
 * attributes (app/services/filter_service.rb). Cached until the definitions table changes.
 */
export function customAttributeKeys(
  tables: Tables,
  accountId: number,
  model: CustomAttributeModel,
): ReadonlySet<string> {
  const table = tables.customAttributeDefinitions;
  return table.cached(`keys:${accountId}:${model}`, () => {
    const keys = new Set<string>();
    for (const d of table.where('account', accountId)) {
      if (d.attribute_model === model && d.attribute_key) keys.add(d.attribute_key);
    }
    return keys;
  });
}
