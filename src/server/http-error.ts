import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { InputIssue } from '../app/app-error.js';

/**
 * The one error type the server throws; `onError` turns it into an RFC 9457 problem+json
 * response. `code` is stable and becomes the problem's type (`urn:koers:problem:<code>`).
 *
 * @example throw HttpError.notFound('there is no programme "x"');
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors: readonly InputIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }

  static badRequest(detail: string, errors: readonly InputIssue[] = []) {
    return new HttpError(400, 'bad-request', 'Bad request', detail, errors);
  }

  static notFound(detail: string) {
    return new HttpError(404, 'not-found', 'Not found', detail);
  }

  static conflict(detail: string) {
    return new HttpError(409, 'conflict', 'Conflict', detail);
  }

  static preconditionFailed(detail: string) {
    return new HttpError(412, 'precondition-failed', 'Precondition failed', detail);
  }

  static tooLarge(limit: number) {
    return new HttpError(413, 'too-large', 'Content too large', `the request body is larger than ${formatBytes(limit)}`);
  }

  static unsupportedMediaType(detail: string) {
    return new HttpError(415, 'unsupported-media-type', 'Unsupported media type', detail);
  }

  static invalid(detail: string, errors: readonly InputIssue[], code = 'invalid-input') {
    return new HttpError(422, code, 'Invalid input', detail, errors);
  }
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`;
}
