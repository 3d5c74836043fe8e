import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const as = (token: string) => (req: any) => req.set('api_access_token', token);
const admin = as(ADMIN);
const agent = as(AGENT);

const PORTAL = {
  name: 'Acme Help',
  slug: 'acme-help',
  config: { allowed_locales: ['en', 'fr'], default_locale: 'en' },
};
const createPortal = (body: object = PORTAL) => admin(fake.http.post(fake.path('/portals'))).send(body);
const createCategory = (body: object, slug = 'acme-help') =>
  agent(fake.http.post(fake.path(`/portals/${slug}/categories`))).send(body);
const createArticle = (body: object, slug = 'acme-help') =>
  agent(fake.http.post(fake.path(`/portals/${slug}/articles`))).send(body);
const ARTICLE = { title: 'Reset your password', content: 'Click "Forgot password".', author_id: 2 };

describe('portals', () => {
  it('creates a portal and lists it with payload and meta', async () => {
    const res = await createPortal({ portal: { ...PORTAL, custom_domain: 'https://help.acme.test/docs' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 1,
      color: '#1f93ff',
      custom_domain: 'help.acme.test',
      header_text: null,
      homepage_link: null,
      name: 'Acme Help',
      page_title: null,
      slug: 'acme-help',
      archived: false,
      account_id: 1,
      config: {
        allowed_locales: [
          { code: 'en', articles_count: 0, categories_count: 0, draft: false },
          { code: 'fr', articles_count: 0, categories_count: 0, draft: false },
        ],
        default_locale: 'en',
        layout: 'classic',
        social_profiles: {},
        locale_translations: {},
        popular_content: {},
      },
      meta: {
        all_articles_count: 0,
        archived_articles_count: null,
        published_count: null,
        draft_articles_count: null,
        categories_count: 0,
        default_locale: 'en',
      },
    });
    const list = await agent(fake.http.get(fake.path('/portals')));
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ payload: [res.body], meta: { current_page: 1, portals_count: 1 } });
  });

  it('links a web widget inbox for live chat', async () => {
    const res = await createPortal({ ...PORTAL, inbox_id: 1 });
    expect(res.body.inbox).toMatchObject({ id: 1, channel_type: 'Channel::WebWidget' });
    expect((await createPortal({ ...PORTAL, slug: 'other', inbox_id: 99 })).status).toBe(404);
    // Another account's web widget inbox is not found either (accounts isolate).
    const other = fake.createAccount();
    const theirs = fake.db.inboxes.find(
      (i) => i.account_id === other.accountId && i.channel.type === 'Channel::WebWidget',
    )!;
    const foreign = await createPortal({ ...PORTAL, slug: 'foreign', inbox_id: theirs.id });
    expect(foreign.status).toBe(404);
  });

  it('validates name, slug (unique) and color', async () => {
    await createPortal();
    const res = await createPortal({ slug: 'acme-help', color: 'blue' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: "Name can't be blank, Slug has already been taken, Color is invalid",
      attributes: ['name', 'slug', 'color'],
    });
  });

  it('shows a portal by slug with article counts (optionally for one locale)', async () => {
    await createPortal();
    await createArticle(ARTICLE);
    await createArticle({ ...ARTICLE, title: 'Réinitialiser', locale: 'fr', status: 'published' });
    const res = await agent(fake.http.get(fake.path('/portals/acme-help')));
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({
      all_articles_count: 2,
      archived_articles_count: 0,
      published_count: 1,
      draft_articles_count: 1,
      mine_articles_count: 2,
      categories_count: 0,
      default_locale: 'en',
    });
    expect(res.body.config.allowed_locales).toEqual([
      { code: 'en', articles_count: 1, categories_count: 0, draft: false },
      { code: 'fr', articles_count: 1, categories_count: 0, draft: false },
    ]);
    const fr = await agent(fake.http.get(fake.path('/portals/acme-help?locale=fr')));
    expect(fr.body.meta).toMatchObject({
      all_articles_count: 1,
      published_count: 1,
      draft_articles_count: 0,
    });
  });

  it('updates a portal (PATCH and PUT); errors come back as the errors hash', async () => {
    await createPortal();
    await createPortal({ name: 'Other', slug: 'other' });
    const res = await admin(fake.http.patch(fake.path('/portals/acme-help'))).send({
      portal: { header_text: 'How can we help?', config: { allowed_locales: ['de'] } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      header_text: 'How can we help?',
      config: { allowed_locales: [{ code: 'de' }], default_locale: 'en' },
    });
    const taken = await admin(fake.http.put(fake.path('/portals/acme-help'))).send({
      slug: 'other',
      name: '',
    });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ error: { name: ["can't be blank"], slug: ['has already been taken'] } });
    const renamed = await admin(fake.http.put(fake.path('/portals/acme-help'))).send({ slug: 'help' });
    expect(renamed.body.slug).toBe('help');
    expect((await agent(fake.http.get(fake.path('/portals/help')))).body.header_text).toBe(
      'How can we help?',
    );
  });

  it('keeps draft locales among the allowed ones; the default locale cannot be drafted', async () => {
    await createPortal();
    const put = (config: object) =>
      admin(fake.http.put(fake.path('/portals/acme-help'))).send({ portal: { config } });
    const drafted = await put({ allowed_locales: ['en', 'fr'], draft_locales: ['fr', 'de'] });
    expect(drafted.body.config.allowed_locales.map((l: any) => [l.code, l.draft])).toEqual([
      ['en', false],
      ['fr', true],
    ]);
    const refused = await put({ draft_locales: ['en'] });
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({ error: { config: ['default locale cannot be drafted.'] } });
    const published = await put({ draft_locales: [] });
    expect(published.body.config.allowed_locales.every((l: any) => l.draft === false)).toBe(true);
  });

  it('deletes a portal with its categories and articles', async () => {
    await createPortal();
    await createCategory({ name: 'Billing', slug: 'billing' });
    await createArticle(ARTICLE);
    const res = await admin(fake.http.delete(fake.path('/portals/acme-help')));
    expect(res.status).toBe(200);
    expect((await agent(fake.http.get(fake.path('/portals')))).body.payload).toEqual([]);
    expect(fake.store.tables.articles.size + fake.store.tables.categories.size).toBe(0);
  });

  it('answers 404 for an unknown slug (Rails: find_by, then a 500 on nil) and 401 for agents writing', async () => {
    const res = await agent(fake.http.get(fake.path('/portals/nope')));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
    expect((await admin(fake.http.delete(fake.path('/portals/nope')))).status).toBe(404);
    const write = await agent(fake.http.post(fake.path('/portals'))).send(PORTAL);
    expect(write.status).toBe(401);
    expect(write.body).toEqual({ error: 'You are not authorized to do this action' });
  });
});

describe('categories', () => {
  beforeEach(() => createPortal());

  it('creates categories and lists them by position, filtered by locale', async () => {
    const res = await createCategory({
      category: { name: 'Billing', slug: 'billing', position: 2, description: 'Money' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      payload: {
        id: 1,
        name: 'Billing',
        slug: 'billing',
        locale: 'en',
        description: 'Money',
        position: 2,
        account_id: 1,
        icon: '',
        meta: { articles_count: 0 },
      },
    });
    await createCategory({ name: 'Account', slug: 'account', position: 1 });
    await createCategory({
      category: {
        name: 'Facturation',
        slug: 'billing',
        locale: 'fr',
        associated_category_id: 1,
        related_category_ids: [2],
      },
    });
    const list = await agent(fake.http.get(fake.path('/portals/acme-help/categories')));
    expect(list.status).toBe(200);
    expect(list.body.payload.map((c: { slug: string; locale: string }) => `${c.slug}/${c.locale}`)).toEqual([
      'account/en',
      'billing/en',
      'billing/fr',
    ]);
    expect(list.body.meta).toEqual({ current_page: 1, categories_count: 3 });
    expect(list.body.payload[2]).toMatchObject({
      root_category: { id: 1, name: 'Billing' },
      related_categories: [{ id: 2, slug: 'account' }],
    });
    const fr = await agent(fake.http.get(fake.path('/portals/acme-help/categories?locale=fr&page=1')));
    expect(fr.body.payload.map((c: { id: number }) => c.id)).toEqual([3]);
    expect(fr.body.meta.current_page).toBe('1');
  });

  it('validates slug, name, the portal locales and locale uniqueness per slug', async () => {
    const blank = await createCategory({ description: 'x', locale: 'es' });
    expect(blank.status).toBe(422);
    expect(blank.body).toEqual({
      message: `Slug can't be blank, Name can't be blank, Locale es of category is not part of portal's ["en", "fr"].`,
      attributes: ['slug', 'name', 'locale'],
    });
    await createCategory({ name: 'Billing', slug: 'billing' });
    const dup = await createCategory({ name: 'Billing again', slug: 'billing' });
    expect(dup.body).toEqual({
      message: 'Locale should be unique in the category and portal',
      attributes: ['locale'],
    });
  });

  it('shows, updates (PATCH and PUT) and deletes a category', async () => {
    await createCategory({ name: 'Billing', slug: 'billing' });
    await createArticle({ ...ARTICLE, category_id: 1 });
    const shown = await agent(fake.http.get(fake.path('/portals/acme-help/categories/1')));
    expect(shown.body.payload.meta).toEqual({ articles_count: 1 });
    const res = await agent(fake.http.patch(fake.path('/portals/acme-help/categories/1'))).send({
      name: 'Payments',
      icon: '💳',
    });
    expect(res.status).toBe(200);
    expect(res.body.payload).toMatchObject({ name: 'Payments', icon: '💳' });
    const bad = await agent(fake.http.put(fake.path('/portals/acme-help/categories/1'))).send({
      locale: 'it',
    });
    expect(bad.status).toBe(422);
    const del = await agent(fake.http.delete(fake.path('/portals/acme-help/categories/1')));
    expect(del.status).toBe(200);
    expect((await agent(fake.http.get(fake.path('/portals/acme-help/categories/1')))).status).toBe(404);
    // The article stays, without category.
    const article = await agent(fake.http.get(fake.path('/portals/acme-help/articles/1')));
    expect(article.body.payload.category).toEqual({ id: null, name: null, slug: null, locale: null });
  });

  it('answers 404 for unknown categories and unknown portals (a 500 in Rails)', async () => {
    const res = await agent(fake.http.get(fake.path('/portals/acme-help/categories/9')));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'Resource could not be found' });
    const portal = await agent(fake.http.get(fake.path('/portals/nope/categories')));
    expect(portal.status).toBe(404);
    expect(portal.body).toEqual({ error: 'Resource could not be found' });
  });
});

describe('articles', () => {
  beforeEach(async () => {
    await createPortal();
    await createCategory({ name: 'Billing', slug: 'billing', locale: 'fr' });
  });

  it('creates a draft article with a generated slug, position and the author', async () => {
    const res = await createArticle({
      article: { ...ARTICLE, description: 'How to', meta: { tags: ['login'] } },
    });
    expect(res.status).toBe(200);
    expect(res.body.payload).toEqual({
      id: 1,
      slug: expect.stringMatching(/^\d+-reset-your-password$/),
      title: 'Reset your password',
      content: 'Click "Forgot password".',
      description: 'How to',
      status: 'draft',
      position: 10,
      account_id: 1,
      updated_at: expect.any(Number),
      meta: { tags: ['login'] },
      locale: 'en',
      associated_article_id: null,
      category: { id: null, name: null, slug: null, locale: null },
      views: null,
      author: expect.objectContaining({ id: 2, name: 'Grace Hopper', role: 'agent' }),
    });
    const second = await createArticle({
      ...ARTICLE,
      title: 'Second',
      category_id: 1,
      associated_article_id: 1,
    });
    expect(second.body.payload).toMatchObject({
      position: 10,
      locale: 'fr',
      category: { id: 1, name: 'Billing', slug: 'billing', locale: 'fr' },
      root_article: { id: 1, title: 'Reset your password' },
    });
    const first = await agent(fake.http.get(fake.path('/portals/acme-help/articles/1')));
    expect(first.body.payload.associated_articles.map((a: { id: number }) => a.id)).toEqual([2]);
  });

  it('validates the author, title and content', async () => {
    const foreign = await createArticle({ ...ARTICLE, author_id: 99 });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toEqual({ error: 'Invalid author ID' });
    const res = await createArticle({ description: 'nothing else' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: "Author must exist, Author can't be blank, Title can't be blank, Content can't be blank",
      attributes: ['author', 'author_id', 'title', 'content'],
    });
    // Rails: ArgumentError (enum) and RecordNotUnique (slug index), both 500s; the fake answers 422.
    const pinned = await createArticle({ ...ARTICLE, status: 'pinned' });
    expect(pinned.status).toBe(422);
    expect(pinned.body).toEqual({ message: 'Status is not included in the list', attributes: ['status'] });
    expect((await createArticle({ ...ARTICLE, slug: 'taken' })).status).toBe(200);
    const taken = await createArticle({ ...ARTICLE, slug: 'taken' });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Slug has already been taken', attributes: ['slug'] });
  });

  it('lists articles with filters, counts and pages', async () => {
    await createArticle({ ...ARTICLE, title: 'Invoices explained', status: 'published', category_id: 1 });
    await createArticle({ ...ARTICLE, title: 'Refund policy', status: 'archived', author_id: 1 });
    await createArticle({ ...ARTICLE, title: 'Password reset', content: 'Use the reset link' });
    const res = await agent(fake.http.get(fake.path('/portals/acme-help/articles')));
    expect(res.status).toBe(200);
    expect(res.body.payload.map((a: { title: string }) => a.title)).toEqual([
      'Password reset',
      'Refund policy',
      'Invoices explained',
    ]);
    expect(res.body.meta).toEqual({
      all_articles_count: 3,
      archived_articles_count: 1,
      articles_count: 3,
      current_page: 1,
      draft_articles_count: 1,
      mine_articles_count: 2,
      published_count: 1,
    });
    const published = await agent(fake.http.get(fake.path('/portals/acme-help/articles?status=published')));
    expect(published.body.payload.map((a: { title: string }) => a.title)).toEqual(['Invoices explained']);
    expect(published.body.meta.articles_count).toBe(3);
    const search = await agent(fake.http.get(fake.path('/portals/acme-help/articles?query=rese')));
    expect(search.body.payload.map((a: { title: string }) => a.title)).toEqual(['Password reset']);
    const byCategory = await agent(
      fake.http.get(fake.path('/portals/acme-help/articles?category_slug=billing&locale=fr')),
    );
    expect(byCategory.body.meta).toMatchObject({ articles_count: 1, all_articles_count: 3 });
    const page2 = await agent(fake.http.get(fake.path('/portals/acme-help/articles?page=2')));
    expect(page2.body.payload).toEqual([]);
    expect(page2.body.meta.current_page).toBe('2');
  });

  it('updates an article (PATCH and PUT): moving it to a category puts it last there', async () => {
    await createArticle({ ...ARTICLE, category_id: 1 });
    await createArticle({ ...ARTICLE, title: 'Loose' });
    const res = await agent(fake.http.patch(fake.path('/portals/acme-help/articles/2'))).send({
      article: { category_id: 1, status: 'published', author_id: 77 },
    });
    expect(res.status).toBe(200);
    expect(res.body.payload).toMatchObject({
      position: 20,
      status: 'published',
      locale: 'fr',
      author: { id: 2 },
    });
    const put = await agent(fake.http.put(fake.path('/portals/acme-help/articles/2'))).send({ title: '' });
    expect(put.status).toBe(422);
    expect(put.body).toEqual({ message: "Title can't be blank", attributes: ['title'] });
    const shown = await agent(fake.http.get(fake.path('/portals/acme-help/articles/2')));
    expect(shown.body.payload).toMatchObject({ title: 'Loose', status: 'published' });
  });

  it('deletes an article; unknown articles and portals are 404s here', async () => {
    await createArticle(ARTICLE);
    const res = await agent(fake.http.delete(fake.path('/portals/acme-help/articles/1')));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const gone = await agent(fake.http.get(fake.path('/portals/acme-help/articles/1')));
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: 'Resource could not be found' });
    expect((await agent(fake.http.get(fake.path('/portals/nope/articles')))).status).toBe(404);
  });
});
