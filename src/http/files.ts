/**
 * Serves the files the fake keeps (src/domain/files.ts) at ActiveStorage's blob path, as Chatwoot's
 * `data_url`s point there, and at ActiveStorage's representation path, where avatars point. Rails redirects that path to the storage service; the fake answers the
 * bytes directly. Like ActiveStorage's signed URLs it needs no token.
 */
import type { NextFunction, Request, Response } from 'express';
import { REPRESENTATION_PATH } from '../domain/avatars';
import { DISK_PATH, receiveDirectUpload } from '../domain/direct_uploads';
import { BLOB_PATH, findBlob } from '../domain/files';
import type { Store } from '../store';
import { readRawBody } from './body';
import { routeNotFound } from './errors';

/** Content types a browser may show inline (ActiveStorage's content_types_allowed_inline, in short). */
const INLINE = /^(image\/(png|gif|jpe?g|webp|bmp)|video\/|audio\/|application\/pdf$|text\/plain$)/;

/**
 * The routes (Express paths) and their handler: a blob's path, and a representation's (avatars; the
 * fake serves the original bytes whatever the variation).
 */
export function fileRoute(store: Store) {
  const path = [`${BLOB_PATH}/:key/:filename`, `${REPRESENTATION_PATH}/:key/:variation/:filename`];
  const handler = (req: Request, res: Response, next: NextFunction) => {
    const blob = findBlob(store, String(req.params.key));
    // A direct upload whose bytes never came: Rails' Disk service has no file to send.
    if (!blob || blob.pending) return next(routeNotFound());
    const data = Buffer.from(blob.data_base64, 'base64');
    const disposition = INLINE.test(blob.content_type) ? 'inline' : 'attachment';
    res.status(200);
    res.setHeader('Content-Type', blob.content_type);
    res.setHeader('Content-Length', String(data.length));
    res.setHeader(
      'Content-Disposition',
      `${disposition}; filename="${blob.filename.replace(/["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(blob.filename)}`,
    );
    res.end(data);
  };
  return { path, handler };
}

/** The largest direct upload the fake takes: its limit for multipart files (Chatwoot's 40 MB). */
export const DIRECT_UPLOAD_MAX_BYTES = 40 * 1024 * 1024;

/**
 * ActiveStorage::DiskController#update, where a direct upload's `direct_upload.url` points: the bytes
 * of a blob created by `POST /api/v1/widget/direct_uploads` (rules in src/domain/direct_uploads.ts).
 * Answers as Rails' `head`: 204, 404 or 422 with no body; over the size limit 413.
 */
export function diskUploadRoute(store: Store) {
  const path = `${DISK_PATH}/:token`;
  const handler = (req: Request, res: Response, next: NextFunction) => {
    readRawBody(req, DIRECT_UPLOAD_MAX_BYTES).then((data) => {
      const type = req.headers['content-type'];
      const length = req.headers['content-length'];
      const status = receiveDirectUpload(store, String(req.params.token), {
        contentType: type ? type.split(';')[0].trim().toLowerCase() : null,
        contentLength: length === undefined ? null : Number(length),
        data,
      });
      res.status(status).end();
    }, next);
  };
  return { path, handler };
}
