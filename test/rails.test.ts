/** Rails' own answers, as tables: each row is what Ruby/Rails gives for the input. */
import {
  blank,
  castBoolean,
  castInteger,
  castString,
  deepMerge,
  isHash,
  present,
  stringToF,
  stringToI,
  toI,
} from '../src/rails/casts';
import { csvLine } from '../src/rails/csv';
import {
  capitalize,
  fullMessage,
  humanAttributeName,
  humanize,
  parameterize,
  transliterate,
  underscore,
} from '../src/rails/inflection';
import { errorMessage } from '../src/rails/messages';
import { currentPage, pageNumber } from '../src/rails/pagination';
import { dateToS, timeAsJson, timeToDb, timeToF, timeToI, timeToS } from '../src/rails/time';
import { allZones, fromWall, offsetAt, zoneForOffset, zoneNamed, zoneToS } from '../src/rails/time_zone';

describe('Object#blank? and #present?', () => {
  it.each<[unknown, boolean]>([
    [null, true],
    [undefined, true],
    [false, true],
    ['', true],
    ['  ', true],
    ['\t\n\r\v\f', true],
    ['\u3000', true], // ideographic space
    ['\u00a0', true],
    ['\u0085', true],
    ['\u2028', true],
    ['\ufeff', false], // a BOM is not [[:space:]]
    ['a', false],
    [' a ', false],
    [[], true],
    [{}, true],
    [[null], false],
    [{ a: null }, false],
    [0, false],
    [true, false],
  ])('%p.blank? is %p', (value, expected) => {
    expect(blank(value)).toBe(expected);
    expect(present(value)).toBe(!expected);
  });
});

describe('a Hash', () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['{}', false],
  ])('%p is a hash: %p', (value, expected) => expect(isHash(value)).toBe(expected));
});

describe('ActiveModel::Type::Boolean#cast', () => {
  it.each<[unknown, boolean | null]>([
    [null, null],
    [undefined, null],
    ['', null],
    [false, false],
    [0, false],
    ['0', false],
    ['f', false],
    ['F', false],
    ['false', false],
    ['FALSE', false],
    ['off', false],
    ['OFF', false],
    // Case variants outside FALSE_VALUES are true.
    ['False', true],
    ['fAlse', true],
    ['Off', true],
    ['oFF', true],
    ['no', true],
    ['n', true],
    [' ', true],
    [' false', true],
    [true, true],
    [1, true],
    ['1', true],
    ['true', true],
    ['anything', true],
    [[], true],
  ])('%p → %p', (value, expected) => expect(castBoolean(value)).toBe(expected));
});

describe('String#to_i', () => {
  it.each<[string, number]>([
    ['12', 12],
    [' 12abc', 12],
    ['\n\t 7', 7],
    ['-3', -3],
    ['+4', 4],
    ['-0', 0],
    ['1_000', 1000],
    ['1_000_000', 1000000],
    ['1__000', 1],
    ['1_', 1],
    ['_1', 0],
    ['- 3', 0],
    ['', 0],
    ['abc', 0],
    ['0x1A', 0],
    ['3.9', 3],
    ['1e5', 1],
  ])('%p.to_i is %p', (text, expected) => expect(stringToI(text)).toBe(expected));

  it('#to_i of other JSON values: nil.to_i is 0, a Float truncates, the rest have none', () => {
    expect(toI(null)).toBe(0);
    expect(toI(2.9)).toBe(2);
    expect(toI(-2.9)).toBe(-2);
    expect(toI('5 apples')).toBe(5);
    expect(toI(true)).toBeUndefined();
    expect(toI(false)).toBeUndefined();
    expect(toI([1])).toBeUndefined();
    expect(toI({})).toBeUndefined();
  });
});

describe('ActiveModel::Type::String#cast', () => {
  it.each<[unknown, string | null]>([
    [null, null],
    [undefined, null],
    ['', ''],
    ['  Title ', '  Title '],
    [true, 't'],
    [false, 'f'],
    [12, '12'],
    [1.5, '1.5'],
  ])('%p casts to %p', (value, expected) => expect(castString(value)).toBe(expected));
});

describe('ActiveModel::Type::Integer#cast', () => {
  it.each<[unknown, number | null]>([
    [null, null],
    ['', null],
    ['  ', null],
    ['12', 12],
    [' 12abc', 12],
    ['abc', 0],
    ['1_000', 1000],
    [7, 7],
    [7.8, 7],
    [true, 1],
    [false, 0],
    [[], null],
    [[1], null],
    [{ a: 1 }, null],
  ])('%p → %p', (value, expected) => expect(castInteger(value)).toBe(expected));
});

describe('Hash#deep_merge', () => {
  it('lets the other hash win and merges nested hashes only', () => {
    const base = { a: 1, h: { x: 1, y: { z: 1 } }, list: [1], s: { k: 1 } };
    const over = { b: 2, h: { y: { w: 2 }, v: 3 }, list: [2], s: 'text' };
    expect(deepMerge(base, over)).toEqual({
      a: 1,
      b: 2,
      h: { x: 1, y: { z: 1, w: 2 }, v: 3 },
      list: [2],
      s: 'text',
    });
    expect(base.h.y).toEqual({ z: 1 }); // the receiver is not changed
  });
});

describe('ActiveSupport humanize and full messages', () => {
  it.each<[string, string]>([
    ['contact_id', 'Contact'],
    ['phone_number', 'Phone number'],
    ['_private', 'Private'],
    ['__double', 'Double'],
    ['_id', 'Id'],
    ['id', 'Id'],
    ['user_ids', 'User ids'],
    ['employee_salary', 'Employee salary'],
    ['HTML_Body', 'Html body'],
    ['name', 'Name'],
    ['', ''],
  ])('%p.humanize is %p', (word, expected) => expect(humanize(word)).toBe(expected));

  it('keeps the _id suffix or the first letter on request', () => {
    expect(humanize('author_id', { keepIdSuffix: true })).toBe('Author id');
    expect(humanize('author_id', { capitalize: false })).toBe('author');
  });

  it('names attributes as ActiveModel::Error#full_message does', () => {
    expect(humanAttributeName('contact_inboxes.source_id')).toBe('Contact inboxes source');
    expect(fullMessage('name', "can't be blank")).toBe("Name can't be blank");
    expect(fullMessage('inbox_id', 'must exist')).toBe('Inbox must exist');
    expect(fullMessage('base', 'Something went wrong')).toBe('Something went wrong');
  });

  it.each<[string, string]>([
    ['john', 'John'],
    ['jOHN doe', 'John doe'],
    ['JOHN', 'John'],
    ['', ''],
  ])('%p.capitalize is %p', (text, expected) => expect(capitalize(text)).toBe(expected));
});

describe("ActiveModel's default error messages (en.yml errors.messages)", () => {
  it.each<[Parameters<typeof errorMessage>, string]>([
    [['inclusion'], 'is not included in the list'],
    [['blank'], "can't be blank"],
    [['invalid'], 'is invalid'],
    [['not_a_number'], 'is not a number'],
    [['not_an_integer'], 'must be an integer'],
    [['too_long', 255], 'is too long (maximum is 255 characters)'],
    [['too_long', 1], 'is too long (maximum is 1 character)'],
    [['too_short', 2], 'is too short (minimum is 2 characters)'],
    [['too_short', 1], 'is too short (minimum is 1 character)'],
    [['greater_than_or_equal_to', 1], 'must be greater than or equal to 1'],
    [['greater_than', 0], 'must be greater than 0'],
    [['less_than_or_equal_to', 999], 'must be less than or equal to 999'],
    [['less_than', 2.5], 'must be less than 2.5'],
  ])('%j is %p', (args, expected) => expect(errorMessage(...args)).toBe(expected));
});

describe('ActiveSupport underscore, transliterate and parameterize', () => {
  it.each<[string, string]>([
    ['HelpCenter', 'help_center'],
    ['HTMLParser', 'html_parser'],
    ['iPhone', 'i_phone'],
    ['Version2Update', 'version2_update'],
    ['Admin::UserGroup', 'admin/user_group'],
    ['help-center', 'help_center'],
    ['Reset your Password', 'reset your password'],
    ['already_snake', 'already_snake'],
    // no capital A-Z, dash or "::": returned untouched, not even downcased
    ['Émile', 'Émile'],
    ['', ''],
  ])('%p.underscore is %p', (word, expected) => expect(underscore(word)).toBe(expected));

  it.each<[string, string]>([
    ['Ærøskøbing', 'AEroskobing'],
    ['Straße', 'Strasse'],
    ['Łódź', 'Lodz'],
    ['ﬁle', '?le'], // a ligature is not in I18n's table
    ['日本', '??'],
    ['🚀', '?'],
    ['e\u0301t\u00e9', 'ete'], // decomposed accents are composed first
  ])('%p transliterates to %p', (text, expected) => expect(transliterate(text)).toBe(expected));

  it.each<[string, string]>([
    ['Donald E. Knuth', 'donald-e-knuth'],
    ['^très|Jolie-- ', 'tres-jolie'],
    ['Crème brûlée 2.0', 'creme-brulee-2-0'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Straße', 'strasse'],
    ['multiple   spaces & symbols!!', 'multiple-spaces-symbols'],
    ['--already--dashed--', 'already-dashed'],
    ['keep__under_scores_', 'keep__under_scores_'],
    ['日本語 guide', 'guide'],
    ['ﬁle', 'le'],
    ['?!', ''],
  ])('%p.parameterize is %p', (text, expected) => expect(parameterize(text)).toBe(expected));

  it("composes into Article's generated slug, title.underscore.parameterize", () => {
    expect(parameterize(underscore('HelpCenter FAQ'))).toBe('help_center-faq');
    expect(parameterize(underscore('Reset your password'))).toBe('reset-your-password');
  });
});

describe('Time renderings', () => {
  const t = Date.parse('2024-01-02T03:04:05.678Z');
  it('renders Time#to_s, #to_fs(:db), #to_i, #to_f, #as_json and Date#to_s', () => {
    expect(timeToS(t)).toBe('2024-01-02 03:04:05 UTC');
    expect(timeToDb(t)).toBe('2024-01-02 03:04:05');
    expect(timeToI(t)).toBe(1704164645);
    expect(timeToF(t)).toBe(1704164645.678);
    expect(timeAsJson(t)).toBe('2024-01-02T03:04:05.678Z');
    expect(dateToS(t)).toBe('2024-01-02');
  });
});

describe('CSV.generate_line', () => {
  it.each<[(string | number | null)[], string]>([
    [['a', 'b'], 'a,b\n'],
    [['a,b', 'c'], '"a,b",c\n'],
    [['say "hi"'], '"say ""hi"""\n'],
    [['line\nbreak'], '"line\nbreak"\n'],
    [['cr\rhere'], '"cr\rhere"\n'],
    [[null, 'x', null], ',x,\n'],
    [['', null], '"",\n'],
    [[' padded '], ' padded \n'],
    [["it's"], "it's\n"],
    [[5, 1.5], '5,1.5\n'],
    [[], '\n'],
  ])('%p → %p', (fields, expected) => expect(csvLine(fields)).toBe(expected));
});

describe('CSVSafe.generate_line (csv-safe 3.2)', () => {
  it.each<[(string | number | null)[], string]>([
    [['--', '-1', '=SUM(A1)', '+1', '@x', '%y', '|z'], "'--,'-1,'=SUM(A1),'+1,'@x,'%y,'|z\n"],
    [['\tx', '\rx'], '\'\tx,"\'\rx"\n'],
    [[-5, 0, null, ''], '-5,0,,""\n'],
    [['a-b', 'x='], 'a-b,x=\n'],
    [['=a,b'], '"\'=a,b"\n'],
  ])('%p → %p', (fields, expected) => expect(csvLine(fields, { safe: true })).toBe(expected));
});

describe('String#to_f', () => {
  it.each<[string, number]>([
    ['5.5', 5.5],
    ['-8', -8],
    ['  +9', 9],
    ['5.5abc', 5.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e2', 100],
    ['1.e2', 1],
    ['1_000.5', 1000.5],
    ['abc', 0],
    ['', 0],
    ['-', 0],
    ['e5', 0],
  ])('%p.to_f is %p', (text, expected) => expect(stringToF(text)).toBe(expected));
});

describe('ActiveSupport::TimeZone', () => {
  const january = Date.UTC(2026, 0, 15);
  const july = Date.UTC(2026, 6, 15);

  it('lists the zones by standard offset, then name, and finds the first with an offset', () => {
    const names = allZones(january).map((z) => z.name);
    expect(names[0]).toBe('International Date Line West');
    expect(names.indexOf('Pacific Time (US & Canada)')).toBeLessThan(names.indexOf('Tijuana'));
    expect(names.indexOf('Alaska')).toBeLessThan(names.indexOf('Pacific Time (US & Canada)'));
    expect(names.indexOf('Dublin')).toBeLessThan(names.indexOf('UTC'));
    expect(zoneToS(zoneForOffset(5.5, january)!, january)).toBe('(GMT+05:30) Chennai');
    expect(zoneToS(zoneForOffset(-8, july)!, july)).toBe('(GMT-08:00) Pacific Time (US & Canada)');
    expect(zoneToS(zoneForOffset(9, january)!, january)).toBe('(GMT+09:00) Osaka');
    expect(zoneToS(zoneForOffset(19_800, january)!, january)).toBe('(GMT+05:30) Chennai');
    expect(zoneForOffset(3.7, january)).toBeNull();
    expect(zoneForOffset(14, january)).toBeNull(); // |n| > 13 is seconds
  });

  it('names zones by Rails name or IANA identifier', () => {
    expect(zoneNamed('Chennai')).toEqual({ name: 'Chennai', iana: 'Asia/Kolkata' });
    expect(zoneNamed('America/Sao_Paulo')).toEqual({ name: 'America/Sao_Paulo', iana: 'America/Sao_Paulo' });
    expect(zoneNamed('5.5')).toBeNull();
    expect(zoneNamed('Nowhere/Special')).toBeNull();
  });

  it('reads wall clocks across daylight saving', () => {
    const pacific = zoneNamed('Pacific Time (US & Canada)')!;
    expect(offsetAt(pacific, january)).toBe(-8 * 3_600_000);
    expect(offsetAt(pacific, july)).toBe(-7 * 3_600_000);
    // 2026-03-08 02:30 does not exist in Los Angeles: the reading moves on by the gap.
    expect(fromWall(pacific, Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 10, 30));
    // 2026-11-01 01:30 happens twice: the earlier (daylight) instant.
    expect(fromWall(pacific, Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 8, 30));
    expect(fromWall(pacific, Date.UTC(2026, 10, 2))).toBe(Date.UTC(2026, 10, 2, 8));
  });
});

describe("params[:page]: Kaminari's page and the echoed current_page", () => {
  it.each<[unknown, number, number | string]>([
    [undefined, 1, 1],
    [null, 1, 1],
    ['', 1, ''],
    ['2', 2, '2'],
    [' 3x', 3, ' 3x'],
    ['0', 1, '0'],
    ['-2', 1, '-2'],
    ['abc', 1, 'abc'],
    [4, 4, 4],
  ])('%p pages %p and echoes %p', (raw, page, echoed) => {
    expect(pageNumber(raw)).toBe(page);
    expect(currentPage(raw)).toBe(echoed);
  });
});
