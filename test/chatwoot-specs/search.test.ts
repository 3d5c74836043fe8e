/**
 * Chatwoot's request spec for the global search controller, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/search_controller_spec.rb
 * at 082feb6a77315c747d304a6ddce7dfebd2ce578f (see README.md). Each test names the spec's `it`.
 *
 * The spec's `before` records are created through the API in the default world: a contact, a
 * conversation of it in an inbox the agent is a member of (the API inbox), two messages, a portal and a
 * published article. The default world's own e-mail addresses end in `.test`, so the spec's search
 * word `test` would find them too: the records here carry the word `zqxtest` instead and the searches
 * ask for it (`activity` → `zqxactivity`); the counts the spec expects are then the same. The contact
 * of "returns last_activity_at" gets its activity from an incoming message (the API sets no
 * last_activity_at), and the expected value is read from the contact itself.
 *
 * The `:opensearch` examples (`with advanced_search feature enabled`: since/until filters) need
 * Chatwoot's enterprise OpenSearch search; the fake implements the SQL SearchService and ignores
 * `since`/`until`. They are skipped with that reason.
 */
import { ADMIN, AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'search_controller_spec.rb';
const WORD = 'zqxtest';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});

/** The default world's API inbox (the agent is one of its members). */
const API_INBOX = 2;

async function createContact(body: object): Promise<number> {
  const res = await fake.send('post', '/contacts', body, ADMIN);
  expect(res.status).toBe(200);
  return res.body.payload.contact.id;
}

async function createConversation(contactId: number): Promise<number> {
  const res = await fake.send(
    'post',
    '/conversations',
    { contact_id: contactId, inbox_id: API_INBOX },
    ADMIN,
  );
  expect(res.status).toBe(200);
  return res.body.id;
}

async function createMessage(conversation: number, content: string, type = 'outgoing') {
  const res = await fake.send(
    'post',
    `/conversations/${conversation}/messages`,
    { content, message_type: type },
    ADMIN,
  );
  expect(res.status).toBe(200);
}

async function createPortal(slug: string) {
  const res = await fake.send(
    'post',
    '/portals',
    { portal: { name: slug, slug, config: { allowed_locales: ['en'], default_locale: 'en' } } },
    ADMIN,
  );
  expect(res.status).toBe(200);
}

async function createArticle(slug: string, title: string, content = 'Some content') {
  const res = await fake.send(
    'post',
    `/portals/${slug}/articles`,
    { title, content, status: 'published', author_id: 1 },
    ADMIN,
  );
  expect(res.status).toBe(200);
}

beforeEach(async () => {
  fake.reset();
  const contact = await createContact({ name: 'Search Spec', email: `${WORD}@example.com` });
  const conversation = await createConversation(contact);
  await createMessage(conversation, `${WORD}1`);
  await createMessage(conversation, `${WORD}2`);
  await createPortal('spec-portal');
  await createArticle('spec-portal', `${WORD} Article Guide`, `This is a ${WORD} article content`);
});

const search = (path: string, query: Record<string, string | number>, token = AGENT) =>
  fake.http.get(fake.path(path)).query(query).set('api_access_token', token);

describe(`${SPEC} GET /api/v1/accounts/{account.id}/search`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/search')).query({ q: WORD });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all conversations with messages containing the search query`, async () => {
    const res = await search('/search', { q: WORD });
    expect(res.status).toBe(200);
    const { payload } = res.body;
    expect(payload.messages[0].content).toBe(`${WORD}2`);
    expect(Object.keys(payload).sort()).toEqual(['articles', 'contacts', 'conversations', 'messages']);
    expect(payload.messages).toHaveLength(2);
    expect(payload.conversations).toHaveLength(1);
    expect(payload.contacts).toHaveLength(1);
    expect(payload.articles).toHaveLength(1);
  });
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/search/contacts`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/search/contacts')).query({ q: WORD });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all conversations with messages containing the search query`, async () => {
    const res = await search('/search/contacts', { q: WORD });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.payload)).toEqual(['contacts']);
    expect(res.body.payload.contacts).toHaveLength(1);
  });

  it(`${SPEC}: when it is an authenticated user, returns last_activity_at in contact search results`, async () => {
    const id = await createContact({ name: 'Activity', email: 'zqxactivity@example.com' });
    const conversation = await createConversation(id);
    await createMessage(conversation, 'hello', 'incoming');
    const contact = (await fake.get(`/contacts/${id}`)).body.payload;
    expect(contact.last_activity_at).toEqual(expect.any(Number)); // the set-up worked (not in the spec)

    const res = await search('/search/contacts', { q: 'zqxactivity' });
    expect(res.status).toBe(200);
    const result = res.body.payload.contacts[0];
    expect(result.last_activity_at).toBe(contact.last_activity_at);
    expect(result).not.toHaveProperty('created_at');
  });

  // with advanced_search feature enabled:
  // Skipped: the enterprise OpenSearch search (advanced_search); the fake's SQL search ignores since/until.
  // Not ported (see SKIPPED.md): “filters contacts by since parameter”.
  // Not ported (see SKIPPED.md): “filters contacts by until parameter”.
  // Not ported (see SKIPPED.md): “filters contacts by both since and until parameters”.
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/search/conversations`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/search/conversations')).query({ q: WORD });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all conversations with messages containing the search query`, async () => {
    const res = await search('/search/conversations', { q: WORD });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.payload)).toEqual(['conversations']);
    expect(res.body.payload.conversations).toHaveLength(1);
  });

  // with advanced_search feature enabled:
  // Skipped: the enterprise OpenSearch search (advanced_search); the fake's SQL search ignores since/until.
  // Not ported (see SKIPPED.md): “filters conversations by since parameter”.
  // Not ported (see SKIPPED.md): “filters conversations by until parameter”.
  // Not ported (see SKIPPED.md): “filters conversations by both since and until parameters”.
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/search/messages`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/search/messages')).query({ q: WORD });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all conversations with messages containing the search query`, async () => {
    const res = await search('/search/messages', { q: WORD });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.payload)).toEqual(['messages']);
    expect(res.body.payload.messages).toHaveLength(2);
  });
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/search/articles`, () => {
  it(`${SPEC}: when it is an unauthenticated user, returns unauthorized`, async () => {
    const res = await fake.http.get(fake.path('/search/articles')).query({ q: WORD });
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: when it is an authenticated user, returns all articles containing the search query`, async () => {
    const res = await search('/search/articles', { q: WORD });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.payload)).toEqual(['articles']);
    expect(res.body.payload.articles).toHaveLength(1);
    expect(res.body.payload.articles[0].title).toBe(`${WORD} Article Guide`);
  });

  it(`${SPEC}: when it is an authenticated user, returns empty results when no articles match the search query`, async () => {
    const res = await search('/search/articles', { q: 'nonexistent' });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.payload)).toEqual(['articles']);
    expect(res.body.payload.articles).toHaveLength(0);
  });

  it(`${SPEC}: when it is an authenticated user, supports pagination`, async () => {
    await createPortal('spec-portal-2');
    for (let i = 0; i < 16; i++) await createArticle('spec-portal-2', `${WORD} Article ${i}`);
    const res = await search('/search/articles', { q: WORD, page: 1 });
    expect(res.status).toBe(200);
    expect(res.body.payload.articles).toHaveLength(15); // Default per_page is 15
  });

  // with advanced_search feature enabled:
  // Skipped: the enterprise OpenSearch search (advanced_search); the fake's SQL search ignores since/until.
  // Not ported (see SKIPPED.md): “filters articles by since parameter”.
  // Not ported (see SKIPPED.md): “filters articles by until parameter”.
  // Not ported (see SKIPPED.md): “filters articles by both since and until parameters”.
});
