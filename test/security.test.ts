/**
 * "Safe on a developer's machine and in CI": each attack on the fake, tried. Secrets generated at run
 * time cannot be derived from the ones a client has seen (unless a seed asks for repeatable ones);
 * the control API answers the test suite only (no CORS, no foreign Origin, own Host names); remote
 * clients see no secrets on the pages; webhooks cannot reach the control API; journal regexes cannot
 * freeze the event loop; fixtures paths come from the user, not from HTTP.
 */
import request from 'supertest';
import { buildFake, type BuiltFake } from '../src/index';
import { ADMIN } from './helpers';

/**
 * The token generator of earlier versions (a counter through xorshift): what an attacker who has seen
 * a few tokens would run to predict the next ones.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function xorshiftToken(seed: number, length: number): string {
  let x = seed >>> 0 || 1;
  const chars: string[] = [];
  while (chars.length < length) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    chars.push(ALPHABET[x % ALPHABET.length]);
  }
  return chars.join('');
}
const counterToken = (counter: number, length = 24) => xorshiftToken(counter * 2654435761, length);
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Creates an agent bot in an account through the API; answers its access_token. */
async function newBotToken(fake: BuiltFake, accountId: number, adminToken: string, name: string) {
  const res = await request(fake.app)
    .post(`/api/v1/accounts/${accountId}/agent_bots`)
    .set('api_access_token', adminToken)
    .send({ name });
  expect(res.status).toBe(200);
  return res.body.access_token as string;
}

describe('secrets generated at run time', () => {
  it('a token of another account is not derivable from tokens observed in sequence', async () => {
    const fake = await buildFake({ webhooks: false });
    const second = fake.createAccount();
    // The attacker, admin of account 1, creates bots and sees their tokens, one after the other.
    const observed: string[] = [];
    for (let i = 0; i < 3; i++) observed.push(await newBotToken(fake, 1, ADMIN, `probe ${i}`));
    // Tokens of one generator share nothing: no counter-based generator explains them.
    const explained = new Set<number>();
    for (let n = 1; n <= 20_000; n++) if (observed.includes(counterToken(n))) explained.add(n);
    expect(explained.size).toBe(0);
    // The victim's next token (account 2), and every counter-based prediction around the observed ones.
    const victim = await newBotToken(fake, second.accountId, second.tokens.admin, 'victim');
    const predictions = new Set<string>();
    for (let n = 1; n <= 20_000; n++) predictions.add(counterToken(n));
    expect(predictions.has(victim)).toBe(false);
    expect(observed).not.toContain(victim);
    // Nor are the second account's own tokens the old seed-1 derivation (`admin-a2-` + fnv of a name).
    const oldDerivation = `admin-a2-${xorshiftToken(fnv('1:2:user:admin:0'), 16)}`;
    expect(second.tokens.admin).toMatch(/^admin-a2-[A-Za-z0-9]{16}$/);
    expect(second.tokens.admin).not.toBe(oldDerivation);
  });

  it('with a seed, the same tokens run after run; without one, different ones', async () => {
    const run = async (seed?: number) => {
      const fake = await buildFake({ seed, webhooks: false });
      const account = fake.createAccount();
      const bot = await newBotToken(fake, 1, ADMIN, 'bot');
      const user = fake.store.tables.users.get(1)!;
      return { account: account.tokens, passwords: account.passwords, bot, pubsub: user.pubsub_token };
    };
    const [a, b] = [await run(7), await run(7)];
    expect(b).toEqual(a);
    const [c, d] = [await run(), await run()];
    expect(c.bot).not.toBe(d.bot);
    expect(c.pubsub).not.toBe(d.pubsub);
    expect(c.account.admin).not.toBe(d.account.admin);
    expect(c.passwords).not.toEqual(d.passwords);
    expect(c.bot).not.toBe(a.bot);
  });

  it("an account added at run time has passwords of its own, not the world's", async () => {
    const fake = await buildFake({ webhooks: false });
    const http = request(fake.app);
    const second = fake.createAccount();
    const signIn = (email: string, password: string) => http.post('/auth/sign_in').send({ email, password });
    expect((await signIn('ada+acct2@acme.test', 'Password1!')).status).toBe(401);
    const info = fake.info('http://x', second.accountId);
    const ada = info.users.find((u) => u.email === 'ada+acct2@acme.test')!;
    expect(ada.password).toBe(second.passwords!.admin);
    // Chatwoot's password rules: an upper- and a lower-case letter, a digit, a special character.
    expect(ada.password).toMatch(/[A-Z]/);
    expect(ada.password).toMatch(/[a-z]/);
    expect(ada.password).toMatch(/\d/);
    expect(ada.password).toMatch(/[^A-Za-z0-9]/);
    const ok = await signIn('ada+acct2@acme.test', ada.password);
    expect(ok.status).toBe(200);
    expect(ok.body.data.account_id).toBe(second.accountId);
    // The main account keeps the world's passwords, as documented.
    expect((await signIn('ada@acme.test', 'Password1!')).status).toBe(200);
    // Over the control API too: the new account's info lists its passwords.
    const created = await http.post('/__fake/accounts').send({});
    expect(created.status).toBe(201);
    const admin = created.body.users.find((u: { role: string }) => u.role === 'administrator');
    expect(admin.password).toBe(created.body.passwords.admin);
    expect(admin.password).not.toBe('Password1!');
    expect((await signIn(admin.email, admin.password)).status).toBe(200);
  });
});
