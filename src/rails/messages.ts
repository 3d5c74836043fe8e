/**
 * ActiveModel's default error messages, as `errors.add(:attribute, :key)` words them in English
 * (activemodel/lib/active_model/locale/en.yml, `en.errors.messages`); the full message puts the
 * humanized attribute in front ("Status is not included in the list").
 */
const MESSAGES = {
  inclusion: 'is not included in the list',
  exclusion: 'is reserved',
  invalid: 'is invalid',
  blank: "can't be blank",
  too_long: {
    one: 'is too long (maximum is 1 character)',
    other: 'is too long (maximum is %{count} characters)',
  },
  too_short: {
    one: 'is too short (minimum is 1 character)',
    other: 'is too short (minimum is %{count} characters)',
  },
  not_a_number: 'is not a number',
  not_an_integer: 'must be an integer',
  greater_than: 'must be greater than %{count}',
  greater_than_or_equal_to: 'must be greater than or equal to %{count}',
  less_than: 'must be less than %{count}',
  less_than_or_equal_to: 'must be less than or equal to %{count}',
} as const;

export type ErrorMessageKey = keyof typeof MESSAGES;

/**
 * The message for `key`, with `count` interpolated (I18n's English plural rule: `one` for 1, else
 * `other`): `errorMessage('too_long', 255)` → "is too long (maximum is 255 characters)".
 */
export function errorMessage(key: ErrorMessageKey, count?: number): string {
  const entry: string | { one: string; other: string } = MESSAGES[key];
  const text = typeof entry === 'string' ? entry : count === 1 ? entry.one : entry.other;
  return count === undefined ? text : text.replace('%{count}', String(count));
}
