/**
 * Platform API users (app/controllers/platform/api/v1/users_controller.rb): parameters are top-level
 * (`params.permit(:name, :display_name, :email, :password, custom_attributes: {})`). Users made here
 * are confirmed at once and can call the Application API with their `access_token` once they belong
 * to an account, or sign in with the SSO link from `login`.
 */
import { destroyUser, grant } from '../domain/platform';
import { issueSsoToken } from '../domain/sso';
import { empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { invalidRecord } from '../http/errors';
import { blank } from '../rails/casts';
import type { JsonObject, User } from '../store';
import { EMAIL_PATTERN, Errors, passwordErrors } from '../domain/validations';
import { platformUserTokenView, platformUserView } from '../views/platform';
import { findPermissible, hashParam, platformAppOf, textParam } from './platform_common';

const render = (ctx: RequestContext, user: User) => ok(platformUserView(ctx.tables, user));

/** Devise downcases (and strips) the email before validation (`case_insensitive_keys`, `strip_whitespace_keys`). */
const normalEmail = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value).trim().toLowerCase();

/**
 * The user model's validations on the values a create or update would save (Devise validatable,
 * devise-secure_password, `validates :name, presence: true`), in Chatwoot's order.
 */
function validate(
  ctx: RequestContext,
  self: User | undefined,
  values: { email: string | null; name: string | null; password: string | null | undefined },
): void {
  const errors = new Errors();
  const { email, name, password } = values;
  if (!email) errors.add('email', "Email can't be blank");
  else {
    const owner = ctx.tables.users.findBy('email', email);
    if (owner && owner.id !== self?.id) errors.add('email', 'Email has already been taken');
    if (!EMAIL_PATTERN.test(email)) errors.add('email', 'Email is invalid');
  }
  // password_required?: a new user, or a password given on update (nil leaves it unchanged).
  if (password !== undefined && (self === undefined || password !== null)) {
    if (!password) errors.add('password', "Password can't be blank");
    else passwordErrors(errors, password, undefined);
  }
  if (blank(name)) errors.add('name', "Name can't be blank");
  if (errors.any) throw invalidRecord(errors.list);
}

/**
 * `User.from_email(email) || User.new(user_params)`, `skip_confirmation!`, `save!`: an existing user
 * (same email, any case) is returned as it is — only confirmed — and becomes permissible too.
 */
function create(ctx: RequestContext) {
  const params = ctx.body ?? {};
  const { tables, store } = ctx;
  const email = normalEmail(params.email);
  const app = platformAppOf(ctx);
  const existing = email ? tables.users.findBy('email', email) : undefined;
  if (existing) {
    const user = existing.confirmed ? existing : tables.users.update(existing.id, { confirmed: true });
    grant(store, app, 'User', user.id);
    return render(ctx, user);
  }
  const name = params.name === undefined ? null : textParam(params.name);
  const password = params.password === undefined || params.password === null ? null : String(params.password);
  validate(ctx, undefined, { email, name, password });
  const user = tables.users.insert({
    name: name!,
    display_name: params.display_name === undefined ? null : textParam(params.display_name),
    email: email!,
    password: password!,
    access_token: store.nextToken('', 24),
    pubsub_token: store.nextToken('', 24),
    confirmed: true,
    avatar_url: '',
    custom_attributes: (hashParam(params.custom_attributes) ?? {}) as JsonObject,
    message_signature: null,
    type: 'User',
    ui_settings: {},
    created_at: store.clock.now(),
  });
  grant(store, app, 'User', user.id);
  return render(ctx, user);
}

const findUser = (ctx: RequestContext): User =>
  findPermissible(ctx, 'User', ctx.params.id, (n) => ctx.tables.users.get(n));

/**
 * assign_attributes with `custom_attributes` merged into the existing ones; an email change skips
 * reconfirmation (it applies at once, and so does the uid).
 */
function update(ctx: RequestContext) {
  const user = findUser(ctx);
  const params = ctx.body ?? {};
  const changes: Partial<User> = {};
  if (params.name !== undefined) changes.name = textParam(params.name) as string;
  if (params.display_name !== undefined) changes.display_name = textParam(params.display_name);
  if (params.email !== undefined) changes.email = normalEmail(params.email) as string;
  const password =
    params.password === undefined ? undefined : params.password === null ? null : String(params.password);
  if (password) changes.password = password;
  const merged = hashParam(params.custom_attributes);
  if (merged) changes.custom_attributes = { ...user.custom_attributes, ...merged } as JsonObject;
  validate(ctx, user, {
    email: changes.email !== undefined ? changes.email : user.email,
    name: changes.name !== undefined ? changes.name : user.name,
    password,
  });
  return render(ctx, ctx.tables.users.update(user.id, changes));
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
