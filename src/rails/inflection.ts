/** ActiveSupport's `humanize` and the names ActiveModel gives attributes in full error messages. */

/**
 * ActiveSupport::Inflector#humanize (no custom human rules or acronyms, as in Chatwoot): strips
 * leading underscores and a trailing "_id" (unless `keepIdSuffix`), turns underscores into spaces,
 * downcases each word and capitalises the first letter: "contact_id" → "Contact",
 * "phone_number" → "Phone number" (activesupport/lib/active_support/inflector/methods.rb).
 */
export function humanize(word: string, { capitalize = true, keepIdSuffix = false } = {}): string {
  let result = word.replace(/^_+/, '');
  if (!keepIdSuffix) result = result.replace(/_id$/, '');
  result = result.replace(/_/g, ' ').replace(/[a-z\d]+/gi, (w) => w.toLowerCase());
  return capitalize ? result.replace(/^\w/, (c) => c.toUpperCase()) : result;
}

/**
 * The attribute name ActiveModel::Error#full_message uses without a translation:
 * `attribute.tr(".", "_").humanize` ("contact_inboxes.source_id" → "Contact inboxes source").
 */
export const humanAttributeName = (attribute: string): string => humanize(attribute.replace(/\./g, '_'));

/** ActiveModel's full message, "%{attribute} %{message}" ("Name can't be blank"); :base is the message. */
export const fullMessage = (attribute: string, message: string): string =>
  attribute === 'base' ? message : `${humanAttributeName(attribute)} ${message}`;

/** String#capitalize: the first character upcased, the rest downcased ("jOHN doe" → "John doe"). */
export const capitalize = (text: string): string =>
  text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
