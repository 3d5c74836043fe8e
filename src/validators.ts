/** Model validations Chatwoot applies, with its exact messages. */

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

export interface FieldError {
  attribute: string;
  message: string;
}

/** Collects errors the way ActiveModel does, to throw them together as one 422. */
export class Errors {
  readonly list: FieldError[] = [];
  add(attribute: string, message: string): void {
    this.list.push({ attribute, message });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}
