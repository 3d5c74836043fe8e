import type { CannedResponse } from '../store';
import { iso } from './time';

/** `render json: @canned_response`: the Rails model JSON, every column with ISO-8601 timestamps. */
export function cannedResponseView(response: CannedResponse) {
  return {
    id: response.id,
    account_id: response.account_id,
    short_code: response.short_code,
    content: response.content,
    created_at: iso(response.created_at),
    updated_at: iso(response.updated_at),
  };
}
