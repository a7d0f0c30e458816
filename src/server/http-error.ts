import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { InputIssue } from '../app/app-error.js';
import { isMessage, message, renderMessage } from '../formats/messages/index.js';
import type { Message } from '../formats/messages/index.js';

/** A detail as plain English text or as a catalogue message (said in the reader's language). */
type Detail = string | Message;

/**
 * The one error type the server throws; `onError` turns it into an RFC 9457 problem+json
 * response. `code` is stable and becomes the problem's type (`urn:koers:problem:<code>`).
 *
 * `detail` may be a catalogue message; the response then says it in the reader's language.
 *
 * @example throw HttpError.notFound(message('programme.not-found', { programme: 'x' }));
 */
export class HttpError extends Error {
  /** The detail as a catalogue message, when it is one (then `message` is its English text). */
  readonly text: Message | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly title: string,
    detail: Detail,
    readonly errors: readonly InputIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(isMessage(detail) ? renderMessage(detail, 'en') : detail);
    this.text = isMessage(detail) ? detail : undefined;
  }

  static badRequest(detail: Detail, errors: readonly InputIssue[] = []) {
    return new HttpError(400, 'bad-request', 'Bad request', detail, errors);
  }

  static notFound(detail: Detail) {
    return new HttpError(404, 'not-found', 'Not found', detail);
  }

  static conflict(detail: Detail) {
    return new HttpError(409, 'conflict', 'Conflict', detail);
  }

  static preconditionFailed(detail: Detail) {
    return new HttpError(412, 'precondition-failed', 'Precondition failed', detail);
  }

  static tooLarge(limit: number) {
    return new HttpError(413, 'too-large', 'Content too large', message('request.too-large', { limit }));
  }

  static unsupportedMediaType(detail: Detail) {
    return new HttpError(415, 'unsupported-media-type', 'Unsupported media type', detail);
  }

  static invalid(detail: Detail, errors: readonly InputIssue[], code = 'invalid-input') {
    return new HttpError(422, code, 'Invalid input', detail, errors);
  }
}
