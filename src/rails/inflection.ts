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

/**
 * ActiveSupport::Inflector#underscore (Chatwoot registers no acronyms): "HelpCenter-Guide" →
 * "help_center_guide", "Admin::User" → "admin/user". A word with no capital, dash or "::" is returned
 * as it is (not even downcased), as Rails does.
 */
export function underscore(word: string): string {
  if (!/[A-Z-]|::/.test(word)) return word;
  return word
    .replace(/::/g, '/')
    .replace(/(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z\d])(?=[A-Z])/g, '_')
    .replace(/-/g, '_')
    .toLowerCase();
}

/**
 * I18n's default approximations that are not a Latin letter with accents
 * (i18n/backend/transliterator.rb, DEFAULT_APPROXIMATIONS); the others are the letter without them.
 */
// prettier-ignore
const SPECIAL_APPROXIMATIONS: Record<string, string> = {
  Æ: 'AE', Ð: 'D', '×': 'x', Ø: 'O', Þ: 'Th', ß: 'ss', ẞ: 'SS', æ: 'ae', ð: 'd', ø: 'o', þ: 'th',
  Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ĳ: 'IJ', ĳ: 'ij', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ł: 'L', ł: 'l',
  ŉ: "'n", Ŋ: 'NG', ŋ: 'ng', Œ: 'OE', œ: 'oe', Ŧ: 'T', ŧ: 't',
};

/** I18n's approximation of one character: Latin-1 and Latin Extended-A letters (less ÷ and ſ), Ǫ-ǭ. */
function approximation(char: string): string | undefined {
  const special = SPECIAL_APPROXIMATIONS[char];
  if (special) return special;
  const code = char.codePointAt(0)!;
  const known = (code >= 0xc0 && code <= 0x17e && code !== 0xf7) || (code >= 0x1ea && code <= 0x1ed);
  return known ? char.normalize('NFD')[0] : undefined;
}

/**
 * ActiveSupport::Inflector#transliterate with I18n's default rules: NFC, then each non-ASCII
 * character its approximation or "?" ("Ærøskøbing" → "AEroskobing", "日本" → "??").
 */
export function transliterate(text: string): string {
  return text.normalize('NFC').replace(/[^\x00-\x7f]/gu, (char) => approximation(char) ?? '?');
}

/**
 * ActiveSupport::Inflector#parameterize with the default separator '-', lower case: transliterated,
 * each run of characters other than letters, digits, '-' and '_' one '-', no '-' twice in a row or
 * at either end ("^très|Jolie-- " → "tres-jolie"); underscores are kept.
 */
export function parameterize(text: string): string {
  return transliterate(text)
    .replace(/[^a-z0-9\-_]+/gi, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** String#capitalize: the first character upcased, the rest downcased ("jOHN doe" → "John doe"). */
export const capitalize = (text: string): string =>
  text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
