/** Model validations Chatwoot applies, with its exact messages. */
import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fullMessage, humanAttributeName } from '../rails/inflection';
import type { FieldError } from './errors';

/** Devise's email regexp (config/initializers/devise.rb: /\A[^@\s]+@[^@\s]+\z/). */
export const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+$/;

/** Contact phone numbers must be E.164 (app/models/contact.rb). */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;

/** URI::DEFAULT_PARSER.make_regexp(%w[http https]), approximately: a scheme and a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Whether a URL path is a control API's (`/__fake…`), however spelled: any case, repeated slashes,
 * percent-encoded letters (Express matches `/__FAKE` too).
 */
function isControlPath(pathname: string): boolean {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // keep it as sent
  }
  return /^\/+__fake(?:\/|$)/i.test(path);
}

/** Whether a URL's host names this machine: localhost, a loopback or wildcard address, an own interface's. */
function isThisMachine(hostname: string): boolean {
  let host = hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (host.startsWith('::ffff:') && isIP(host.slice(7)) === 4) host = host.slice(7);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\./.test(host) || host === '::1' || host === '0.0.0.0' || host === '::' || /^0+$/.test(host))
    return true;
  if (isIP(host) === 0) return false;
  return Object.values(networkInterfaces()).some((list) =>
    (list ?? []).some((a) => a.address.toLowerCase() === host),
  );
}

/**
 * Whether a webhook URL targets a fake's control API on this machine (a loopback or own address, a
 * path under /__fake): refused at creation, so an account cannot reset, reseed or read the fake.
 */
export function targetsControlApi(value: string): boolean {
  try {
    const url = new URL(value);
    return isControlPath(url.pathname) && isThisMachine(url.hostname);
  } catch {
    return false;
  }
}

/**
 * At delivery: a /__fake path on this machine, or on any host name (which may resolve to this
 * machine): never called. Only an IP address of another machine is.
 */
export function mayReachControlApi(url: URL): boolean {
  if (!isControlPath(url.pathname)) return false;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) === 0 || isThisMachine(host);
}

export type { FieldError } from './errors';

/** Collects errors the way ActiveModel does, to throw them together as one 422. */
export class Errors {
  readonly list: FieldError[] = [];
  /** An error given as its full message ("Name can't be blank"). */
  add(attribute: string, message: string): void {
    this.list.push({ attribute, message });
  }
  /**
   * `errors.add(:name, "can't be blank")`: the message as the model gives it, the full message composed
   * as ActiveModel does; both forms kept, for controllers that render `errors.messages`.
   */
  addMessage(attribute: string, message: string): void {
    this.list.push({ attribute, message: fullMessage(attribute, message), detail: message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
  /** ActiveModel::Errors#messages: attribute → messages (see errorMessages). */
  messages(): Record<string, string[]> {
    return errorMessages(this.list);
  }
}

/**
 * `errors.messages` of a failed validation, e.g. `{ slug: ['has already been taken'] }`, for
 * `render_could_not_create_error(@record.errors.messages)`; an error given only as a full message
 * is listed as such.
 */
export function errorMessages(errors: readonly FieldError[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of errors) (out[e.attribute] ??= []).push(e.detail ?? e.message);
  return out;
}

/** config/initializers/devise.rb: password_length = 6..128. */
export const PASSWORD_LENGTH = { min: 6, max: 128 };

/** Devise validatable + devise-secure_password (one upper, one lower, one digit, one special character). */
export function passwordErrors(errors: Errors, password: string, confirmation: unknown): void {
  if (confirmation !== undefined && confirmation !== null && String(confirmation) !== password) {
    errors.add('password_confirmation', "Password confirmation doesn't match Password");
  }
  if (password.length < PASSWORD_LENGTH.min) {
    errors.add('password', `Password is too short (minimum is ${PASSWORD_LENGTH.min} characters)`);
  } else if (password.length > PASSWORD_LENGTH.max) {
    errors.add('password', `Password is too long (maximum is ${PASSWORD_LENGTH.max} characters)`);
  }
  if (!/[A-Z]/.test(password)) errors.add('password', 'Password must contain at least 1 uppercase letter');
  if (!/[a-z]/.test(password)) errors.add('password', 'Password must contain at least 1 lowercase letter');
  if (!/\d/.test(password)) errors.add('password', 'Password must contain at least 1 number');
  if (!/[^A-Za-z0-9]/.test(password))
    errors.add('password', 'Password must contain at least 1 special character');
}

const JSONB_STRING_MAX = 1500;
const JSONB_INTEGER_MAX = 9_999_999_999;

/**
 * JsonbAttributesLengthValidator (app/validators/jsonb_attributes_length_validator.rb): each top-level
 * String value of a jsonb hash must be at most 1500 characters and each Integer at most 9999999999,
 * else an error on the attribute, e.g. "Custom attributes notes length should be < 1500". Chatwoot runs
 * it on a conversation's `additional_attributes` and `custom_attributes` (app/models/conversation.rb);
 * it is the only server-side check of custom attribute values — contacts have none, and the
 * definitions' `regex_pattern`/list values are enforced by the dashboard only.
 */
export function validateJsonbAttributesLength(errors: Errors, attribute: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const label = humanAttributeName(attribute);
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' && [...v].length > JSONB_STRING_MAX) {
      errors.add(attribute, `${label} ${key} length should be < ${JSONB_STRING_MAX}`);
    } else if (typeof v === 'number' && Number.isInteger(v) && v > JSONB_INTEGER_MAX) {
      errors.add(attribute, `${label} ${key} value should be < ${JSONB_INTEGER_MAX}`);
    }
  }
}

/** ApplicationRecord#validate_content_length's limits: string columns 255 characters, text columns 20000. */
export const COLUMN_LENGTH_LIMITS = { string: 255, text: 20_000 } as const;

/**
 * ApplicationRecord's `before_validation :validates_column_content_length` (every Chatwoot model): a
 * string or text column whose value is longer than its limit gets "<Attribute> is too long (maximum is
 * N characters)". It runs before the model's own validations, over the columns in table order, so
 * `columns` lists them in that order; a nil value is skipped. Length is Ruby's String#length
 * (characters, not UTF-16 units).
 */
export function columnLengthErrors(
  errors: Errors,
  columns: readonly [attribute: string, value: unknown, type: keyof typeof COLUMN_LENGTH_LIMITS][],
): Errors {
  for (const [attribute, value, type] of columns) {
    if (typeof value !== 'string') continue;
    const max = COLUMN_LENGTH_LIMITS[type];
    if (value.length > max && [...value].length > max) {
      errors.addMessage(attribute, `is too long (maximum is ${max} characters)`);
    }
  }
  return errors;
}
