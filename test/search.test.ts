/**
 * Global search beyond Chatwoot's request spec: what an agent may see, blank and paged queries, the
 * 3-month window of messages, the result shapes, and refusals.
 */
import { ADMIN, AGENT, AGENT2, BOT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const search = (path: string, query: Record<string, string | number>, token = ADMIN) =>
  fake.http.get(fake.path(path)).query(query).set('api_access_token', token);

/** A conversation of a new contact in the API inbox (members: admin and agent, not agent2). */
async function apiConversation(word: string): Promise<number> {
  const contact = await fake.send('post', '/contacts', {
    name: `${word} Person`,
    email: `${word}@example.com`,
  });
  const conversation = await fake.send('post', '/conversations', {
    contact_id: contact.body.payload.contact.id,
    inbox_id: 2,
  });
  await fake.send('post', `/conversations/${conversation.body.id}/messages`, { content: `about ${word}` });
  return conversation.body.id;
}

describe('global search', () => {
  it('agents find only conversations and messages of their inboxes; contacts are not restricted', async () => {
    const id = await apiConversation('qzwidget');
    for (const token of [ADMIN, AGENT]) {
      const res = await search('/search', { q: 'qzwidget' }, token);
      expect(res.status).toBe(200);
      expect(res.body.payload.conversations.map((c: any) => c.id)).toEqual([id]);
      expect(res.body.payload.messages).toHaveLength(1);
    }
    const other = await search('/search', { q: 'qzwidget' }, AGENT2);
    expect(other.body.payload.conversations).toEqual([]);
    expect(other.body.payload.messages).toEqual([]);
    expect(other.body.payload.contacts).toHaveLength(1);
  });

  it('renders a conversation result with its first message, contact, inbox and assignee', async () => {
    const id = await apiConversation('qzshape');
    await fake.send('post', `/conversations/${id}/assignments`, { assignee_id: 2 });
    const res = await search('/search/conversations', { q: 'qzshape' });
    const [result] = res.body.payload.conversations;
    expect(result).toMatchObject({
      id,
      account_id: 1,
      message: { content: 'about qzshape', conversation_id: id },
      contact: { name: 'qzshape Person', email: 'qzshape@example.com', last_activity_at: null },
      inbox: { id: 2, name: 'Acme Mobile App', channel_type: 'Channel::Api' },
      agent: { id: 2, name: 'Grace Hopper', role: 'agent' },
    });
    expect(Object.keys(result.contact)).not.toContain('created_at');
    // A conversation is found by its display id too.
    const byId = await search('/search/conversations', { q: String(id) });
    expect(byId.body.payload.conversations.map((c: any) => c.id)).toContain(id);
  });

  it('messages older than 3 months are not found', async () => {
    await apiConversation('qzold');
    expect((await search('/search/messages', { q: 'qzold' })).body.payload.messages).toHaveLength(1);
    fake.clock.advance(93 * 86_400_000);
    expect((await search('/search/messages', { q: 'qzold' })).body.payload.messages).toEqual([]);
  });

  it('pages by 15; a blank q matches every resolved contact and no article', async () => {
    const all = await search('/search/contacts', { q: '  ' });
    const total = (await fake.get('/contacts')).body.meta.count;
    expect(all.body.payload.contacts).toHaveLength(Math.min(15, total));
    const page2 = await search('/search/contacts', { q: '', page: 2 });
    expect(page2.body.payload.contacts).toHaveLength(Math.max(0, Math.min(15, total - 15)));
    const ids = all.body.payload.contacts.map((c: any) => c.id);
    expect(page2.body.payload.contacts.some((c: any) => ids.includes(c.id))).toBe(false);
    expect((await search('/search/articles', { q: '' })).body.payload.articles).toEqual([]);
  });

  it('draft articles are not found', async () => {
    await fake.send('post', '/portals', {
      portal: { name: 'P', slug: 'p', config: { allowed_locales: ['en'], default_locale: 'en' } },
    });
    await fake.send('post', '/portals/p/articles', { title: 'Qzdraft notes', content: 'x', author_id: 1 });
    await fake.send('post', '/portals/p/articles', {
      title: 'Qzdraft guide',
      content: 'x',
      status: 'published',
      author_id: 1,
    });
    const res = await search('/search/articles', { q: 'qzdra' });
    expect(res.body.payload.articles.map((a: any) => a.title)).toEqual(['Qzdraft guide']);
    expect(res.body.payload.articles[0]).toMatchObject({
      portal_slug: 'p',
      status: 'published',
      category_name: null,
    });
  });

  it('agent bots and anonymous callers are refused', async () => {
    const bot = await search('/search', { q: 'a' }, BOT);
    expect(bot.status).toBe(401);
    expect(bot.body).toEqual({ error: 'Access to this endpoint is not authorized for bots' });
    expect((await fake.http.get(fake.path('/search/messages')).query({ q: 'a' })).status).toBe(401);
  });
});
