/**
 * The contract checker's report where the spec offers shapes to choose from (oneOf/anyOf): it names
 * what is wrong in the shape the value is closest to, not every rule of the other shapes. Unit cases
 * over schemaViolations with Ajv as the checker runs it (all errors), then the real case: a global
 * search answer whose message lacks a key, next to the `{}` of an empty jbuilder block.
 */
import Ajv from 'ajv/dist/2020';
import { checkResponse } from '../src/contract';
import { schemaViolations } from '../src/contract/violations';
import { ADMIN, testFake } from './helpers';

const ajv = new Ajv({ allErrors: true, strict: false });
const BASE = { side: 'response' as const, method: 'GET', path: '/x' };

/** The messages of the violations `value` gets under `schema`. */
function report(schema: object, value: unknown): string[] {
  const validate = ajv.compile(schema);
  expect(validate(value)).toBe(false);
  return schemaViolations(BASE, validate.errors ?? [], value).map((v) => v.message);
}

const EMPTY = { type: 'object', additionalProperties: false, maxProperties: 0 };
const CONTACT = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'type'],
  properties: { id: { type: 'integer' }, name: { type: 'string' }, type: { const: 'contact' } },
};
const USER = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'available_name', 'role', 'type'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    available_name: { type: 'string' },
    role: { type: 'string' },
    type: { const: 'user' },
  },
};
const AGENT_BOT = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'thumbnail', 'type'],
  properties: {
    id: { type: 'integer' },
    name: { type: 'string' },
    thumbnail: { type: 'string' },
    type: { const: 'agent_bot' },
  },
};
const MESSAGE = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'content', 'inbox_id', 'conversation_id', 'message_type', 'created_at'],
  properties: {
    id: { type: 'integer' },
    content: { type: ['string', 'null'] },
    inbox_id: { type: 'integer' },
    conversation_id: { type: 'integer' },
    message_type: { type: 'integer' },
    created_at: { type: 'integer' },
    sender: { oneOf: [CONTACT, USER, AGENT_BOT] },
  },
};
const message = () => ({
  id: 22,
  content: 'Hello',
  inbox_id: 1,
  conversation_id: 10,
  message_type: 0,
  created_at: 1768467060,
  sender: { id: 11, name: 'Tu Youyou', type: 'contact' },
});

describe('the closest of several shapes', () => {
  it('a message lacking a key in its sender, next to {}: the one missing key', () => {
    const value = message();
    delete (value.sender as Partial<typeof value.sender>).name;
    const schema = { type: 'object', properties: { message: { oneOf: [EMPTY, MESSAGE] } } };
    expect(report(schema, { message: value })).toEqual([
      '/message/sender/name: expected required property, got missing',
    ]);
  });

  it('a message lacking a key, or null: the missing key, whichever branch comes first', () => {
    const value: Record<string, unknown> = message();
    delete value.created_at;
    delete (value.sender as Record<string, unknown>).type;
    for (const oneOf of [
      [MESSAGE, { type: 'null' }],
      [{ type: 'null' }, MESSAGE],
    ]) {
      expect(report({ type: 'object', properties: { m: { oneOf } } }, { m: value })).toEqual([
        '/m/created_at: expected required property, got missing',
        '/m/sender/type: expected required property, got missing',
      ]);
    }
  });

  it('an object with some of the keys: what it lacks, not that {} has no keys (anyOf too)', () => {
    for (const keyword of ['oneOf', 'anyOf']) {
      const schema = { type: 'object', properties: { contact: { [keyword]: [EMPTY, CONTACT] } } };
      expect(report(schema, { contact: { id: 1, name: 'x' } })).toEqual([
        '/contact/type: expected required property, got missing',
      ]);
    }
    // A {} that says so with maxProperties alone loses the same way.
    const loose = {
      type: 'object',
      properties: { c: { oneOf: [{ type: 'object', maxProperties: 0 }, CONTACT] } },
    };
    expect(report(loose, { c: { id: 1, type: 'contact' } })).toEqual([
      '/c/name: expected required property, got missing',
    ]);
  });

  it('an object that knows none of the keys still loses to one that knows some, whatever their error counts', () => {
    const schema = { type: 'object', properties: { s: { oneOf: [EMPTY, USER] } } };
    // USER lacks four of its five keys; {} refuses only one.
    expect(report(schema, { s: { id: 3 } })).toEqual([
      '/s/name: expected required property, got missing',
      '/s/available_name: expected required property, got missing',
      '/s/role: expected required property, got missing',
      '/s/type: expected required property, got missing',
    ]);
  });

  it('judges each array item by its own closest shape', () => {
    const schema = { type: 'array', items: { oneOf: [EMPTY, CONTACT, USER] } };
    const contact = { id: 1, type: 'contact' };
    const user = { id: 2, name: 'Ada', available_name: 'Ada', type: 'user' };
    expect(report(schema, [contact, user, {}])).toEqual([
      '/0/name: expected required property, got missing',
      '/1/role: expected required property, got missing',
    ]);
  });

  it('a value of no documented type keeps the whole-shape message', () => {
    const schema = { type: 'object', properties: { message: { oneOf: [EMPTY, MESSAGE] } } };
    expect(report(schema, { message: 'hello' })).toEqual([
      '/message: expected exactly one of the documented shapes, got string "hello"',
    ]);
  });
});

describe('on a real answer', () => {
  it('global search: a message whose sender lacks a key is that key, not every key refused by the {} shape', async () => {
    const fake = await testFake();
    const res = await fake.http.get(fake.path('/search?q=a')).set('api_access_token', ADMIN);
    expect(res.status).toBe(200);
    const body = structuredClone(res.body);
    const index = body.payload.conversations.findIndex(
      (c: { message: { sender?: object } }) => c.message.sender !== undefined,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    delete body.payload.conversations[index].message.sender.name;
    const violations = await checkResponse({
      method: 'GET',
      path: '/api/v1/accounts/1/search?q=a',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(violations.map((v) => v.message)).toEqual([
      `/payload/conversations/${index}/message/sender/name: expected required property, got missing`,
    ]);
  });
});
