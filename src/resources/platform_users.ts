/**
 * Platform API users (app/controllers/platform/api/v1/users_controller.rb): parameters are top-level
 * (`params.permit(:name, :display_name, :email, :password, custom_attributes: {})`). Users made here
 * are confirmed at once and can call the Application API with their `access_token` once they belong
 * to an account, or sign in with the SSO link from `login`.
 */
import { destroyUser, grant } from '../domain/platform';
import { issueSsoToken } from '../domain/sso';
import { findOrCreateUser, updateUser, type PlatformUserParams } from '../domain/users';
import { empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import type { User } from '../store';
import { platformUserTokenView, platformUserView } from '../views/platform';
import { findPermissible, hashParam, platformAppOf, textParam } from './platform_common';

const render = (ctx: RequestContext, user: User) => ok(platformUserView(ctx.tables, user));

/** `params.permit(:name, :display_name, :email, :password, custom_attributes: {})`, cast for the columns. */
function userParams(ctx: RequestContext): PlatformUserParams {
  const params = ctx.body ?? {};
  return {
    email: params.email,
    name: params.name === undefined ? undefined : textParam(params.name),
    display_name: params.display_name === undefined ? undefined : textParam(params.display_name),
    password:
      params.password === undefined ? undefined : params.password === null ? null : String(params.password),
    custom_attributes: hashParam(params.custom_attributes),
  };
}

/** An existing user (same email) is answered as it is; either way it becomes permissible. */
function create(ctx: RequestContext) {
  const user = findOrCreateUser(ctx.store, userParams(ctx));
  grant(ctx.store, platformAppOf(ctx), 'User', user.id);
  return render(ctx, user);
}

const findUser = (ctx: RequestContext): User =>
  findPermissible(ctx, 'User', ctx.params.id, (n) => ctx.tables.users.get(n));

function update(ctx: RequestContext) {
  const user = findUser(ctx);
  return render(ctx, updateUser(ctx.store, user, userParams(ctx)));
}

function destroy(ctx: RequestContext) {
  const user = findUser(ctx);
  // DeleteObjectJob runs later in Chatwoot; the fake deletes at once and answers the same 200.
  destroyUser(ctx.store, user.id);
  return empty();
}

/**
 * `{"url": "<FRONTEND_URL>/app/login?email=<email>&sso_auth_token=<token>"}`; the fake is its own
 * frontend. The token is single-use and valid 5 minutes (see src/domain/sso.ts).
 */
function login(ctx: RequestContext) {
  const user = findUser(ctx);
  const token = issueSsoToken(ctx.store, user);
  // ERB::Util.url_encode leaves only unreserved characters unescaped.
  const email = encodeURIComponent(user.email).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return ok({ url: `${ctx.baseUrl ?? ''}/app/login?email=${email}&sso_auth_token=${token}` });
}

export const handlers: HandlerMap = {
  createPlatformUser: create,
  getPlatformUser: (ctx) => render(ctx, findUser(ctx)),
  updatePlatformUser: update,
  replacePlatformUser: update,
  deletePlatformUser: destroy,
  getPlatformUserLoginUrl: login,
  createPlatformUserToken: (ctx) => ok(platformUserTokenView(findUser(ctx))),
};
