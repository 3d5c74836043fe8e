/**
 * Picking an agent for a conversation the way Chatwoot's AutoAssignment does it when a team is set
 * (AssignmentHandler#find_assignee_from_team → AutoAssignment::AgentAssignmentService#find_assignee →
 * AutoAssignment::InboxRoundRobinService#available_agent):
 *
 * - the candidates are the inbox's members (Inbox#member_ids_with_assignment_capacity: every member on
 *   a community install) who are members of the team;
 * - of those, only the agents OnlineStatusTracker reports `online`: present (a live cable presence, or
 *   `auto_offline: false` on their account membership) and with the availability `online`. The fake's
 *   domain does not see cable presence, so here presence is `auto_offline: false` alone — an agent who
 *   keeps auto_offline on is never picked, as in Chatwoot when they have no dashboard open;
 * - the inbox's round-robin queue decides among them: members join it in the order they were added
 *   (the queue is rebuilt from the members, oldest picked first), and the one picked moves to the back.
 *   Chatwoot keeps the queue in Redis; the fake keeps each member's last turn on the inbox member row.
 */
import type { Conversation, Store } from '../../store';

/** The account member is `online` for OnlineStatusTracker (see the note above on presence). */
function onlineForAssignment(store: Store, accountId: number, userId: number): boolean {
  const membership = store.tables.accountUsers.findBy('membership', [accountId, userId]);
  return (
    membership !== undefined && membership.auto_offline === false && membership.availability === 'online'
  );
}

/**
 * InboxRoundRobinService#available_agent over the allowed user ids: the inbox member next in the
 * queue (never picked first, by the order they joined the inbox; then the longest since their last
 * pick), moved to the back of the queue. Undefined when none is allowed.
 */
export function roundRobinAgent(
  store: Store,
  inboxId: number,
  allowedUserIds: ReadonlySet<number>,
): number | undefined {
  const members = store.tables.inboxMembers.where('inbox', inboxId);
  let next: (typeof members)[number] | undefined;
  let lastTurn = 0;
  for (const member of members) {
    lastTurn = Math.max(lastTurn, member.round_robin_turn ?? 0);
    if (!allowedUserIds.has(member.user_id)) continue;
    const turn = member.round_robin_turn ?? 0;
    const best = next?.round_robin_turn ?? 0;
    if (!next || turn < best || (turn === best && member.id < next.id)) next = member;
  }
  if (!next) return undefined;
  store.tables.inboxMembers.update(next.id, { round_robin_turn: lastTurn + 1 });
  return next.user_id;
}

/**
 * AssignmentHandler#find_assignee_from_team for a conversation whose team is being set: nothing when
 * the team does not allow auto assignment, else the round-robin pick among the online inbox members
 * of the team.
 */
export function teamAssignee(
  store: Store,
  conversation: Pick<Conversation, 'account_id' | 'inbox_id'>,
  teamId: number,
): number | undefined {
  const { tables } = store;
  const team = tables.teams.get(teamId);
  if (!team?.allow_auto_assign) return undefined;
  const allowed = new Set<number>();
  for (const member of tables.teamMembers.where('team', teamId)) {
    if (!tables.inboxMembers.findBy('membership', [conversation.inbox_id, member.user_id])) continue;
    if (onlineForAssignment(store, conversation.account_id, member.user_id)) allowed.add(member.user_id);
  }
  return allowed.size ? roundRobinAgent(store, conversation.inbox_id, allowed) : undefined;
}
