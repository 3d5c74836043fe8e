/**
 * Files the fake keeps in memory in place of ActiveStorage: message attachments and generated
 * exports. Each file is a `blobs` record; its URL is the one Chatwoot's `url_for(file)` gives,
 * /rails/active_storage/blobs/redirect/<key>/<filename>, which the fake serves itself
 * (src/http/files.ts) with the bytes and content type.
 */
import type { Attachment, Blob, Store } from '../store';

export const BLOB_PATH = '/rails/active_storage/blobs/redirect';

export interface NewFile {
  /** null for a file of no one account (a user's avatar). */
  accountId: number | null;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Stores a file and returns its blob record. */
export function storeFile(store: Store, file: NewFile): Blob {
  return store.tables.blobs.insert({
    account_id: file.accountId,
    key: store.nextToken('', 28),
    filename: file.filename || 'file',
    content_type: file.contentType || 'application/octet-stream',
    byte_size: file.data.length,
    data_base64: file.data.toString('base64'),
    created_at: store.clock.now(),
  });
}

/** The absolute URL of a blob on this fake (`baseUrl` is e.g. http://127.0.0.1:3000). */
export function blobUrl(baseUrl: string, blob: Blob): string {
  return `${baseUrl}${BLOB_PATH}/${blob.key}/${encodeURIComponent(blob.filename)}`;
}

/** The blob a served path names, or undefined. */
export function findBlob(store: Store, key: string): Blob | undefined {
  return store.tables.blobs.findBy('key', key);
}

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/webp'];
const VIDEO_TYPES = ['video/ogg', 'video/mp4', 'video/webm', 'video/quicktime'];

/** FileTypeHelper#file_type (app/helpers/file_type_helper.rb). */
export function fileTypeOf(contentType: string): Attachment['file_type'] {
  if (IMAGE_TYPES.includes(contentType)) return 'image';
  if (VIDEO_TYPES.includes(contentType)) return 'video';
  if (contentType.includes('audio/')) return 'audio';
  return 'file';
}

/**
 * A message attachment for an uploaded file (Messages::MessageBuilder#process_attachments): the
 * file type from its content type; `extension` stays null (the builder does not set the column);
 * `thumb_url` is the image itself for images (Chatwoot: a 250px representation) and "" otherwise;
 * width and height are null (ActiveStorage analyses files later, in a job).
 */
export function attachmentFor(store: Store, baseUrl: string, file: NewFile): Attachment {
  return attachmentOfBlob(store, baseUrl, storeFile(store, file));
}

/** A message attachment for a blob already stored (a direct upload named by its signed id). */
export function attachmentOfBlob(store: Store, baseUrl: string, blob: Blob): Attachment {
  const fileType = fileTypeOf(blob.content_type);
  const url = blobUrl(baseUrl, blob);
  return {
    id: store.nextId('attachments'),
    file_type: fileType,
    extension: null,
    data_url: url,
    thumb_url: fileType === 'image' ? url : '',
    file_size: blob.byte_size,
    width: null,
    height: null,
  };
}

/** A file of a multipart request (multer's fields the fake reads). */
export interface Upload {
  fieldname: string;
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/**
 * Uploaded `attachments[]` files of a request (or those of another field, e.g. the widget's
 * `message[attachments][]`), as message attachments: kept in memory and served by
 * the fake at their `data_url`. (Signed ids of direct uploads: src/domain/direct_uploads.ts.)
 */
export function uploadedAttachments(
  store: Store,
  baseUrl: string,
  files: readonly Upload[],
  accountId: number,
  field: RegExp = /^attachments(\[\d*\])?$/,
): Attachment[] {
  return files
    .filter((f) => field.test(f.fieldname))
    .map((f) =>
      attachmentFor(store, baseUrl, {
        accountId,
        filename: f.originalname,
        contentType: f.mimetype || 'application/octet-stream',
        data: f.buffer,
      }),
    );
}
