/**
 * Avatars (app/models/concerns/avatarable.rb): one uploaded image per record — a contact, a user (the
 * profile) or an agent bot — kept in memory as a `blobs` record tied to its owner, and served by the
 * fake at the URL the record renders (`thumbnail`, `avatar_url`).
 *
 * Avatarable's `acceptable_avatar` validation: at most 15 MB ("Avatar is too big") and a JPEG, PNG or
 * GIF ("Avatar filetype not supported"). ActiveStorage identifies an upload's content type from its
 * bytes (Marcel), so a PNG sent as `text/plain` is a PNG and a text file sent as `image/png` is not an
 * image: the fake reads the magic bytes of the common image formats the same way.
 *
 * `avatar_url` is `url_for(avatar.representation(resize_to_fill: [250, nil]))`: a representation
 * path, which the fake serves with the original bytes (it does not resize).
 */
import type { Blob, Store } from '../store';
import { storeFile, type Upload } from './files';
import { Errors } from './validations';

/** Avatarable: `avatar.byte_size > 15.megabytes` is too big. */
export const AVATAR_MAX_BYTES = 15 * 1024 * 1024;

/** Avatarable's acceptable content types. */
export const AVATAR_CONTENT_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/gif'];

/** ActiveStorage's representation path (`rails_blob_representation_proxy` / redirect URLs). */
export const REPRESENTATION_PATH = '/rails/active_storage/representations/redirect';

/** The variation key of `resize_to_fill: [250, nil]` as the fake names it (any key serves the bytes). */
const VARIATION_KEY = 'resize_to_fill-250';

/** The model whose avatar it is. */
export interface AvatarOwner {
  type: 'Contact' | 'User' | 'AgentBot';
  id: number;
  /** The owner's account (null for a user). */
  accountId: number | null;
}

const recordKey = (owner: AvatarOwner) => `${owner.type}:${owner.id}`;

/** Magic numbers of the formats ActiveStorage (Marcel) recognises most often for images. */
const SIGNATURES: { type: string; test: (b: Buffer) => boolean }[] = [
  { type: 'image/png', test: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) },
  { type: 'image/jpeg', test: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/gif', test: (b) => /^GIF8[79]a/.test(b.subarray(0, 6).toString('latin1')) },
  {
    type: 'image/webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { type: 'image/bmp', test: (b) => b.subarray(0, 2).toString('latin1') === 'BM' },
  { type: 'application/pdf', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/**
 * The content type ActiveStorage stores for an upload: what its bytes are, when they are a known
 * format; otherwise the declared type, unless that claims an image the bytes are not (Marcel trusts
 * magic numbers over the declaration), in which case it is `application/octet-stream`.
 */
export function identifiedContentType(file: Upload): string {
  const found = SIGNATURES.find((s) => s.test(file.buffer));
  if (found) return found.type;
  const declared = (file.mimetype || '').toLowerCase();
  if (!declared || declared.startsWith('image/')) return 'application/octet-stream';
  return declared;
}

/** Avatarable#acceptable_avatar's errors for an upload, in its order. */
export function avatarErrors(file: Upload, errors = new Errors()): Errors {
  if (file.buffer.length > AVATAR_MAX_BYTES) errors.addMessage('avatar', 'is too big');
  if (!AVATAR_CONTENT_TYPES.includes(identifiedContentType(file))) {
    errors.addMessage('avatar', 'filetype not supported');
  }
  return errors;
}

/** The blob of an owner's avatar, if one is attached. */
export function avatarBlob(store: Store, owner: AvatarOwner): Blob | undefined {
  return store.tables.blobs.where('record', recordKey(owner))[0];
}

/** The URL an attached avatar renders as (`avatar_url`, `thumbnail`). */
export function avatarUrl(baseUrl: string, blob: Blob): string {
  return `${baseUrl}${REPRESENTATION_PATH}/${blob.key}/${VARIATION_KEY}/${encodeURIComponent(blob.filename)}`;
}

/** `avatar.purge`: the owner's avatar blob goes (nothing happens when there is none). */
export function purgeAvatar(store: Store, owner: AvatarOwner): void {
  for (const blob of store.tables.blobs.where('record', recordKey(owner))) store.tables.blobs.delete(blob.id);
}

/**
 * `record.avatar.attach(file)` on a save that passed validation (check `avatarErrors` first): the
 * previous avatar is replaced; answers the URL the record now renders.
 */
export function attachAvatar(store: Store, owner: AvatarOwner, file: Upload, baseUrl: string): string {
  purgeAvatar(store, owner);
  const blob = storeFile(store, {
    accountId: owner.accountId,
    filename: file.originalname || 'avatar',
    contentType: identifiedContentType(file),
    data: file.buffer,
  });
  const owned = store.tables.blobs.update(blob.id, { record: recordKey(owner) });
  return avatarUrl(baseUrl, owned);
}

/** An avatar uploaded with a create or update (`params[:avatar]`), and the base URL it will render with. */
export interface AvatarUpload {
  file: Upload;
  baseUrl: string;
}
