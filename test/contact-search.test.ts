/**
 * GET /contacts/search runs on a per-account search index (src/store/derived/contact-search.ts): these tests
 * hold it to the plain definition — name, email, phone_number and company_name ILIKE '%q%',
 * identifier LIKE '%q%', resolved contacts only, by id or by `sort` — on awkward text (non-ASCII case
 * folding, LIKE wildcards and escapes, NUL), and across writes, appends and resets.
 */
import { insertContact } from '../src/domain/records';
import type { Contact } from '../src/store';
import { testFake, type TestFake } from './helpers';

let fake: TestFake;

beforeAll(async () => {
  fake = await testFake();
});

beforeEach(() => fake.reset());

/** The LIKE matcher as the search had it before the index: a RegExp per pattern. */
function containsLike(text: string, caseInsensitive: boolean): (value: unknown) => boolean {
  let source = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) source += text[++i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(source, caseInsensitive ? 'i' : '');
  return (value) => typeof value === 'string' && re.test(value);
}

const jsonText = (value: unknown): string | null =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);

/** The ids a search must find, by id: a scan of every contact of the account. */
function reference(q: string, labels: string[] = []): number[] {
  const ilike = containsLike(q.trim(), true);
  const like = containsLike(q.trim(), false);
  return fake.store.tables.contacts
    .where('account', fake.accountId)
    .filter(
      (c: Contact) =>
        !!(c.email || c.phone_number || c.identifier) &&
        (!labels.length || c.labels.some((l) => labels.includes(l.toLowerCase()))) &&
        (ilike(c.name) ||
          ilike(c.email) ||
          ilike(c.phone_number) ||
          like(c.identifier) ||
          ilike(jsonText(c.additional_attributes.company_name))),
    )
    .map((c) => c.id);
}

/** Every page of a search: the ids in order, and meta.count. */
async function searchAll(query: string): Promise<{ ids: number[]; count: number }> {
  const ids: number[] = [];
  let count = -1;
  for (let page = 1; ; page++) {
    const res = await fake.get(`/contacts/search?${query}&page=${page}`).expect(200);
    count = res.body.meta.count;
    if (!res.body.payload.length) break;
    ids.push(...res.body.payload.map((c: { id: number }) => c.id));
  }
  return { ids, count };
}

const AWKWARD = [
  { name: 'Kelvin \u212a Sign', email: 'kelvin@awk.test' },
  { name: '\u212aay \u212aelvin', identifier: 'id-x' },
  { name: 'İstanbul Office', email: 'ist@awk.test' },
  { name: 'Straße Müller', phone_number: '+4930123456' },
  { name: 'ΣΊΣΥΦΟΣ', email: 'sisyphus@awk.test' },
  { name: 'σίσυφος ς', identifier: 'greek-1' },
  { name: 'John_Doe 100%', email: 'JOHN.DOE@AWK.TEST' },
  { name: 'back\\slash', identifier: 'ABC-123' },
  { name: 'MiXeD CaSe', identifier: 'abc-456', additional_attributes: { company_name: 'Acme Ünited' } },
  { name: 'Numbers Co', email: 'num@awk.test', additional_attributes: { company_name: 42 } },
  { name: 'Object Co', email: 'obj@awk.test', additional_attributes: { company_name: { a: 'Deep' } } },
  { name: 'nul\u0000name', email: 'nul@awk.test' },
  { name: 'Jörg Ölmann', email: 'joerg@awk.test' },
  { name: 'Unresolved Kelvin John', additional_attributes: { company_name: 'Acme' } },
  { name: 'ǅemal', phone_number: '+38761000000', labels: ['vip'] },
  { name: 'Emoji 😀 Fan', email: 'emoji@awk.test', labels: ['VIP', 'other'] },
];

const QUERIES = [
  'k',
  'K',
  'kelvin',
  'kay',
  'KAY',
  '\u212a',
  'i',
  'İ',
  'istanbul',
  'ß',
  'ss',
  'STRASSE',
  'σ',
  'ς',
  'Σ',
  'σίσυφος',
  'john_doe',
  'john\\_doe',
  'j_hn',
  '_',
  '%',
  '100\\%',
  '\\',
  '\\\\',
  'abc',
  'ABC',
  'mixed case',
  '+49',
  '42',
  'deep',
  'a%b',
  'ö',
  'Jö',
  'JÖRG',
  'ü',
  'nul',
  '\u0000',
  'l\u0000n',
  'ǆ',
  'Ǆ',
  '😀',
  'awk.test',
  '  kelvin  ',
  '.test',
  'zzz-no-such-thing',
];

describe('GET /contacts/search on the search index', () => {
  beforeEach(() => {
    for (const fields of AWKWARD) insertContact(fake.store, { account_id: fake.accountId, ...fields });
  });

  it('finds exactly what a scan with the LIKE/ILIKE matchers finds, by id', async () => {
    for (const q of QUERIES) {
      const expected = reference(q);
      const { ids, count } = await searchAll(`q=${encodeURIComponent(q)}`);
      expect({ q, ids, count }).toEqual({ q, ids: expected, count: expected.length });
    }
  });

  it('orders by `sort` as the contact list does, with labels', async () => {
    const order = (await searchAll('q=%25&sort=-name')).ids; // every resolved contact, sorted
    expect(order).toHaveLength(reference('%').length);
    for (const q of ['a', 'test', 'ö', '%', 'k']) {
      const expected = reference(q);
      const { ids } = await searchAll(`q=${encodeURIComponent(q)}&sort=-name`);
      expect({ q, ids }).toEqual({ q, ids: order.filter((id) => expected.includes(id)) });
    }
    const vip = await searchAll('q=e&labels[]=vip');
    expect(vip.ids).toEqual(reference('e', ['vip']));
    const ours = fake.store.tables.contacts
      .where('account', fake.accountId)
      .filter((c) => c.name === 'ǅemal' || c.name === 'Emoji 😀 Fan')
      .map((c) => c.id);
    expect(vip.ids).toEqual(expect.arrayContaining(ours));
  });

  it('stays exact through random writes between searches (a few at a time and in bursts)', async () => {
    let x = 99;
    const rand = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const { contacts } = fake.store.tables;
    const words = ['kelvin', 'Kay', 'JOHN', 'straße', 'σοφία', 'acme', 'x_y', '100%'];
    const queries = ['k', 'john', 'ß', 'σ', 'x_y', 'x\\_y', '100%', 'acme', 'awk.test', 'id-', 'filler 149'];
    // Enough contacts for several chunks of the index (by id range).
    for (let i = 0; i < 2500; i++) {
      insertContact(fake.store, {
        account_id: fake.accountId,
        name: `filler ${i}`,
        email: `f${i}@fill.test`,
      });
    }
    for (let round = 0; round < 25; round++) {
      const writes = rand(3) === 0 ? 20 + rand(30) : 1 + rand(4);
      for (let i = 0; i < writes; i++) {
        const all = contacts.where('account', fake.accountId);
        const target = all[rand(all.length)];
        const op = rand(6);
        const word = words[rand(words.length)];
        if (op === 0) {
          insertContact(fake.store, {
            account_id: fake.accountId,
            name: `${word} ${round}`,
            email: `${word}${i}@awk.test`,
          });
        } else if (op === 1) contacts.update(target.id, { name: `${word} renamed` });
        else if (op === 2)
          contacts.update(target.id, { email: rand(2) ? null : `${word}.${round}@awk.test` });
        else if (op === 3) contacts.update(target.id, { identifier: rand(2) ? null : `id-${word}-${i}` });
        else if (op === 4) contacts.delete(target.id);
        else contacts.update(target.id, { additional_attributes: { company_name: `${word} Co` } });
      }
      const q = queries[rand(queries.length)];
      const expected = reference(q);
      const { ids, count } = await searchAll(`q=${encodeURIComponent(q)}`);
      expect({ round, q, ids, count }).toEqual({ round, q, ids: expected, count: expected.length });
    }
  });

  it('follows creates, updates, deletes and resets', async () => {
    const find = async (q: string) => (await searchAll(`q=${encodeURIComponent(q)}`)).ids;
    expect(await find('quokka')).toEqual([]);
    const created = await fake
      .send('post', '/contacts', { name: 'Quokka One', email: 'q1@awk.test' })
      .expect(200);
    const id = created.body.payload.contact.id;
    expect(await find('quokka')).toEqual([id]);
    await fake.send('patch', `/contacts/${id}`, { name: 'Wombat' }).expect(200);
    expect(await find('quokka')).toEqual([]);
    expect(await find('wombat')).toEqual([id]);
    // A contact that loses its email is no longer resolved.
    await fake.send('patch', `/contacts/${id}`, { email: '' }).expect(200);
    expect(await find('wombat')).toEqual([]);
    const other = insertContact(fake.store, {
      account_id: fake.accountId,
      name: 'Wombat Two',
      identifier: 'w2',
    });
    expect(await find('wombat')).toEqual([other.id]);
    await fake.send('delete', `/contacts/${other.id}`).expect(200);
    expect(await find('wombat')).toEqual([]);
    // Repeated searches come from the recent-search cache: a write, and a reset, must still show.
    const again = await fake
      .send('post', '/contacts', { name: 'Quokka Two', email: 'q2@awk.test' })
      .expect(200);
    expect(await find('quokka')).toEqual([again.body.payload.contact.id]);
    expect(await find('quokka')).toEqual([again.body.payload.contact.id]);
    fake.reset();
    expect(await find('quokka')).toEqual([]);
    expect(await find('wombat')).toEqual([]);
    expect(await find('kelvin')).toEqual([]);
    expect(await find('.test')).toEqual(reference('.test'));
  });
});
