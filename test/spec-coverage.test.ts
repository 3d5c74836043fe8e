import { combineHandlers, handlers } from '../src/resources';
import { loadSpec, operationsOf } from '../src/spec';

describe('spec ↔ handlers', () => {
  it('every operation in the spec has a handler and every handler an operation', async () => {
    const spec = await loadSpec();
    const operationIds = operationsOf(spec).map((op) => op.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length); // operationIds are unique
    const withoutHandler = operationIds.filter((id) => !handlers[id]);
    const withoutOperation = Object.keys(handlers).filter((id) => !operationIds.includes(id));
    expect(withoutHandler).toEqual([]);
    expect(withoutOperation).toEqual([]);
  });

  it('refuses an operationId served by two modules', () => {
    const handler = () => ({ status: 200, body: {} });
    expect(() =>
      combineHandlers({ a: { handlers: { listThings: handler } }, b: { handlers: { listThings: handler } } }),
    ).toThrow('listThings has two handlers: a and b');
  });

  it('the most specific path template wins (static segments before parameters)', async () => {
    const ops = operationsOf(await loadSpec());
    const ranks = ops.map((o) => o.rank);
    expect([...ranks].sort()).toEqual(ranks);
  });
});
