/** ContactsController#export and #import: the fake runs their jobs at once. */
import { exportContacts } from '../../domain/contact_export';
import { importContacts } from '../../domain/contact_import';
import { baseUrlOf, empty, recordEvents, type HandlerMap, type RequestContext } from '../../http/context';
import { couldNotCreate } from '../../http/errors';

/** I18n errors.contacts.export.success, sent by `head :ok, message:` as a response header. */
const EXPORT_MESSAGE = 'We will notify you once contacts export file is ready to view.';

/**
 * Chatwoot queues the job and answers 200 with an empty body and the `Message` header, then mails a
 * link to the CSV; the fake writes the CSV, serves it at its blob URL and records
 * contact_export_complete with that URL.
 */
function exportCsv(ctx: RequestContext) {
  recordEvents(ctx, exportContacts(ctx, ctx.body ?? {}, baseUrlOf(ctx)));
  return empty(200, { Message: EXPORT_MESSAGE });
}

function importCsv(ctx: RequestContext) {
  const file = ctx.files.find((f) => f.fieldname === 'import_file');
  if (!file) throw couldNotCreate('File is blank');
  recordEvents(ctx, importContacts(ctx, file.buffer.toString('utf8'), baseUrlOf(ctx)));
  return empty();
}

export const handlers: HandlerMap = {
  exportContacts: exportCsv,
  importContacts: importCsv,
};
