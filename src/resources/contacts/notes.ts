/** A contact's notes (contacts/notes_controller.rb). */
import { findContact } from '../../domain/contacts';
import { contactNotes, createNote, deleteNote, findNote, updateNote } from '../../domain/notes';
import { empty, ok, type HandlerMap, type RequestContext } from '../../http/context';
import { isHash } from '../../rails/casts';
import { noteView } from '../../views/note';

/** `params[:note].present? ? params.require(:note) : params`, permitting `content`. */
function noteContent(body: Record<string, any>): { given: boolean; content: string | null } {
  const source = isHash(body?.note) && Object.keys(body.note).length ? body.note : (body ?? {});
  if (!Object.prototype.hasOwnProperty.call(source, 'content')) return { given: false, content: null };
  const value = source.content;
  return { given: true, content: value === null || value === undefined ? null : String(value) };
}

function create(ctx: RequestContext) {
  const contact = findContact(ctx, ctx.params.contact_id);
  return ok(noteView(ctx.tables, createNote(ctx, contact, noteContent(ctx.body).content)));
}

function update(ctx: RequestContext) {
  const note = findNote(ctx, findContact(ctx, ctx.params.contact_id), ctx.params.id);
  const { given, content } = noteContent(ctx.body);
  return ok(noteView(ctx.tables, given ? updateNote(ctx, note, content) : note));
}

export const handlers: HandlerMap = {
  listContactNotes: (ctx) => {
    const notes = contactNotes(ctx, findContact(ctx, ctx.params.contact_id));
    return ok(notes.map((n) => noteView(ctx.tables, n)));
  },
  createContactNote: create,
  getContactNote: (ctx) =>
    ok(noteView(ctx.tables, findNote(ctx, findContact(ctx, ctx.params.contact_id), ctx.params.id))),
  updateContactNote: update,
  replaceContactNote: update,
  deleteContactNote: (ctx) => {
    deleteNote(ctx, findNote(ctx, findContact(ctx, ctx.params.contact_id), ctx.params.id));
    return empty();
  },
};
