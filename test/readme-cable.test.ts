/**
 * The README's "### Cable in tests" example, run as it is written there (the last test checks that README.md
 * and this file hold the same code). `chatwoot-fake` is this package: map it to the source.
 */
jest.mock('chatwoot-fake', () => jest.requireActual('../src/index'), { virtual: true });
jest.mock('chatwoot-fake/cable', () => jest.requireActual('../src/cable'), { virtual: true });

// --- README example: begin ---
import { startFake, type RunningFake } from 'chatwoot-fake';
import { connectCable } from 'chatwoot-fake/cable';

describe('live updates', () => {
  let fake: RunningFake;
  beforeAll(async () => {
    fake = await startFake();
  });
  beforeEach(() => fake.reset()); // empties the cable log too
  afterAll(() => fake.close());

  const reply = (content: string) =>
    fetch(`${fake.url}/api/v1/accounts/${fake.accountId}/conversations/1/messages`, {
      method: 'POST',
      headers: { api_access_token: fake.tokens.agent, 'content-type': 'application/json' },
      body: JSON.stringify({ content }),
    });

  it('broadcasts message.created to the inbox’s agents and the contact (no websocket needed)', async () => {
    await reply('Hello Marie');
    const event = await fake.cable.waitFor({ event: 'message.created', match: { content: 'Hello Marie' } });

    expect(event.payload).toMatchObject({ content: 'Hello Marie', message_type: 1, account_id: 1 });
    expect(event.recipients.contactInboxes).toHaveLength(1); // the widget of the conversation's contact
    expect(fake.cable.events().map((e) => e.event)).toContain('conversation.updated');
  });

  it('reaches an ActionCable client subscribed as the agent', async () => {
    const cable = await connectCable(fake.url, fake.tokens.agent);
    try {
      await reply('Hi from the API');
      const message = await cable.waitFor({ event: 'message.created' });
      expect(message.data.content).toBe('Hi from the API');
    } finally {
      await cable.close();
    }
  });
});
// --- README example: end ---

describe('the README example', () => {
  it('is the code of README.md "### Cable in tests", character for character', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require('node:fs') as typeof import('node:fs');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require('node:path') as typeof import('node:path');
    const readme = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Cable in tests'));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    const self = fs.readFileSync(__filename, 'utf8');
    const begin = '// --- README example: begin ---\n';
    const code = self.slice(
      self.indexOf(begin) + begin.length,
      self.indexOf('// --- README example: end ---'),
    );
    expect(readme.includes('### Cable in tests')).toBe(true);
    expect(code.trim()).toBe(block!.trim());
  });
});
