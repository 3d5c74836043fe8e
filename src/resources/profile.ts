import { actingUser, empty, ok, type HandlerMap, type RequestContext } from '../http/context';
import { couldNotCreate, invalidAttribute, invalidRecord, notFound, unauthenticated } from '../http/errors';
import { toId, unwrap } from '../http/params';
import { castBoolean, isHash, present } from '../rails/casts';
import type { AccountUser, Availability, JsonObject, User } from '../store';
import { EMAIL_PATTERN, Errors, passwordErrors } from '../domain/validations';
import { userView } from '../views/user';

const AVAILABILITIES: readonly Availability[] = ['online', 'offline', 'busy'];

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

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

function update(ctx: RequestContext) {
  const user = currentUser(ctx);
  const params = profileParams(ctx);
  const changes: Partial<User> = {};

  // Step 1 (profiles_controller#update): a password change needs the current password.
  const password = text(params.password);
  if (password) {
    if (params.current_password !== user.password) throw couldNotCreate('Invalid current password');
    const errors = new Errors();
    passwordErrors(errors, password, params.password_confirmation);
    if (errors.any) throw invalidRecord(errors.list);
    changes.password = password;
  }

  // Step 2: assign the profile attributes and save! (email reconfirmation postpones an email change).
  if (params.name !== undefined) {
    // A NOT NULL column without a validation: Rails answers 500 here; the fake answers 422.
    if (params.name === null) throw invalidAttribute('name', "can't be blank");
    changes.name = String(params.name);
  }
  if (params.display_name !== undefined) changes.display_name = text(params.display_name);
  if (params.message_signature !== undefined) changes.message_signature = text(params.message_signature);
  const ui = params.ui_settings;
  if (isHash(ui)) changes.ui_settings = ui as JsonObject;
  if (params.phone_number !== undefined) {
    changes.custom_attributes = { ...user.custom_attributes, phone_number: text(params.phone_number) };
  }
  if (params.email !== undefined) {
    const email = text(params.email)?.toLowerCase() ?? null;
    const errors = new Errors();
    if (email !== user.email) {
      if (!email) errors.add('email', "Email can't be blank");
      else {
        const owner = ctx.tables.users.findBy('email', email);
        if (owner && owner.id !== user.id) errors.add('email', 'Email has already been taken');
        if (!EMAIL_PATTERN.test(email)) errors.add('email', 'Email is invalid');
      }
      if (!email) errors.add('email', "Email can't be blank"); // User also validates presence itself
      if (errors.any) throw invalidRecord(errors.list);
      changes.unconfirmed_email = email;
    }
  }
  ctx.tables.users.update(user.id, changes);
  return render(ctx);
}

/** `@user.account_users.find_by!(account_id: ...)`. */
function membership(ctx: RequestContext, accountId: unknown): AccountUser | undefined {
  const user = currentUser(ctx);
  const id = toId(accountId);
  return id === undefined ? undefined : ctx.tables.accountUsers.findBy('membership', [id, user.id]);
}

function setAvailability(ctx: RequestContext) {
  const params = profileParams(ctx);
  const member = membership(ctx, params.account_id);
  if (!member) throw notFound();
  // Enum ArgumentError for an unknown value, NOT NULL violation for a missing one: both unrescued
  // in Rails (a 500); the fake answers 422.
  if (params.availability === undefined || params.availability === null || params.availability === '') {
    throw invalidAttribute('availability', "can't be blank");
  }
  if (!AVAILABILITIES.includes(params.availability)) {
    throw invalidAttribute('availability', 'is not included in the list');
  }
  ctx.tables.accountUsers.update(member.id, { availability: params.availability });
  return render(ctx);
}

function setAutoOffline(ctx: RequestContext) {
  const params = profileParams(ctx);
  const member = membership(ctx, params.account_id);
  if (!member) throw notFound();
  const value = params.auto_offline;
  // `auto_offline || false`, then ActiveModel's boolean cast (nil, from "", is stored as false).
  const autoOffline = castBoolean(value ?? false) === true;
  ctx.tables.accountUsers.update(member.id, { auto_offline: autoOffline });
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
    ctx.tables.users.update(currentUser(ctx).id, { avatar_url: '' });
    return render(ctx);
  },
  setProfileAvailability: setAvailability,
  setProfileAutoOffline: setAutoOffline,
  setProfileActiveAccount: setActiveAccount,
  resetProfileAccessToken: (ctx) => {
    ctx.tables.users.update(currentUser(ctx).id, { access_token: ctx.store.nextToken('', 24) });
    return render(ctx);
  },
  resendProfileConfirmation: () => empty(),
};
