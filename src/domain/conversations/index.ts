/**
 * Conversations' model rules: changes with Chatwoot's callbacks (change.ts) and participants
 * (participants.ts).
 */
export * from './change';
export * from './participants';
