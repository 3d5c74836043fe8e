/**
 * The contacts export (ContactsController#export, Account::ContactsExportJob): a CSV of the chosen
 * columns of the filtered, labelled or resolved contacts, stored as a file.
 */
import type { PendingEvent } from '../events/types';
import { blank } from '../rails/casts';
import { csvLine } from '../rails/csv';
import { timeToS } from '../rails/time';
import type { Contact } from '../store';
import { hasAnyLabel, isResolvedContact } from '../store/derived/contact-search';
import { filterContacts } from './contact_filter';
import { rubyInspect } from './csv';
import { blobUrl, storeFile } from './files';
import { labelList } from './labels';
import { accountOf, actingUser, type Scope } from './scope';

const DEFAULT_COLUMNS = ['id', 'name', 'email', 'phone_number'];

/** Contact.column_names the fake keeps, with how the CSV writes each (`contact.send(column).to_s`). */
const COLUMNS: Record<string, (c: Contact) => string | null> = {
  id: (c) => String(c.id),
  name: (c) => c.name,
  email: (c) => c.email,
  phone_number: (c) => c.phone_number,
  account_id: (c) => String(c.account_id),
  created_at: (c) => timeToS(c.created_at),
  updated_at: (c) => timeToS(c.updated_at),
  additional_attributes: (c) => rubyInspect(c.additional_attributes),
  identifier: (c) => c.identifier,
  custom_attributes: (c) => rubyInspect(c.custom_attributes),
  last_activity_at: (c) => (c.last_activity_at === null ? null : timeToS(c.last_activity_at)),
  blocked: (c) => String(c.blocked),
};

export interface ExportRequest {
  column_names?: unknown;
  /** A filter payload, as POST /contacts/filter takes it. */
  payload?: unknown;
  label?: unknown;
}

/** The contacts the job writes: the filter `payload`, else the `label`, else all resolved ones. */
function exportedContacts(scope: Scope, request: ExportRequest): Contact[] {
  if (Array.isArray(request.payload) && request.payload.length) return filterContacts(scope, request.payload);
  const all = scope.tables.contacts.where('account', accountOf(scope).id);
  if (!blank(request.label)) {
    const wanted = labelList([request.label]).map((l) => l.toLowerCase());
    return all.filter((c) => isResolvedContact(c) && hasAnyLabel(c, wanted));
  }
  return all.filter(isResolvedContact);
}

/**
 * Writes the CSV at once (Chatwoot runs a job and mails a link) and answers contact_export_complete
 * with the file's URL under `baseUrl`. A filter that fails only fails the job: no file, no event.
 */
export function exportContacts(scope: Scope, request: ExportRequest, baseUrl: string): PendingEvent[] {
  const account = accountOf(scope);
  const requested =
    Array.isArray(request.column_names) && request.column_names.length
      ? request.column_names.map(String)
      : DEFAULT_COLUMNS;
  const columns = requested.filter((c) => Object.prototype.hasOwnProperty.call(COLUMNS, c));
  let contacts: Contact[];
  try {
    contacts = exportedContacts(scope, request);
  } catch {
    return [];
  }
  let csv = csvLine(columns);
  for (const c of [...contacts].sort((a, b) => a.id - b.id)) {
    csv += csvLine(columns.map((column) => COLUMNS[column](c)));
  }
  const blob = storeFile(scope.store, {
    accountId: account.id,
    filename: `${account.name}_${account.id}_contacts.csv`,
    contentType: 'text/csv',
    data: Buffer.from(csv, 'utf8'),
  });
  const userId = actingUser(scope)?.id ?? null;
  return [
    { name: 'contact_export_complete', data: { blobId: blob.id, url: blobUrl(baseUrl, blob), userId } },
  ];
}
