import { Readable } from 'node:stream';
import { Agent, Dispatcher, request } from 'undici';
import { guardNdjson, type StreamObserver } from './ndjson-guard';

export { newStreamObserver } from './ndjson-guard';
export type { StreamObserver } from './ndjson-guard';

/**
 * The transport of the `ollama` client: undici, whose Agent keeps apart the three waits a generation
 * has. `connect.timeout` is the TCP connect alone (host unreachable); `headersTimeout` is the wait for
 * the response head, which Ollama sends with the first chunk, so it holds a cold model load (minutes);
 * `bodyTimeout` is the silence allowed between two body chunks. Global fetch has one timeout for all.
 * `pipelining: 0`: no keep-alive, a fresh connection per request, so a pooled socket the server
 * has closed meanwhile can never fail a generation as "socket hang up" (read as "Ollama is down").
 */
export function createOllamaAgent(timeouts: { connectMs: number; headersMs: number; bodyMs: number }): Agent {
  return new Agent({ connect: { timeout: timeouts.connectMs }, headersTimeout: timeouts.headersMs, bodyTimeout: timeouts.bodyMs, pipelining: 0 });
}

export interface OllamaFetchOptions {
  dispatcher: Dispatcher;
  /** Aborts the request, or the body while it is being read. */
  signal?: AbortSignal;
  /** Generations: every 2xx body goes through `guardNdjson`, whatever its content type. */
  observer?: StreamObserver;
  /** Longest NDJSON line accepted from a generation (see guardNdjson). */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * A `fetch` for the `ollama` client on undici's `request` (not undici's fetch: it refuses ports such
 * as 9 or 6000 by the browsers' "bad port" list, and it hides the cause of a failure behind
 * "fetch failed"). With an observer, the same garbage, size and `done` rules apply to
 * `application/x-ndjson` and `application/json` bodies.
 */
export function createOllamaFetch(options: OllamaFetchOptions): typeof fetch {
  const fetchImpl = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signals = [options.signal, init.signal].filter((s): s is AbortSignal => !!s);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const res = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers,
      body: typeof init.body === 'string' ? init.body : undefined,
      signal: signals.length ? AbortSignal.any(signals) : undefined,
      dispatcher: options.dispatcher,
    });
    if (options.observer) options.observer.responded = true;
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(res.headers)) for (const item of [value ?? []].flat()) responseHeaders.append(key, item);
    const status = res.statusCode;
    if (NULL_BODY_STATUSES.has(status)) {
      res.body.resume();
      return new Response(null, { status, headers: responseHeaders });
    }
    const source: Readable = options.observer && status < 300 ? guardNdjson(res.body, options.observer, { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES }) : res.body;
    return new Response(Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>, { status, headers: responseHeaders });
  };
  return fetchImpl as typeof fetch;
}

/** The code of a transport failure (`ECONNREFUSED`, undici's `UND_ERR_*`), looking through `cause`s. */
export function transportCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | null | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return undefined;
}

/** The `ollama` client throws an unexported `ResponseError` for non-2xx answers; recognise it by shape. */
export function httpErrorOf(error: unknown): { status: number; message: string } | null {
  const e = error as { name?: unknown; status_code?: unknown; error?: unknown } | null;
  if (e && e.name === 'ResponseError' && typeof e.status_code === 'number') {
    return { status: e.status_code, message: typeof e.error === 'string' ? e.error : `HTTP ${e.status_code}` };
  }
  return null;
}
