/**
 * The web widget's direct uploads, spoken as @rails/activestorage's DirectUpload and Chatwoot's widget
 * do: POST /api/v1/widget/direct_uploads with the file's name, size, MD5 (base64) and type; PUT the
 * bytes to the answer's `direct_upload.url` with its headers; then send the message with the blob's
 * `signed_id` in `message[attachments][]`. The default world's website inbox is "Acme Website"
 * (website_token acmeWebsiteToken0000001).
 */
import { createHash } from 'node:crypto';
import { testFake, type TestFake } from './helpers';

let fake: TestFake;
beforeAll(async () => {
  fake = await testFake();
});
beforeEach(() => fake.reset());

const WEBSITE_TOKEN = 'acmeWebsiteToken0000001';
const md5 = (data: Buffer) => createHash('md5').update(data).digest('base64');
const pathOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

function widget(method: 'get' | 'post', path: string, token?: string, websiteToken = WEBSITE_TOKEN) {
  const req = fake.http[method](`/api/v1/widget/${path}?website_token=${encodeURIComponent(websiteToken)}`);
  return token === undefined ? req : req.set('X-Auth-Token', token);
}

async function newVisitor(websiteToken = WEBSITE_TOKEN) {
  const res = await widget('post', 'config', undefined, websiteToken).send({});
  expect(res.status).toBe(200);
  return res.body.website_channel_config.auth_token as string;
}

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('pretend image data')]);

function blobParams(data: Buffer, overrides: Record<string, unknown> = {}) {
  return {
    filename: 'screenshot.png',
    byte_size: data.length,
    checksum: md5(data),
    content_type: 'image/png',
    metadata: {},
    ...overrides,
  };
}

/** POST direct_uploads for `data`; the blob JSON. */
async function createBlob(token: string, data: Buffer, overrides: Record<string, unknown> = {}) {
  const res = await widget('post', 'direct_uploads', token).send({ blob: blobParams(data, overrides) });
  expect(res.status).toBe(200);
  return res.body;
}

/** PUT the bytes where the blob JSON says, with its headers. */
function putBytes(blob: any, data: Buffer, headers: Record<string, string> = blob.direct_upload.headers) {
  return fake.http.put(pathOf(blob.direct_upload.url)).set(headers).send(data);
}

describe('POST /api/v1/widget/direct_uploads', () => {
  it("answers the blob's JSON, its signed id and where to PUT the bytes", async () => {
    const token = await newVisitor();
    const res = await widget('post', 'direct_uploads', token).send({
      blob: blobParams(PNG, { metadata: { origin: 'widget' } }),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      filename: 'screenshot.png',
      content_type: 'image/png',
      byte_size: PNG.length,
      checksum: md5(PNG),
      metadata: { origin: 'widget' },
      service_name: 'local',
      direct_upload: { headers: { 'Content-Type': 'image/png' } },
    });
    expect(res.body.key).toMatch(/^[A-Za-z0-9]{28}$/);
    expect(typeof res.body.signed_id).toBe('string');
    expect(res.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(new URL(res.body.direct_upload.url).pathname).toMatch(/^\/rails\/active_storage\/disk\/[^/]+$/);
  });

  it('takes a form-encoded blob with any checksum string, as the upstream request spec does', async () => {
    const token = await newVisitor();
    const res = await widget('post', 'direct_uploads', token)
      .type('form')
      .send(
        'blob[filename]=avatar.png&blob[byte_size]=1234&blob[checksum]=dsjbsdhbfif3874823mnsdbf&blob[content_type]=image/png',
      );
    expect(res.status).toBe(200);
    expect(res.body.content_type).toBe('image/png');
    expect(res.body.byte_size).toBe(1234);
  });

  it("a bad visitor token or website_token is Rails' 404", async () => {
    const token = await newVisitor();
    const noVisitor = await widget('post', 'direct_uploads', 'not-a-jwt').send({ blob: blobParams(PNG) });
    expect(noVisitor.status).toBe(404);
    expect(noVisitor.body).toEqual({ status: 404, error: 'Not Found' });
    const noWidget = await widget('post', 'direct_uploads', token, 'nope').send({ blob: blobParams(PNG) });
    expect(noWidget.status).toBe(404);
    const noToken = await widget('post', 'direct_uploads').send({ blob: blobParams(PNG) });
    expect(noToken.status).toBe(404);
  });

  it('no blob is 400; a blob without a checksum or with a blank one is 422', async () => {
    const token = await newVisitor();
    const missing = await widget('post', 'direct_uploads', token).send({ file: 'x' });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ status: 400, error: 'Bad Request' });
    for (const blob of [blobParams(PNG, { checksum: undefined }), blobParams(PNG, { checksum: '  ' })]) {
      const res = await widget('post', 'direct_uploads', token).send({ blob });
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ status: 422, error: 'Unprocessable Entity' });
    }
    const noName = await widget('post', 'direct_uploads', token).send({
      blob: blobParams(PNG, { filename: undefined }),
    });
    expect(noName.status).toBe(422);
  });
});

describe('PUT the bytes (the Disk service)', () => {
  it('stores them, and the message sent with the signed id shows them as its attachment', async () => {
    const token = await newVisitor();
    const blob = await createBlob(token, PNG);
    const put = await putBytes(blob, PNG);
    expect(put.status).toBe(204);

    const sent = await widget('post', 'messages', token)
      .field('message[content]', 'here it is')
      .field('message[attachments][]', blob.signed_id);
    expect(sent.status).toBe(200);
    expect(sent.body.attachments).toHaveLength(1);
    expect(sent.body.attachments[0]).toMatchObject({ file_type: 'image', file_size: PNG.length });

    const list = await widget('get', 'messages', token);
    expect(list.status).toBe(200);
    const shown = list.body.payload.find((m: any) => m.id === sent.body.id);
    expect(shown.attachments).toHaveLength(1);
    const file = await fake.http.get(pathOf(shown.attachments[0].data_url)).buffer(true);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.from(file.body).equals(PNG)).toBe(true);

    // The agents see it too.
    const conversations = await fake.get('/conversations?status=all');
    const conversation = conversations.body.data.payload.find((c: any) =>
      c.messages?.some((m: any) => m.id === sent.body.id),
    );
    expect(conversation).toBeDefined();
  });

  it('a JSON message body with the signed id attaches it too, a file by its content type', async () => {
    const token = await newVisitor();
    const text = Buffer.from('plain notes');
    const blob = await createBlob(token, text, { filename: 'notes.txt', content_type: 'text/plain' });
    expect((await putBytes(blob, text)).status).toBe(204);
    const sent = await widget('post', 'messages', token).send({
      message: { content: 'notes', attachments: [blob.signed_id] },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.attachments[0].file_type).toBe('file');
    const file = await fake.http.get(pathOf(sent.body.attachments[0].data_url)).buffer(true);
    expect(file.text).toBe('plain notes');
  });

  it('bytes that fail the checksum are 422 and are not stored', async () => {
    const token = await newVisitor();
    const blob = await createBlob(token, PNG);
    const other = Buffer.alloc(PNG.length, 7);
    const put = await putBytes(blob, other);
    expect(put.status).toBe(422);
    const sent = await widget('post', 'messages', token).send({
      message: { content: 'x', attachments: [blob.signed_id] },
    });
    expect(sent.status).toBe(200);
    // The blob has no file: its URL is not served.
    expect((await fake.http.get(pathOf(sent.body.attachments[0].data_url))).status).toBe(404);
  });

  it('a Content-Type or Content-Length other than the blob is 422; a tampered token 404', async () => {
    const token = await newVisitor();
    const blob = await createBlob(token, PNG);
    expect((await putBytes(blob, PNG, { 'Content-Type': 'image/gif' })).status).toBe(422);
    expect((await putBytes(blob, Buffer.concat([PNG, Buffer.from('!')]))).status).toBe(422);
    const url = pathOf(blob.direct_upload.url);
    const tampered = `${url.slice(0, -1)}${url.endsWith('0') ? '1' : '0'}`;
    const res = await fake.http.put(tampered).set(blob.direct_upload.headers).send(PNG);
    expect(res.status).toBe(404);
    // The right bytes still go through afterwards.
    expect((await putBytes(blob, PNG)).status).toBe(204);
  });

  it('the upload URL expires after 5 minutes', async () => {
    const token = await newVisitor();
    const blob = await createBlob(token, PNG);
    fake.clock.advance(6 * 60 * 1000);
    expect((await putBytes(blob, PNG)).status).toBe(404);
  });
});

describe('sending a message with a signed id', () => {
  it('one that names no blob is 422 and creates nothing', async () => {
    const token = await newVisitor();
    const before = (await fake.get('/conversations?status=all')).body.data.meta.all_count;
    const res = await widget('post', 'messages', token)
      .field('message[content]', 'x')
      .field('message[attachments][]', 'eyJfcmFpbHMiOnt9fQ--0000');
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ status: 422, error: 'Unprocessable Entity' });
    expect((await fake.get('/conversations?status=all')).body.data.meta.all_count).toBe(before);
  });
});
