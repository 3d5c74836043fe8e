/**
 * Avatars (src/domain/avatars.ts), one mechanism for contacts, the profile and agent bots: a multipart
 * upload is validated as Avatarable does (JPEG/PNG/GIF by their bytes, at most 15 MB), kept in memory,
 * rendered as a URL the fake serves with the bytes and content type, and removed by DELETE …/avatar.
 * Also ApplicationRecord's column length check (255 characters) on the names.
 */
import { ADMIN, AGENT, testFake, type TestFake } from './helpers';

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('0000000d49484452', 'hex')]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const served = (url: string) => fake.http.get(new URL(url).pathname).buffer(true);
const firstContactId = async () => (await fake.get('/contacts')).body.payload[0].id as number;
const botId = async () =>
  (await fake.get('/agent_bots')).body.find((b: any) => b.account_id !== null).id as number;

/** The three owners: how to upload, read the rendered URL, and remove the avatar. */
const owners = {
  contact: {
    upload: async (file: Buffer, name: string, type: string) =>
      fake
        .send('patch', `/contacts/${await firstContactId()}`)
        .attach('avatar', file, { filename: name, contentType: type }),
    url: async () => (await fake.get(`/contacts/${await firstContactId()}`)).body.payload.thumbnail as string,
    remove: async () => fake.send('delete', `/contacts/${await firstContactId()}/avatar`),
  },
  profile: {
    upload: async (file: Buffer, name: string, type: string) =>
      fake.http
        .put('/api/v1/profile')
        .set('api_access_token', AGENT)
        .field('profile[display_name]', 'Amazing Grace')
        .attach('profile[avatar]', file, { filename: name, contentType: type }),
    url: async () =>
      (await fake.http.get('/api/v1/profile').set('api_access_token', AGENT)).body.avatar_url as string,
    remove: async () => fake.http.delete('/api/v1/profile/avatar').set('api_access_token', AGENT),
  },
  'agent bot': {
    upload: async (file: Buffer, name: string, type: string) =>
      fake
        .send('patch', `/agent_bots/${await botId()}`)
        .attach('avatar', file, { filename: name, contentType: type }),
    url: async () => (await fake.get(`/agent_bots/${await botId()}`)).body.thumbnail as string,
    remove: async () => fake.send('delete', `/agent_bots/${await botId()}/avatar`),
  },
};

describe.each(Object.entries(owners))('the %s avatar', (_name, owner) => {
  it('is stored, served with its bytes and content type, and removed', async () => {
    expect(await owner.url()).toBe('');
    const res = await owner.upload(PNG, 'me.png', 'image/png');
    expect(res.status).toBe(200);
    const url = await owner.url();
    expect(url).toMatch(/\/rails\/active_storage\/representations\/redirect\/.+\/me\.png$/);
    const image = await served(url);
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(image.body, PNG)).toBe(0);

    const removed = await owner.remove();
    expect(removed.status).toBe(200);
    expect(await owner.url()).toBe('');
    expect((await served(url)).status).toBe(404);
  });

  it('replaces the previous avatar (the old one is no longer served)', async () => {
    await owner.upload(PNG, 'one.png', 'image/png');
    const first = await owner.url();
    expect((await owner.upload(GIF, 'two.gif', 'image/gif')).status).toBe(200);
    const second = await owner.url();
    expect(second).not.toBe(first);
    expect((await served(first)).status).toBe(404);
    expect((await served(second)).headers['content-type']).toBe('image/gif');
  });

  it('refuses a file that is no image, whatever its declared type, and changes nothing', async () => {
    const res = await owner.upload(Buffer.from('just text'), 'fake.png', 'image/png');
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ message: 'Avatar filetype not supported', attributes: ['avatar'] });
    expect(await owner.url()).toBe('');
  });

  it('refuses an image type Chatwoot does not take (WebP)', async () => {
    const webp = Buffer.concat([Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(8)]);
    const res = await owner.upload(webp, 'a.webp', 'image/webp');
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Avatar filetype not supported');
  });

  it('refuses an image over 15 MB with "Avatar is too big"', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(15 * 1024 * 1024)]);
    const res = await owner.upload(big, 'big.png', 'image/png');
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Avatar is too big');
    expect(await owner.url()).toBe('');
  });
});

describe('avatars on create', () => {
  it('a contact created with an avatar renders it', async () => {
    const res = await fake
      .send('post', '/contacts')
      .field('name', 'Ada Lovelace')
      .field('email', 'ada@example.test')
      .attach('avatar', PNG, { filename: 'ada.png', contentType: 'application/octet-stream' });
    expect(res.status).toBe(200);
    const image = await served(res.body.payload.contact.thumbnail);
    expect(image.headers['content-type']).toBe('image/png'); // identified from the bytes
  });

  it('an agent bot created with a bad avatar is not created', async () => {
    const before = (await fake.get('/agent_bots')).body.length;
    const res = await fake
      .send('post', '/agent_bots')
      .field('name', 'Pictured')
      .attach('avatar', Buffer.from('%PDF-1.4'), { filename: 'x.pdf', contentType: 'application/pdf' });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Avatar filetype not supported');
    expect((await fake.get('/agent_bots')).body.length).toBe(before);
  });

  it('a contact with a too long name and a bad avatar gets both errors, the length first', async () => {
    const res = await fake
      .send('post', '/contacts')
      .field('name', 'x'.repeat(256))
      .attach('avatar', Buffer.from('nope'), { filename: 'a.gif', contentType: 'image/gif' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      message: 'Name is too long (maximum is 255 characters), Avatar filetype not supported',
      attributes: ['name', 'avatar'],
    });
  });
});

describe('name length (ApplicationRecord: 255 characters for string columns)', () => {
  it('a contact name of 255 characters is taken, 256 is refused (characters, not bytes)', async () => {
    const ok = await fake.send('post', '/contacts', { name: 'é'.repeat(255) });
    expect(ok.status).toBe(200);
    const id = await firstContactId();
    const res = await fake.send('patch', `/contacts/${id}`, { name: 'n'.repeat(256) });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Name is too long (maximum is 255 characters)');
    expect((await fake.get(`/contacts/${id}`)).body.payload.name).not.toBe('n'.repeat(256));
  });

  it('the profile name and display name are limited too', async () => {
    const res = await fake.http
      .put('/api/v1/profile')
      .set('api_access_token', AGENT)
      .send({ profile: { name: 'a'.repeat(300), display_name: 'b'.repeat(256) } });
    expect(res.status).toBe(422);
    expect(res.body.message).toBe(
      'Name is too long (maximum is 255 characters), Display name is too long (maximum is 255 characters)',
    );
    const profile = await fake.http.get('/api/v1/profile').set('api_access_token', AGENT);
    expect(profile.body.name).toBe('Grace Hopper');
  });

  it('an agent bot name is limited too', async () => {
    const res = await fake.send('post', '/agent_bots', { name: 'b'.repeat(256) }, ADMIN);
    expect(res.status).toBe(422);
    expect(res.body.message).toBe('Name is too long (maximum is 255 characters)');
  });
});
