/** The one error body of every route: `{ status_code, error, message, path, request_id, timestamp }`. */
export class ErrorBody {
  /** The HTTP status, repeated in the body. */
  status_code: number;
  /** The status text, e.g. "Not Found". */
  error: string;
  /** What went wrong; a list of field errors for a 400 from validation. */
  message: string | string[];
  /** The original API's field, which its clients display: the same text as `message` (a list joined). */
  detail: string;
  /** The path as requested, query included. */
  path: string;
  /** The X-Request-Id of the request (null only when none could be assigned). */
  request_id: string | null;
  /** When the error was answered (ISO 8601). */
  timestamp: string;
  /** Seconds to wait before retrying (429, 503); also sent as the Retry-After header. */
  retry_after?: number;
}
