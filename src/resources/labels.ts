import { accountOf, empty, ok, type Handler, type HandlerMap } from '../http/context';
import { requireParams, toId } from '../http/params';
import { createLabel, deleteLabel, findLabel, updateLabel } from '../domain/labels';
import { labelView } from '../views/label';

/** Label's columns: what Rails' wrap_parameters lifts from a flat JSON body into `label`. */
const ATTRIBUTES = [
  'id',
  'title',
  'description',
  'color',
  'show_on_sidebar',
  'account_id',
  'created_at',
  'updated_at',
] as const;

/** An invalid update still answers 200, with the rejected values (see updateLabel). */
const update: Handler = (ctx) => {
  const label = findLabel(ctx, toId(ctx.params.id));
  return ok(labelView(updateLabel(ctx, label, requireParams(ctx.body, 'label', ATTRIBUTES)).label));
};

export const handlers: HandlerMap = {
  listLabels: (ctx) => ok({ payload: ctx.tables.labels.where('account', accountOf(ctx).id).map(labelView) }),
  getLabel: (ctx) => ok(labelView(findLabel(ctx, toId(ctx.params.id)))),
  createLabel: (ctx) => ok(labelView(createLabel(ctx, requireParams(ctx.body, 'label', ATTRIBUTES)))),
  updateLabel: update,
  replaceLabel: update,
  deleteLabel: (ctx) => {
    deleteLabel(ctx, findLabel(ctx, toId(ctx.params.id)));
    return empty();
  },
};
