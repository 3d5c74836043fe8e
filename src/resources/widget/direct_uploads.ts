/**
 * The web widget's direct uploads (Api::V1::Widget::DirectUploadsController < ActiveStorage::
 * DirectUploadsController): the widget's website_token and the visitor's X-Auth-Token, then a blob
 * waiting for its bytes (src/domain/direct_uploads.ts). The controller is no ApplicationController,
 * so its errors are Rails' own: an unknown widget or visitor is RecordNotFound → 404 `{"status":404,
 * "error":"Not Found"}`; no `blob` hash is ParameterMissing → 400.
 */
import { createDirectUploadBlob, directUploadArgs } from '../../domain/direct_uploads';
import { RecordNotFound } from '../../domain/errors';
import { widgetContext } from '../../domain/widget';
import { baseUrlOf, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { HttpError, badRequest } from '../../http/errors';
import { publicParams } from '../../http/params';
import { isHash } from '../../rails/casts';
import { directUploadView } from '../../views/direct_upload';
import { authToken } from './contacts';

const notFound = () => new HttpError(404, { status: 404, error: 'Not Found' });
const unprocessable = () => new HttpError(422, { status: 422, error: 'Unprocessable Entity' });

/**
 * DirectUploadsController#create. A `blob` without filename, byte_size or checksum (Rails: an
 * ArgumentError, 500) or with a blank checksum (RecordInvalid) is 422 `{"status":422,"error":
 * "Unprocessable Entity"}`.
 */
function create(ctx: RequestContext) {
  const params = publicParams(ctx);
  let inboxAccount: number;
  try {
    inboxAccount = widgetContext(ctx, params, authToken(ctx)).inbox.account_id;
  } catch (err) {
    if (err instanceof RecordNotFound) throw notFound();
    throw err;
  }
  if (!isHash(params.blob) || Object.keys(params.blob).length === 0) throw badRequest();
  const args = directUploadArgs(params.blob);
  if (!args) throw unprocessable();
  const blob = createDirectUploadBlob(ctx.store, inboxAccount, args);
  return ok(directUploadView(ctx.store, blob, baseUrlOf(ctx)));
}

export const handlers: HandlerMap = {
  createWidgetDirectUpload: create,
};
