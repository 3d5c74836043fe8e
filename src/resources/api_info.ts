/**
 * `GET /api` (app/controllers/api_controller.rb#index): the version the fake emulates, the time, and
 * services that always answer. The contract checker reads `version` from a real server here.
 */
import { ok, type HandlerMap } from '../http/context';
import { timeToDb } from '../rails/time';
import { CHATWOOT_VERSION } from '../views/account';

export const handlers: HandlerMap = {
  getApiInfo: (ctx) =>
    ok({
      version: CHATWOOT_VERSION,
      timestamp: timeToDb(ctx.store.clock.peek()),
      queue_services: 'ok',
      data_services: 'ok',
    }),
};
