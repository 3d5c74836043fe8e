import type { HandlerMap } from '../http/context';
import * as accounts from './accounts';
import * as agents from './agents';
// resource imports: one line each, alphabetical

/** Every handler, keyed by the operationId it serves (a test checks both directions). */
export const handlers: HandlerMap = {
  ...accounts.handlers,
  ...agents.handlers,
  // resource handlers: one line each
};
