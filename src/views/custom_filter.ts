import type { CustomFilter } from '../store';
import { iso } from './time';

/** app/views/api/v1/models/_custom_filter.json.jbuilder (timestamps as jbuilder renders a Time: ISO-8601). */
export function customFilterView(filter: CustomFilter) {
  return {
    id: filter.id,
    name: filter.name,
    filter_type: filter.filter_type,
    query: filter.query,
    created_at: iso(filter.created_at),
    updated_at: iso(filter.updated_at),
  };
}
