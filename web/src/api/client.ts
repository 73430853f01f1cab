import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import type { ErrorBody } from './types';

/** Raised for every non-2xx answer: carries the one error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Partial<ErrorBody> | null,
  ) {
    const message = body?.message;
    super(Array.isArray(message) ? message.join('; ') : (message ?? `HTTP ${status}`));
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set after login / session check: every write from the page echoes it (X-CSRF-Token). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function onSessionLost(handler: () => void): void {
  onUnauthorized = handler;
}

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && WRITE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ response, request }) {
    if (response.status === 401 && !new URL(request.url).pathname.endsWith('/auth/session')) onUnauthorized?.();
    return response;
  },
};

/** The one API client: same-origin, the session cookie goes along, typed by the committed contract. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(csrf);

/**
 * The data of an openapi-fetch answer, or an ApiError. `T` names the response shape where the
 * contract does not describe it yet.
 */
export async function read<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, (error as Partial<ErrorBody>) ?? null);
  return data as T;
}
