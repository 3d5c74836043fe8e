import type { Note, Tables } from '../store';
import { agentView, membershipOf } from './agent';
import { unix } from './time';

/**
 * app/views/api/v1/models/_note.json.jbuilder. Its `json.account_id json.account_id` and
 * `json.contact_id json.contact_id` lines render both keys as null (a bare `json.key` sets nothing and
 * returns nil). `user` (the agent partial of the author) only while that user exists.
 */
export function noteView(tables: Tables, note: Note) {
  const user = note.user_id === null ? undefined : tables.users.get(note.user_id);
  const membership = user ? membershipOf(tables, note.account_id, user.id) : undefined;
  return {
    id: note.id,
    content: note.content,
    account_id: null,
    contact_id: null,
    ...(user && membership ? { user: agentView(user, membership) } : {}),
    created_at: unix(note.created_at),
    updated_at: unix(note.updated_at),
  };
}
