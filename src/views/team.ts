import type { Tables, Team } from '../store';
import { iso } from './time';

const teamColumns = (team: Team) => ({
  id: team.id,
  name: team.name,
  description: team.description,
  allow_auto_assign: team.allow_auto_assign,
  account_id: team.account_id,
});

/** app/views/api/v1/models/_team.json.jbuilder; is_member is relative to the caller. */
export function teamView(tables: Tables, team: Team, userId?: number) {
  return {
    ...teamColumns(team),
    is_member:
      userId !== undefined && tables.teamMembers.findBy('membership', [team.id, userId]) !== undefined,
  };
}

/** `render json: @team`: the Rails model JSON (every column, ISO timestamps). */
export function teamModelJson(team: Team) {
  return {
    ...teamColumns(team),
    created_at: iso(team.created_at),
    updated_at: iso(team.updated_at),
  };
}
