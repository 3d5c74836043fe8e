/** The caller's profile (app/controllers/api/v1/profiles_controller.rb). */
import { removeUserAvatar, setAutoOffline, setAvailability, updateProfile } from '../domain/users';
import { actingUser, avatarUpload, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, notFound, unauthenticated } from '../http/errors';
import { toId, unwrap } from '../http/params';
import { isHash, present } from '../rails/casts';
import type { AccountUser, User } from '../store';
import { userView } from '../views/user';

function currentUser(ctx: RequestContext): User {
  const user = actingUser(ctx);
  if (!user) throw unauthenticated(); // auth refuses bots here; kept for the type
  return ctx.tables.users.get(user.id) ?? user;
}

const render = (ctx: RequestContext) => ok(userView(ctx.tables, currentUser(ctx)));

/**
 * `params.require(:profile)`: ProfilesController has no model, so Rails wraps every top-level parameter
 * into `profile`; only an empty body is missing it.
 */
function profileParams(ctx: RequestContext): Record<string, any> {
  const body = ctx.body ?? {};
  const nested = body.profile;
  const hasNested = isHash(nested) && present(nested);
  const hasFlat = Object.keys(body).some((k) => k !== 'profile');
  if (!hasNested && !hasFlat) throw couldNotCreate('param is missing or the value is empty: profile');
  return unwrap(body, 'profile');
}

/**
 * `profile[avatar]` (multipart); a flat `avatar` is taken as wrapped, as the fake takes every flat
 * profile parameter (see profileParams).
 */
const AVATAR_FIELDS = ['profile[avatar]', 'avatar'];

function update(ctx: RequestContext) {
  const avatar = avatarUpload(ctx, AVATAR_FIELDS);
  // A request with only the file has parameters all the same (Rails' params include the upload).
  const params = avatar && !Object.keys(ctx.body ?? {}).length ? {} : profileParams(ctx);
  updateProfile(ctx.store, currentUser(ctx), params, avatar);
  return render(ctx);
}

/** `@user.account_users.find_by!(account_id: ...)`. */
function membership(ctx: RequestContext, accountId: unknown): AccountUser | undefined {
  const user = currentUser(ctx);
  const id = toId(accountId);
  return id === undefined ? undefined : ctx.tables.accountUsers.findBy('membership', [id, user.id]);
}

function availability(ctx: RequestContext) {
  const params = profileParams(ctx);
  const member = membership(ctx, params.account_id);
  if (!member) throw notFound();
  setAvailability(ctx.store, member, params.availability);
  return render(ctx);
}

function autoOffline(ctx: RequestContext) {
  const params = profileParams(ctx);
  const member = membership(ctx, params.account_id);
  if (!member) throw notFound();
  setAutoOffline(ctx.store, member, params.auto_offline);
  return render(ctx);
}

function setActiveAccount(ctx: RequestContext) {
  const params = profileParams(ctx);
  const member = membership(ctx, params.account_id);
  if (!member) throw notFound(); // Rails: find_by → nil.update, a 500; the fake answers 404
  ctx.tables.accountUsers.update(member.id, { active_at: ctx.store.clock.now() });
  return empty();
}

export const handlers: HandlerMap = {
  getProfile: render,
  updateProfile: update,
  replaceProfile: update,
  deleteProfileAvatar: (ctx) => {
    removeUserAvatar(ctx.store, currentUser(ctx));
    return render(ctx);
  },
  setProfileAvailability: availability,
  setProfileAutoOffline: autoOffline,
  setProfileActiveAccount: setActiveAccount,
  resetProfileAccessToken: (ctx) => {
    ctx.tables.users.update(currentUser(ctx).id, { access_token: ctx.store.nextToken('', 24) });
    return render(ctx);
  },
  resendProfileConfirmation: () => empty(),
};
