/**
 * The direct-upload answer (ActiveStorage::DirectUploadsController#direct_upload_json): the blob's
 * columns, `signed_id`, Action Text's `attachable_sgid` (Rails 7.1+), and where and how to PUT the
 * bytes (`direct_upload: {url, headers}`; the Disk service asks only for the Content-Type).
 */
import {
  DISK_PATH,
  SERVICE_NAME,
  attachableSgid,
  directUploadToken,
  signedBlobId,
} from '../domain/direct_uploads';
import { timeAsJson } from '../rails/time';
import type { Blob, Store } from '../store';

export function directUploadView(store: Store, blob: Blob, baseUrl: string) {
  const contentType = blob.content_type || null;
  return {
    id: blob.id,
    key: blob.key,
    filename: blob.filename,
    content_type: contentType,
    metadata: blob.metadata ?? {},
    service_name: SERVICE_NAME,
    byte_size: blob.byte_size,
    checksum: blob.checksum ?? null,
    created_at: timeAsJson(blob.created_at),
    signed_id: signedBlobId(blob),
    attachable_sgid: attachableSgid(blob),
    direct_upload: {
      url: `${baseUrl}${DISK_PATH}/${directUploadToken(store, blob)}`,
      headers: { 'Content-Type': contentType },
    },
  };
}
