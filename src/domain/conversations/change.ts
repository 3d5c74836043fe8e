/**
 * Changing a conversation with the side effects Chatwoot's model callbacks have
 * (app/models/conversation.rb, concerns/assignment_handler.rb, concerns/activity_message_handler.rb):
 * snooze reset, the assignee dropped when it is not in the new team, waiting_since cleared on
 * resolve, the activity messages ("Conversation was marked resolved by …") and the events to record.
 * Shared by every handler that changes a conversation (application, public and bulk APIs).
 */
import type { PendingEvent } from '../../events/types';
import { capitalize } from '../../rails/inflection';
import type { Conversation, Message, Store } from '../../store';
import { changeRecord, type ChangedAttributes } from '../changes';
import { insertMessage } from '../records';
import { teamAssignee } from './auto_assignment';
import { addParticipant } from './participants';

export type { ChangedAttributes } from '../changes';

/** Who made the change (Chatwoot's Current.user / Current.contact); undefined for the system. */
export interface Actor {
  type: 'User' | 'AgentBot' | 'Contact';
  id: number;
  name: string;
  /**
   * Chatwoot's Current.executed_by rather than Current.user: set by the model itself, as a contact's
   * message reopening a resolved conversation of an API inbox does (Message#reopen_resolved_conversation).
   */
  executedBy?: boolean;
}

export interface ConversationChange {
  conversation: Conversation;
  /** Every changed column incl. updated_at; empty when nothing changed. */
  changed: ChangedAttributes;
  statusChanged: boolean;
  assigneeChanged: boolean;
  teamChanged: boolean;
  /** Activity messages created for the change, oldest first. */
  activities: Message[];
}

/** The columns whose change fires conversation_updated (Conversation#list_of_keys). */
const UPDATE_KEYS = [
  'team_id',
  'assignee_id',
  'status',
  'snoozed_until',
  'custom_attributes',
  'labels',
  'waiting_since',
  'first_reply_created_at',
  'priority',
] as const;

/** Columns compared to detect a change, in the order Rails lists them. */
const TRACKED = [
  'status',
  'snoozed_until',
  'assignee_id',
  'team_id',
  'priority',
  'labels',
  'additional_attributes',
  'custom_attributes',
] as const;
type Tracked = (typeof TRACKED)[number];

/** The columns a change may set: the tracked ones. */
export type ConversationChanges = Partial<Pick<Conversation, Tracked>>;

/** config/locales/en.yml conversations.activity.status.* */
function statusActivity(status: Conversation['status'], actor: Actor | undefined): string | undefined {
  // ActivityMessageHandler#automation_status_change_activity_content: executed_by a Contact.
  if (actor?.executedBy && actor.type === 'Contact') {
    return status === 'open' ? 'System reopened the conversation due to a new incoming message.' : undefined;
  }
  if (actor && actor.type !== 'Contact') {
    return {
      open: `Conversation was reopened by ${actor.name}`,
      resolved: `Conversation was marked resolved by ${actor.name}`,
      pending: `Conversation was marked as pending by ${actor.name}`,
      snoozed: `Conversation was snoozed by ${actor.name}`,
    }[status];
  }
  if (actor?.type === 'Contact' && status === 'resolved') {
    return `Conversation was resolved by ${capitalize(actor.name)}`;
  }
  return undefined;
}

function priorityActivity(
  before: Conversation['priority'],
  after: Conversation['priority'],
  userName: string,
): string | undefined {
  if (before && after) return `${userName} changed the priority from ${before} to ${after}`;
  if (!before && after) return `${userName} set the priority to ${after}`;
  if (before && !after) return `${userName} removed the priority`;
  return undefined;
}

/**
 * snoozed_until as the API takes it (DateTimeHelper#parse_date_time: unix seconds), also as an ISO
 * 8601 string; a blank or unparseable value is nil.
 */
export function snoozeTime(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return value * 1000;
  const text = String(value);
  if (/^-?\d+$/.test(text)) return Number(text) * 1000;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

/** The name Chatwoot's activity messages use for a user or bot actor (contacts get none). */
function userNameOf(actor: Actor | undefined): string | undefined {
  return actor && actor.type !== 'Contact' ? actor.name : undefined;
}

/**
 * Applies `changes` to a conversation with Chatwoot's callbacks and returns what changed.
 * Nothing is written (not even updated_at) when no tracked column changes.
 */
export function changeConversation(
  store: Store,
  conversation: Conversation,
  changes: ConversationChanges,
  actor: Actor | undefined,
): ConversationChange {
  const { tables } = store;
  const before = { ...conversation };
  const next = { ...conversation, ...changes };
  // before_save :ensure_snooze_until_reset
  if (next.status !== 'snoozed') next.snoozed_until = null;
  // AssignmentHandler#ensure_assignee_is_from_team: a new team drops an assignee outside it, and an
  // unassigned conversation gets one of the team's online inbox members (find_assignee_from_team).
  if (next.team_id !== before.team_id && next.team_id !== null) {
    if (
      next.assignee_id !== null &&
      !tables.teamMembers.findBy('membership', [next.team_id, next.assignee_id])
    ) {
      next.assignee_id = null;
    }
    if (next.assignee_id === null) next.assignee_id = teamAssignee(store, next, next.team_id) ?? null;
  }

  const tracked: Partial<Conversation> = {};
  for (const key of TRACKED) (tracked as Record<string, unknown>)[key] = next[key];
  const written = changeRecord(store, tables.conversations, conversation, tracked);
  const result: ConversationChange = {
    conversation,
    changed: written.changes,
    statusChanged: false,
    assigneeChanged: false,
    teamChanged: false,
    activities: [],
  };
  const changedKeys = Object.keys(written.changes);
  if (!changedKeys.length) return result;

  result.statusChanged = changedKeys.includes('status');
  result.assigneeChanged = changedKeys.includes('assignee_id');
  result.teamChanged = changedKeys.includes('team_id');
  // ParticipationListener#assignee_changed: the new assignee becomes a participant.
  if (result.assigneeChanged && next.assignee_id !== null) {
    addParticipant(store, tables.conversations.get(conversation.id)!, next.assignee_id);
  }

  // handle_resolved_status_change: update_column, so not part of the change set.
  if (result.statusChanged && next.status === 'resolved') {
    tables.conversations.update(conversation.id, { waiting_since: null });
  }

  // Activity messages (Conversations::ActivityMessageJob), in the order the callbacks enqueue them.
  const contents: string[] = [];
  const userName = userNameOf(actor);
  if (result.statusChanged) {
    const content = statusActivity(next.status, actor);
    if (content) contents.push(content);
  }
  if (changedKeys.includes('priority') && userName) {
    const content = priorityActivity(before.priority, next.priority, userName);
    if (content) contents.push(content);
  }
  if (changedKeys.includes('labels') && userName) {
    const added = next.labels.filter((l) => !before.labels.includes(l));
    const removed = before.labels.filter((l) => !next.labels.includes(l));
    if (added.length) contents.push(`${userName} added ${added.join(', ')}`);
    if (removed.length) contents.push(`${userName} removed ${removed.join(', ')}`);
  }
  if (userName && (result.teamChanged || result.assigneeChanged)) {
    const assignee = next.assignee_id !== null ? tables.users.get(next.assignee_id) : undefined;
    if (result.teamChanged) {
      const team = next.team_id !== null ? tables.teams.get(next.team_id) : undefined;
      const previous = before.team_id !== null ? tables.teams.get(before.team_id) : undefined;
      if (team && result.assigneeChanged && assignee) {
        contents.push(`Assigned to ${assignee.name} via ${team.name} by ${userName}`);
      } else if (team) {
        contents.push(`Assigned to ${team.name} by ${userName}`);
      } else {
        contents.push(`Unassigned from ${previous?.name ?? ''} by ${userName}`);
      }
    } else if (next.assignee_id === null) {
      contents.push(`Conversation unassigned by ${userName}`);
    } else if (actor?.type === 'User' && actor.id === next.assignee_id) {
      contents.push(`${userName} self-assigned this conversation`);
    } else {
      contents.push(`Assigned to ${assignee?.name ?? ''} by ${userName}`);
    }
  }
  for (const content of contents) {
    result.activities.push(
      insertMessage(store, tables.conversations.get(conversation.id)!, { message_type: 2, content }),
    );
  }
  return result;
}

/** Activity messages for a conversation just created with an assignee or team (after_commit on create). */
export function creationActivities(
  store: Store,
  conversation: Conversation,
  actor: Actor | undefined,
): Message[] {
  const userName = userNameOf(actor);
  if (!userName) return [];
  const { tables } = store;
  const assignee = conversation.assignee_id !== null ? tables.users.get(conversation.assignee_id) : undefined;
  const team = conversation.team_id !== null ? tables.teams.get(conversation.team_id) : undefined;
  let content: string | undefined;
  if (team) {
    content = assignee
      ? `Assigned to ${assignee.name} via ${team.name} by ${userName}`
      : `Assigned to ${team.name} by ${userName}`;
  } else if (assignee) {
    content =
      actor?.type === 'User' && actor.id === assignee.id
        ? `${userName} self-assigned this conversation`
        : `Assigned to ${assignee.name} by ${userName}`;
  }
  return content ? [insertMessage(store, conversation, { message_type: 2, content })] : [];
}

/**
 * The domain events a change fires, in Chatwoot's order: conversation_status_changed (with only
 * the status change), conversation_updated (every change) when a listed column changed,
 * assignee_changed / team_changed, then message_created for each activity message.
 */
export function changeEvents(change: ConversationChange): PendingEvent[] {
  const events: PendingEvent[] = [];
  const keys = Object.keys(change.changed);
  if (!keys.length) return events;
  const conversationId = change.conversation.id;
  if (change.statusChanged) {
    events.push({
      name: 'conversation_status_changed',
      data: { conversationId, changedAttributes: { status: change.changed.status } },
    });
  }
  if (keys.some((k) => (UPDATE_KEYS as readonly string[]).includes(k))) {
    events.push({
      name: 'conversation_updated',
      data: { conversationId, changedAttributes: change.changed },
    });
  }
  if (change.assigneeChanged) events.push({ name: 'assignee_changed', data: { conversationId } });
  if (change.teamChanged) events.push({ name: 'team_changed', data: { conversationId } });
  for (const message of change.activities) {
    events.push({ name: 'message_created', data: { messageId: message.id, conversationId } });
  }
  return events;
}
