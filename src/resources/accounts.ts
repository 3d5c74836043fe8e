import { accountOf, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord } from '../http/errors';
import { permit, unwrap } from '../http/params';
import { accountView } from '../views/account';

function update(ctx: RequestContext) {
  const account = accountOf(ctx);
  const changes = permit(unwrap(ctx.body, 'account'), [
    'name',
    'locale',
    'domain',
    'support_email',
    'auto_resolve_duration',
  ] as const);
  if (changes.name !== undefined && String(changes.name).trim() === '') {
    throw invalidRecord([{ attribute: 'name', message: "Name can't be blank" }]);
  }
  return ok(accountView(ctx.tables.accounts.update(account.id, changes)));
}

export const handlers: HandlerMap = {
  getAccount: (ctx) => ok(accountView(accountOf(ctx))),
  updateAccount: update,
  replaceAccount: update,
};
