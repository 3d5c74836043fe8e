/**
 * Users and their account memberships (app/models/user.rb with Devise, account_user.rb,
 * AgentBuilder): email normalisation, the model validations, and the writes of the agents, platform
 * users and profile APIs.
 */
import { blank, castBoolean, isHash } from '../rails/casts';
import type { AccountUser, Availability, JsonObject, Role, Store, Tables, User } from '../store';
import { addAccountUser } from './memberships';
import { attachAvatar, avatarErrors, purgeAvatar, type AvatarOwner, type AvatarUpload } from './avatars';
import { CouldNotCreate, InvalidAttribute, RecordInvalid } from './errors';
import { accountOf, actingUser, type Scope } from './scope';
import { columnLengthErrors, EMAIL_PATTERN, Errors, passwordErrors } from './validations';

/** Devise strips and downcases the email before validation (`strip_whitespace_keys`, `case_insensitive_keys`). */
export const normalEmail = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value).trim().toLowerCase();

/** Devise validatable's email checks (presence, uniqueness among all users, format), in its order. */
function emailErrors(errors: Errors, tables: Tables, email: string | null, self: User | undefined): void {
  if (!email) {
    errors.add('email', "Email can't be blank");
    return;
  }
  const owner = tables.users.findBy('email', email);
  if (owner && owner.id !== self?.id) errors.add('email', 'Email has already been taken');
  if (!EMAIL_PATTERN.test(email)) errors.add('email', 'Email is invalid');
}

/**
 * The user model's validations on the values a save would write (Devise validatable,
 * devise-secure_password, `validates :name, presence: true`), in Chatwoot's order. `password`
 * undefined: not being set; null on an update: unchanged.
 */
function validateUser(
  tables: Tables,
  self: User | undefined,
  values: { email: string | null; name: string | null; password: string | null | undefined },
): void {
  const { email, name, password } = values;
  // ApplicationRecord's column lengths run first (before_validation).
  const errors = columnLengthErrors(new Errors(), [
    ['name', name, 'string'],
    ['email', email, 'string'],
  ]);
  emailErrors(errors, tables, email, self);
  // password_required?: a new user, or a password given on update.
  if (password !== undefined && (self === undefined || password !== null)) {
    if (!password) errors.add('password', "Password can't be blank");
    else passwordErrors(errors, password, undefined);
  }
  if (blank(name)) errors.add('name', "Name can't be blank");
  if (errors.any) throw new RecordInvalid(errors.list);
}

// ---------------------------------------------------------------------------------------------
// agents (an account's members)

export interface AgentParams {
  email?: unknown;
  name?: unknown;
  role?: Role;
  availability?: Availability;
  auto_offline?: boolean;
}

/**
 * AgentBuilder: the user with that email (made, unconfirmed, when missing) joins the account, invited
 * by the caller. A member already is "Email has already been taken".
 */
export function addAgent(scope: Scope, params: AgentParams): { user: User; membership: AccountUser } {
  const { tables, store } = scope;
  const account = accountOf(scope);
  const email = typeof params.email === 'string' ? params.email.trim().toLowerCase() : '';
  const errors = new Errors();
  if (!email) errors.add('email', "Email can't be blank");
  else if (!EMAIL_PATTERN.test(email)) errors.add('email', 'Email is invalid');
  if (errors.any) throw new RecordInvalid(errors.list);

  let user = tables.users.findBy('email', email);
  if (user && tables.accountUsers.findBy('membership', [account.id, user.id])) {
    throw new RecordInvalid([{ attribute: 'email', message: 'Email has already been taken' }]);
  }
  const now = store.clock.now();
  user ??= tables.users.insert({
    name: typeof params.name === 'string' && params.name ? params.name : email.split('@')[0],
    display_name: null,
    email,
    password: store.nextToken('Pw1!', 12),
    access_token: store.nextToken('', 24),
    pubsub_token: store.nextToken('', 24),
    confirmed: false,
    avatar_url: '',
    custom_attributes: {},
    message_signature: null,
    type: null,
    created_at: now,
  });
  const membership = addAccountUser(store, {
    account_id: account.id,
    user_id: user.id,
    role: params.role ?? 'agent',
    availability: params.availability ?? 'offline',
    auto_offline: params.auto_offline ?? false,
    inviter_id: actingUser(scope)?.id ?? null,
    active_at: null,
    created_at: now,
  });
  return { user, membership };
}

/** An agent's name (on the user) and role, availability and auto_offline (on the membership). */
export function updateAgent(
  store: Store,
  member: { user: User; membership: AccountUser },
  params: AgentParams,
): { user: User; membership: AccountUser } {
  const { tables } = store;
  if (typeof params.name === 'string') {
    if (!params.name.trim()) {
      throw new RecordInvalid([{ attribute: 'name', message: "Name can't be blank" }]);
    }
    tables.users.update(member.user.id, { name: params.name });
  }
  const changes: Partial<AccountUser> = {};
  if (params.role !== undefined) changes.role = params.role;
  if (params.availability !== undefined) changes.availability = params.availability;
  if (params.auto_offline !== undefined) changes.auto_offline = params.auto_offline;
  const membership = tables.accountUsers.update(member.membership.id, changes);
  return { user: tables.users.get(member.user.id)!, membership };
}

// ---------------------------------------------------------------------------------------------
// platform users

export interface PlatformUserParams {
  email?: unknown;
  name?: string | null;
  display_name?: string | null;
  /** Undefined: not given; null: given as null. */
  password?: string | null;
  custom_attributes?: Record<string, any>;
}

/**
 * `User.from_email(email) || User.new(user_params)`, `skip_confirmation!`, `save!`: an existing user
 * (same email, any case) is answered as it is, only confirmed.
 */
export function findOrCreateUser(store: Store, params: PlatformUserParams): User {
  const { tables } = store;
  const email = normalEmail(params.email);
  const existing = email ? tables.users.findBy('email', email) : undefined;
  if (existing) return existing.confirmed ? existing : tables.users.update(existing.id, { confirmed: true });
  const name = params.name ?? null;
  const password = params.password ?? null;
  validateUser(tables, undefined, { email, name, password });
  return tables.users.insert({
    name: name!,
    display_name: params.display_name ?? null,
    email: email!,
    password: password!,
    access_token: store.nextToken('', 24),
    pubsub_token: store.nextToken('', 24),
    confirmed: true,
    avatar_url: '',
    custom_attributes: (params.custom_attributes ?? {}) as JsonObject,
    message_signature: null,
    type: null,
    ui_settings: {},
    created_at: store.clock.now(),
  });
}

/**
 * assign_attributes with `custom_attributes` merged into the existing ones, then save!; an email
 * change skips reconfirmation (it applies at once).
 */
export function updateUser(store: Store, user: User, params: PlatformUserParams): User {
  const changes: Partial<User> = {};
  if (params.name !== undefined) changes.name = params.name as string;
  if (params.display_name !== undefined) changes.display_name = params.display_name;
  if (params.email !== undefined) changes.email = normalEmail(params.email) as string;
  if (params.password) changes.password = params.password;
  if (params.custom_attributes) {
    changes.custom_attributes = { ...user.custom_attributes, ...params.custom_attributes } as JsonObject;
  }
  validateUser(store.tables, user, {
    email: changes.email !== undefined ? changes.email : user.email,
    name: changes.name !== undefined ? changes.name : user.name,
    password: params.password,
  });
  return store.tables.users.update(user.id, changes);
}

// ---------------------------------------------------------------------------------------------
// the caller's profile

const text = (value: unknown): string | null =>
  value === undefined || value === null ? null : String(value);

const avatarOwner = (user: User): AvatarOwner => ({ type: 'User', id: user.id, accountId: null });

/**
 * ApplicationRecord's column lengths for the user columns the profile sets (users' table order:
 * name, display_name, email, message_signature).
 */
function userLengthErrors(errors: Errors, values: Partial<User>): Errors {
  return columnLengthErrors(errors, [
    ['name', values.name, 'string'],
    ['display_name', values.display_name, 'string'],
    ['email', values.email, 'string'],
    ['message_signature', values.message_signature, 'text'],
  ]);
}

/**
 * ProfilesController#update: a password change needs the current password and is validated first;
 * then the profile attributes (and `avatar`, an upload) are validated and saved together, or nothing
 * is. An email change waits for confirmation (unconfirmed_email).
 */
export function updateProfile(
  store: Store,
  user: User,
  params: Record<string, any>,
  avatar?: AvatarUpload,
): void {
  const changes: Partial<User> = {};
  const password = text(params.password);
  if (password) {
    if (params.current_password !== user.password) throw new CouldNotCreate('Invalid current password');
    const errors = new Errors();
    passwordErrors(errors, password, params.password_confirmation);
    if (errors.any) throw new RecordInvalid(errors.list);
    changes.password = password;
  }

  if (params.name !== undefined) {
    // A NOT NULL column without a validation: Rails answers 500 here; the fake answers 422.
    if (params.name === null) throw new InvalidAttribute('name', "can't be blank");
    changes.name = String(params.name);
  }
  if (params.display_name !== undefined) changes.display_name = text(params.display_name);
  if (params.message_signature !== undefined) changes.message_signature = text(params.message_signature);
  const ui = params.ui_settings;
  if (isHash(ui)) changes.ui_settings = ui as JsonObject;
  if (params.phone_number !== undefined) {
    changes.custom_attributes = { ...user.custom_attributes, phone_number: text(params.phone_number) };
  }
  const errors = userLengthErrors(new Errors(), changes);
  if (avatar) avatarErrors(avatar.file, errors);
  if (params.email !== undefined) {
    const email = text(params.email)?.toLowerCase() ?? null;
    if (email !== user.email) {
      userLengthErrors(errors, { email: email ?? undefined });
      emailErrors(errors, store.tables, email, user);
      if (!email) errors.add('email', "Email can't be blank"); // User also validates presence itself
      changes.unconfirmed_email = email;
    }
  }
  if (errors.any) throw new RecordInvalid(errors.list);
  if (avatar) changes.avatar_url = attachAvatar(store, avatarOwner(user), avatar.file, avatar.baseUrl);
  store.tables.users.update(user.id, changes);
}

/** ProfilesController#avatar: the user's avatar is removed (`avatar_url` "" from then on). */
export function removeUserAvatar(store: Store, user: User): User {
  purgeAvatar(store, avatarOwner(user));
  return store.tables.users.update(user.id, { avatar_url: '' });
}

const AVAILABILITIES: readonly unknown[] = ['online', 'offline', 'busy'] satisfies Availability[];

/**
 * The membership's availability. An unknown value (enum ArgumentError) or a missing one (NOT NULL)
 * is a 500 in Rails; the fake answers 422.
 */
export function setAvailability(store: Store, membership: AccountUser, value: unknown): void {
  if (value === undefined || value === null || value === '') {
    throw new InvalidAttribute('availability', "can't be blank");
  }
  if (!AVAILABILITIES.includes(value))
    throw new InvalidAttribute('availability', 'is not included in the list');
  store.tables.accountUsers.update(membership.id, { availability: value as Availability });
}

/** `auto_offline || false`, then ActiveModel's boolean cast (nil, from "", is stored as false). */
export function setAutoOffline(store: Store, membership: AccountUser, value: unknown): void {
  store.tables.accountUsers.update(membership.id, { auto_offline: castBoolean(value ?? false) === true });
}
