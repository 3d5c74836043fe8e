/**
 * Conversations' model rules: changes with Chatwoot's callbacks (change.ts), creation (create.ts),
 * what the account API does to one conversation (actions.ts) and participants (participants.ts).
 */
export * from './actions';
export * from './auto_assignment';
export * from './change';
export * from './create';
export * from './participants';
