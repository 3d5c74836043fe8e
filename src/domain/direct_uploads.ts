/**
 * ActiveStorage direct uploads, as the web widget uses them (Api::V1::Widget::DirectUploadsController <
 * ActiveStorage::DirectUploadsController, with Chatwoot's `local` Disk service):
 *
 * 1. `POST /api/v1/widget/direct_uploads` with `blob: {filename, byte_size, checksum, content_type,
 *    metadata}` — `ActiveStorage::Blob.create_before_direct_upload!`: a blob record with no bytes yet
 *    (the fake marks it `pending`), answered with its JSON, its `signed_id` and `direct_upload: {url,
 *    headers}`. The checksum is not checked here (any string is taken); a blank one is invalid.
 * 2. `PUT <direct_upload.url>` (ActiveStorage::DiskController#update): the URL carries a signed token
 *    (key, content type, length, checksum; it expires after `service_urls_expire_in`, 5 minutes). The
 *    request's Content-Type and Content-Length must be the token's (else 422), and the bytes' MD5
 *    (base64) must be the checksum (ActiveStorage::IntegrityError → 422); a bad or expired token is 404.
 *    The Disk service reads no Content-MD5 header: the checksum comes from the token.
 * 3. The widget sends its message with the blob's `signed_id` in `message[attachments][]`; the message's
 *    attachment is that blob (`ActiveStorage::Blob.find_signed!`), its file type from the blob's content
 *    type (FileTypeHelper#file_type_by_signed_id).
 *
 * Signed ids and tokens are the fake's own (`<base64url JSON>--<HMAC-SHA256 hex>`, Rails' url-safe
 * MessageVerifier layout), signed with a fixed secret so the same seed gives the same ids.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Blob, JsonObject, Store } from '../store';
import { isHash, toI } from '../rails/casts';

/** Where Rails' Disk service takes direct uploads (`update_rails_disk_service`). */
export const DISK_PATH = '/rails/active_storage/disk';

/** ActiveStorage.service_urls_expire_in (5 minutes). */
export const DIRECT_UPLOAD_EXPIRES_MS = 5 * 60 * 1000;

/** Chatwoot's config/storage.yml service (`ACTIVE_STORAGE_SERVICE`, default `local`). */
export const SERVICE_NAME = 'local';

const SECRET = 'chatwoot-fake-active-storage';

function sign(payload: JsonObject): string {
  const data = Buffer.from(JSON.stringify({ _rails: payload })).toString('base64url');
  return `${data}--${createHmac('sha256', SECRET).update(data).digest('hex')}`;
}

/** A message signed by `sign` with the purpose given, or undefined (tampered, malformed, other purpose). */
function verify(message: unknown, purpose: string): JsonObject | undefined {
  if (typeof message !== 'string' || message.length > 4096) return undefined;
  const at = message.lastIndexOf('--');
  if (at < 1) return undefined;
  const data = message.slice(0, at);
  const digest = Buffer.from(message.slice(at + 2));
  const expected = Buffer.from(createHmac('sha256', SECRET).update(data).digest('hex'));
  if (digest.length !== expected.length || !timingSafeEqual(digest, expected)) return undefined;
  try {
    const decoded = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
    const rails = isHash(decoded) ? decoded._rails : undefined;
    return isHash(rails) && rails.pur === purpose ? rails : undefined;
  } catch {
    return undefined;
  }
}

/** Blob#signed_id (purpose `blob_id`, no expiry). */
export function signedBlobId(blob: Blob): string {
  return sign({ data: blob.id, pur: 'blob_id' });
}

/** ActiveStorage::Blob.find_signed: the blob a signed id names, or undefined. */
export function findSignedBlob(store: Store, signedId: unknown): Blob | undefined {
  const claims = verify(signedId, 'blob_id');
  const id = claims && typeof claims.data === 'number' ? claims.data : undefined;
  return id === undefined ? undefined : store.tables.blobs.get(id);
}

/** The blob's global id for Action Text (`attachable_sgid`, in the blob JSON since Rails 7.1). */
export function attachableSgid(blob: Blob): string {
  return sign({ data: `gid://chatwoot/ActiveStorage::Blob/${blob.id}`, pur: 'attachable' });
}

/** The `blob` params of a direct upload (ActiveStorage::DirectUploadsController#blob_args). */
export interface DirectUploadArgs {
  filename: string;
  byte_size: number;
  checksum: string;
  content_type: string | null;
  metadata: JsonObject;
}

/**
 * `blob_args` read from the request's `blob` hash: undefined when a keyword create_before_direct_upload!
 * requires is missing (filename, byte_size, checksum) or the checksum is blank (the Blob's presence
 * validation) — the caller answers 422.
 */
export function directUploadArgs(blob: JsonObject): DirectUploadArgs | undefined {
  const { filename, byte_size: byteSize, checksum, content_type: contentType, metadata } = blob;
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number';
  if (!scalar(filename) || !scalar(byteSize) || !scalar(checksum)) return undefined;
  if (String(checksum).trim() === '') return undefined;
  const size = toI(byteSize) ?? 0;
  if (size < 0 || !Number.isSafeInteger(size)) return undefined;
  return {
    filename: String(filename),
    byte_size: size,
    checksum: String(checksum),
    content_type: scalar(contentType) ? String(contentType) : null,
    metadata: isHash(metadata) ? metadata : {},
  };
}

/** ActiveStorage::Blob.create_before_direct_upload!: the blob, waiting for its bytes. */
export function createDirectUploadBlob(store: Store, accountId: number, args: DirectUploadArgs): Blob {
  return store.tables.blobs.insert({
    account_id: accountId,
    key: store.nextToken('', 28),
    filename: args.filename,
    content_type: args.content_type ?? '',
    byte_size: args.byte_size,
    data_base64: '',
    checksum: args.checksum,
    metadata: args.metadata,
    pending: true,
    created_at: store.clock.now(),
  });
}

/** Blob#service_url_for_direct_upload's token (Disk service: key, type, length, checksum, expiry). */
export function directUploadToken(store: Store, blob: Blob): string {
  return sign({
    data: {
      key: blob.key,
      content_type: blob.content_type || null,
      content_length: blob.byte_size,
      checksum: blob.checksum ?? null,
      service_name: SERVICE_NAME,
    },
    exp: store.clock.peek() + DIRECT_UPLOAD_EXPIRES_MS,
    pur: 'blob_token',
  });
}

/** What a PUT to the Disk service sends. */
export interface DiskUpload {
  /** The Content-Type header's media type (no parameters), or null. */
  contentType: string | null;
  /** The Content-Length header, or null (chunked). */
  contentLength: number | null;
  data: Buffer;
}

/**
 * DiskController#update: 204 when stored; 404 for a token that does not verify, has expired or names
 * no blob; 422 when the request is not the content the token was made for, or the bytes fail the
 * checksum (nothing is stored then).
 */
export function receiveDirectUpload(store: Store, token: string, upload: DiskUpload): 204 | 404 | 422 {
  const claims = verify(token, 'blob_token');
  const data = claims && isHash(claims.data) ? claims.data : undefined;
  if (!claims || !data || typeof claims.exp !== 'number' || claims.exp < store.clock.peek()) return 404;
  const blob = store.tables.blobs.findBy('key', String(data.key));
  if (!blob) return 404;
  if ((data.content_type ?? null) !== upload.contentType || data.content_length !== upload.contentLength) {
    return 422;
  }
  const md5 = createHash('md5').update(upload.data).digest('base64');
  if (md5 !== data.checksum) return 422;
  store.tables.blobs.update(blob.id, {
    data_base64: upload.data.toString('base64'),
    byte_size: upload.data.length,
    pending: false,
  });
  return 204;
}

/**
 * The blobs `message[attachments][]` names by signed id (uploaded files are read elsewhere), in order;
 * undefined when a value is no signed id of a blob (`find_signed!` raises; a number or a hash cannot be
 * attached either). An empty string attaches nothing.
 */
export function signedBlobs(store: Store, values: unknown): Blob[] | undefined {
  const list = Array.isArray(values) ? values : values === undefined || values === null ? [] : [values];
  const blobs: Blob[] = [];
  for (const value of list) {
    if (value === '') continue;
    const blob = findSignedBlob(store, value);
    if (!blob) return undefined;
    blobs.push(blob);
  }
  return blobs;
}
