/** A contact's notes (app/models/note.rb, contacts/notes_controller.rb). */
import { blank } from '../rails/casts';
import type { Contact, Note } from '../store';
import { RecordInvalid, RecordNotFound } from './errors';
import { actingUser, type Scope } from './scope';

/** `@contact.notes.find(id)` */
export function findNote(scope: Scope, contact: Contact, id: unknown): Note {
  const note = scope.tables.notes.get(Number(id));
  if (!note || note.contact_id !== contact.id) throw new RecordNotFound('note');
  return note;
}

/** `notes.latest`: newest first. */
export function contactNotes(scope: Scope, contact: Contact): Note[] {
  return [...scope.tables.notes.where('contact', contact.id)].sort(
    (a, b) => b.created_at - a.created_at || b.id - a.id,
  );
}

/** `validates :content, presence: true` */
function validContent(content: string | null): string {
  if (blank(content)) throw new RecordInvalid([{ attribute: 'content', message: "Content can't be blank" }]);
  return content!;
}

/** A note on the contact, by the acting user. */
export function createNote(scope: Scope, contact: Contact, content: string | null): Note {
  const valid = validContent(content);
  const at = scope.store.clock.now();
  return scope.tables.notes.insert({
    account_id: contact.account_id,
    contact_id: contact.id,
    user_id: actingUser(scope)?.id ?? null,
    content: valid,
    created_at: at,
    updated_at: at,
  });
}

/** `note.update!(content:)`: nothing is written when the content is the same. */
export function updateNote(scope: Scope, note: Note, content: string | null): Note {
  const valid = validContent(content);
  if (valid === note.content) return note;
  return scope.tables.notes.update(note.id, { content: valid, updated_at: scope.store.clock.now() });
}

export function deleteNote(scope: Scope, note: Note): void {
  scope.tables.notes.delete(note.id);
}
