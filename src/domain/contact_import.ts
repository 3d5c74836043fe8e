/**
 * The contacts import (ContactsController#import, DataImportJob, DataImport::ContactManager): each
 * CSV row updates the contact it names or becomes a new one; rows that fail validation are written,
 * with their errors, to a failed-records CSV.
 */
import type { PendingEvent } from '../events/types';
import { blank, present } from '../rails/casts';
import { csvLine } from '../rails/csv';
import { timeToS } from '../rails/time';
import type { Contact, JsonObject } from '../store';
import { contactErrors, findMatchingContact, updateContact } from './contacts';
import { MalformedCsvError, parseCsvWithHeaders } from './csv';
import { blobUrl, storeFile } from './files';
import { insertContact } from './records';
import { accountOf, recordEvents, type Scope } from './scope';

type Row = Record<string, string | null>;

/** DataImport::ContactManager#format_phone_number */
const importPhone = (phone: string) => (phone.startsWith('+') ? phone : `+${phone}`);

type ContactDraft = Pick<
  Contact,
  'name' | 'email' | 'phone_number' | 'identifier' | 'additional_attributes' | 'custom_attributes'
>;

const draftOf = (c: Contact): ContactDraft => ({
  name: c.name,
  email: c.email,
  phone_number: c.phone_number,
  identifier: c.identifier,
  additional_attributes: c.additional_attributes,
  custom_attributes: c.custom_attributes,
});

/** DataImport::ContactManager#update_contact_attributes on a contact's fields. */
function importAttributes(row: Row, contact: ContactDraft): void {
  if (present(row.name)) contact.name = row.name!;
  const additional: JsonObject = { ...contact.additional_attributes };
  const company = row.company ?? row.company_name;
  if (present(company)) additional.company_name = company!;
  if (present(row.city)) additional.city = row.city!;
  contact.additional_attributes = additional;
  const custom: JsonObject = { ...contact.custom_attributes };
  for (const [key, value] of Object.entries(row)) {
    if (!['identifier', 'email', 'name', 'phone_number'].includes(key)) custom[key] = value;
  }
  contact.custom_attributes = custom;
}

/**
 * Imports a CSV at once, as DataImportJob does: per row, an existing contact (by identifier, email,
 * then phone number) is updated and saved — contact_updated, recorded row by row —, any other row
 * becomes a new contact — name, company/company_name and city kept, every other column a custom
 * attribute. Valid new contacts are inserted (a duplicate in the same file is skipped, as
 * `on_duplicate_key_ignore` does) without contact_created (`Contact.import` skips callbacks).
 * Answers the job's last event: contact_import_complete with the counts and the failed records'
 * URL under `baseUrl`, or contact_import_failed for a malformed file.
 */
export function importContacts(scope: Scope, text: string, baseUrl: string): PendingEvent[] {
  const { store, tables } = scope;
  const accountId = accountOf(scope).id;
  let parsed: ReturnType<typeof parseCsvWithHeaders>;
  try {
    parsed = parseCsvWithHeaders(text);
  } catch (err) {
    if (!(err instanceof MalformedCsvError)) throw err;
    return [{ name: 'contact_import_failed', data: {} }];
  }

  const fresh: ContactDraft[] = [];
  const rejected: { row: Row; errors: string }[] = [];
  for (const row of parsed.rows) {
    const existing = findMatchingContact(tables, accountId, {
      identifier: row.identifier,
      email: row.email,
      phone_number:
        row.phone_number === undefined || row.phone_number === null ? null : importPhone(row.phone_number),
    });
    let draft: ContactDraft;
    if (existing && !contactErrors(tables, accountId, existing, existing.id).length) {
      // update_contact_with_merged_attributes, then `contact.save`.
      draft = draftOf(existing);
      if (!blank(row.identifier)) draft.identifier = row.identifier!;
      if (!blank(row.email)) draft.email = row.email!.toLowerCase();
      if (!blank(row.phone_number)) draft.phone_number = importPhone(row.phone_number!);
      importAttributes(row, draft);
      if (!contactErrors(tables, accountId, draft, existing.id).length) {
        recordEvents(scope, updateContact(scope, existing, draft).events);
        continue;
      }
    } else {
      draft = {
        name: '',
        email: blank(row.email) ? null : row.email!.toLowerCase(),
        identifier: blank(row.identifier) ? null : row.identifier!,
        phone_number: blank(row.phone_number) ? null : importPhone(row.phone_number!),
        additional_attributes: {},
        custom_attributes: {},
      };
      importAttributes(row, draft);
    }
    const errors = contactErrors(tables, accountId, draft, existing?.id);
    if (errors.length) rejected.push({ row, errors: errors.map((e) => e.message).join(', ') });
    else if (!existing) fresh.push(draft);
  }

  // Contact.import(..., on_duplicate_key_ignore: true): a key already taken by an earlier row is skipped.
  for (const draft of fresh) {
    if (contactErrors(tables, accountId, draft).length) continue;
    insertContact(store, { account_id: accountId, ...draft });
  }

  let failedUrl: string | null = null;
  if (rejected.length) {
    let csv = csvLine([...parsed.headers, 'errors']);
    for (const r of rejected) csv += csvLine([...parsed.headers.map((h) => r.row[h] ?? null), r.errors]);
    const blob = storeFile(store, {
      accountId,
      filename: `${timeToS(store.clock.peek()).slice(0, 10).replace(/-/g, '')}_contacts.csv`,
      contentType: 'text/csv',
      data: Buffer.from(csv, 'utf8'),
    });
    failedUrl = blobUrl(baseUrl, blob);
  }
  const total = parsed.rows.length;
  return [
    {
      name: 'contact_import_complete',
      data: { totalRecords: total, processedRecords: total - rejected.length, failedRecordsUrl: failedUrl },
    },
  ];
}
