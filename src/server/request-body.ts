import type { Context } from 'hono';
import { message } from '../formats/messages/index.js';
import { inputIssue } from '../app/app-error.js';
import { HttpError } from './http-error.js';

/** What a route takes as an upload, as its messages name it. */
export type UploadWhat = 'record file' | 'programme file';

/** A file from the request: the raw body, or the `file` field of a multipart form. */
export interface UploadedFile {
  readonly bytes: Uint8Array;
  readonly name: string | undefined;
  /** The media type the client gave the file. */
  readonly type: string;
}

const mediaTypeOf = (header: string | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Reads an uploaded file, accepting it raw (with a `Content-Type` from `accepted`) or as the
 * `file` field of `multipart/form-data`.
 */
export async function readUploadedFile(c: Context, accepted: readonly string[], what: UploadWhat): Promise<UploadedFile> {
  const type = mediaTypeOf(c.req.header('content-type'));
  if (type === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw HttpError.badRequest(message('request.form-unreadable', {}));
    }
    const file = form.get('file');
    if (!(file instanceof File)) throw HttpError.invalid(message('request.file-field', { what }), [inputIssue('file', message('request.file-field-missing', {}))]);
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name || undefined, type: mediaTypeOf(file.type) };
  }
  if (!accepted.includes(type)) {
    throw HttpError.unsupportedMediaType(message('request.file-type', { what, accepted, ...(type ? { type } : {}) }));
  }
  const disposition = c.req.header('content-disposition');
  const name = disposition ? /filename="?([^";]+)"?/i.exec(disposition)?.[1] : undefined;
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), name, type };
}

/** UTF-8 text of a file; a byte sequence that is not UTF-8 is refused rather than garbled. */
export function utf8Text(file: UploadedFile, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw HttpError.invalid(`the ${what} is not UTF-8 text`, [{ path: 'file', message: 'not UTF-8', expected: 'a UTF-8 text file' }]);
  }
}
