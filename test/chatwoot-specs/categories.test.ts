/**
 * Chatwoot's request spec for the help center categories, replayed over HTTP against the fake.
 * Source: chatwoot/chatwoot spec/controllers/api/v1/accounts/categories_controller_spec.rb at
 * bdbfe354be2ba2e15bf4940342822552da728b3a (see README.md): related, parent and associated categories.
 * Older copies (07313467, `JSON.parse`, no associations) are not ported; two newer-looking stored copies
 * with an `admin` user refuse every category write to administrators (a fork's policy) and add a
 * `reorder` route the fake does not serve.
 *
 * The spec's portal (allowed locales en and es) and its four categories are created through the API in
 * the default account; the default world's agent plays the spec's agent (a portal member there). What
 * the spec reads with `reload` (sub_category_ids, associated_category_ids, related_category_ids) is not
 * rendered by any answer, so it is read from the fake's store: the categories whose parent or root is
 * the category, and the category's related ids.
 */
import { AGENT, testFake, type TestFake } from '../helpers';

const SPEC = 'categories_controller_spec.rb';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

let slug: string;
let category: number;
let categoryToAssociate: number;
let related1: number;
let related2: number;

const categoriesPath = (id?: number) => `/portals/${slug}/categories${id === undefined ? '' : `/${id}`}`;
const create = (body: object) => fake.send('post', categoriesPath(), body, AGENT);
const update = (id: number, body: object) => fake.send('put', categoriesPath(id), body, AGENT);

async function newCategory(name: string, categorySlug: string, position: number, locale = 'en') {
  const res = await create({ category: { name, slug: categorySlug, position, locale } });
  expect(res.status).toBe(200);
  return res.body.payload.id as number;
}

const record = (id: number) => fake.store.tables.categories.get(id)!;
const subCategoryIds = (id: number) =>
  [...fake.store.tables.categories.all()].filter((c) => c.parent_category_id === id).map((c) => c.id);
const associatedCategoryIds = (id: number) =>
  [...fake.store.tables.categories.all()].filter((c) => c.associated_category_id === id).map((c) => c.id);
const lastIds = (n: number) =>
  [...fake.store.tables.categories.all()]
    .map((c) => c.id)
    .sort((a, b) => a - b)
    .slice(-n);

beforeEach(async () => {
  const portal = await fake.send('post', '/portals', {
    portal: { name: 'test_portal', slug: 'test-portal', config: { allowed_locales: ['en', 'es'] } },
  });
  expect(portal.status).toBe(200);
  slug = portal.body.slug;
  category = await newCategory('category', 'category_slug', 1);
  categoryToAssociate = await newCategory('associated category', 'associated_category_slug', 2);
  related1 = await newCategory('related category 1', 'category_slug_1', 3);
  related2 = await newCategory('related category 2', 'category_slug_2', 4);
});

describe(`${SPEC} POST /api/v1/accounts/{account.id}/portals/{portal.slug}/categories`, () => {
  const params = (n: 1 | 2) => ({
    category: {
      name: n === 1 ? 'test_category' : 'test_category_2',
      description: n === 1 ? 'test_description' : 'test_description_2',
      position: n === 1 ? 5 : 6,
      locale: 'es',
      slug: `test_category_${n}`,
      parent_category_id: category,
      associated_category_id: categoryToAssociate,
      related_category_ids: [related1, related2],
    },
  });

  it(`${SPEC}: returns unauthorized`, async () => {
    const res = await fake.http.post(fake.path(categoriesPath())).send({});
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: creates category`, async () => {
    const res = await create(params(1));
    expect(res.status).toBe(200);
    const payload = res.body.payload;
    expect(payload.related_categories[0].id).toBe(related1);
    expect(payload.related_categories[1].id).toBe(related2);
    expect(payload.parent_category.id).toBe(category);
    expect(payload.root_category.id).toBe(categoryToAssociate);
    expect(subCategoryIds(category)).toEqual(lastIds(1));
    expect(associatedCategoryIds(categoryToAssociate)).toEqual(lastIds(1));
  });

  it(`${SPEC}: creates multiple sub_categories under one parent_category`, async () => {
    await create(params(1));
    const res = await create(params(2));
    expect(res.status).toBe(200);
    expect(subCategoryIds(category)).toEqual(lastIds(2));
  });

  it(`${SPEC}: creates multiple associated_categories with one category`, async () => {
    await create(params(1));
    const res = await create(params(2));
    expect(res.status).toBe(200);
    expect(associatedCategoryIds(categoryToAssociate)).toEqual(lastIds(2));
  });

  it(`${SPEC}: will throw an error on locale, category_id uniqueness`, async () => {
    await create(params(1));
    const res = await create(params(1));
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Locale should be unique in the category and portal');
  });

  it(`${SPEC}: will throw an error slug presence`, async () => {
    const res = await create({
      category: { name: 'test_category', description: 'test_description', position: 1, locale: 'es' },
    });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe("Slug can't be blank");
  });
});

describe(`${SPEC} PUT /api/v1/accounts/{account.id}/portals/{portal.slug}/categories/{category.id}`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    const res = await fake.http.put(fake.path(categoriesPath(category))).send({});
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: updates category`, async () => {
    const params = {
      category: {
        name: 'test_category_2',
        description: 'test_description',
        position: 1,
        related_category_ids: [related1],
        parent_category_id: related2,
      },
    };
    expect(record(category).name).not.toBe(params.category.name);
    expect(record(category).related_category_ids).toEqual([]);
    expect(record(category).parent_category_id).toBeNull();
    const res = await update(category, params);
    expect(res.body.payload.name).toBe(params.category.name);
    expect(res.body.payload.related_categories[0].id).toBe(related1);
    expect(res.body.payload.parent_category.id).toBe(related2);
    expect(subCategoryIds(related2)).toEqual([category]);
  });

  it(`${SPEC}: updates related categories`, async () => {
    // category.related_categories << related_category_2, through the API
    expect((await update(category, { category: { related_category_ids: [related2] } })).status).toBe(200);
    expect(record(category).related_category_ids).toEqual([related2]);
    const res = await update(category, { category: { related_category_ids: [related1] } });
    expect(res.status).toBe(200);
    expect(res.body.payload.name).toBe(record(category).name);
    expect(res.body.payload.related_categories[0].id).toBe(related1);
    expect(record(category).related_category_ids).toEqual([related1]);
    expect(record(related1).related_category_ids).toEqual([]);
    expect(res.body.payload.position).toBe(record(category).position);
  });

  it(`${SPEC}: update reverse associations for related categories`, async () => {
    expect((await update(category, { category: { related_category_ids: [related2] } })).status).toBe(200);
    expect(record(category).related_category_ids).toEqual([related2]);
    const res = await update(related2, { category: { related_category_ids: [category] } });
    expect(res.status).toBe(200);
    expect(record(category).related_category_ids).toEqual([related2]);
    expect(record(related2).related_category_ids).toEqual([category]);
  });
});

describe(`${SPEC} DELETE /api/v1/accounts/{account.id}/portals/{portal.slug}/categories/{category.id}`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    const res = await fake.http.delete(fake.path(categoriesPath(category))).send({});
    expect(res.status).toBe(401);
  });

  it(`${SPEC}: deletes category`, async () => {
    const res = await fake.send('delete', categoriesPath(category), undefined, AGENT);
    expect(res.status).toBe(200);
    expect(fake.store.tables.categories.get(category)).toBeUndefined();
  });
});

describe(`${SPEC} GET /api/v1/accounts/{account.id}/portals/{portal.slug}/categories`, () => {
  it(`${SPEC}: returns unauthorized`, async () => {
    expect((await fake.http.get(fake.path(categoriesPath()))).status).toBe(401);
  });

  it(`${SPEC}: get all categories in portal`, async () => {
    const categoryCount = [...fake.store.tables.categories.all()].length;
    const category2 = await newCategory('test_category_2', 'category_slug_2', 5, 'es');
    expect(category2).toEqual(expect.any(Number));
    const res = await fake.get(categoriesPath(), AGENT);
    expect(res.status).toBe(200);
    expect(res.body.payload).toHaveLength(categoryCount + 1);
  });
});
