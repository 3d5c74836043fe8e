/**
 * `GET /api` (app/controllers/api_controller.rb#index): the version the fake emulates, the time, and
 * services that always answer. The contract checker reads `version` from a real server here.
 */
import { ok, type HandlerMap } from '../http/context';
import { timeToDb } from '../rails/time';

export const handlers: HandlerMap = {
  getApiInfo: (ctx) =>
    ok({
      version: ctx.store.chatwootVersion.text,
      timestamp: timeToDb(ctx.store.clock.peek()),
      queue_services: 'ok',
      data_services: 'ok',
    }),
};
