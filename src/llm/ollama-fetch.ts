import * as http from 'node:http';
import * as https from 'node:https';
import { Readable } from 'node:stream';
import { guardNdjson, type StreamObserver } from './ndjson-guard';

export { newStreamObserver } from './ndjson-guard';
export type { StreamObserver } from './ndjson-guard';

/**
 * A `fetch` for the `ollama` client, built on node:http because global fetch cannot tell "TCP connect
 * is slow" (host unreachable) from "headers are slow" (Ollama holds them during a cold model load).
 * With an observer (generations), every 2xx body goes through `guardNdjson` whatever its content
 * type: the same garbage, size and `done` rules for `application/x-ndjson` and `application/json`.
 */

export class ConnectTimeoutError extends Error {
  readonly code = 'ECONNECT_TIMEOUT';
  constructor(ms: number) {
    super(`could not connect within ${ms} ms`);
  }
}

export interface HttpFetchOptions {
  connectTimeoutMs: number;
  /** Aborts the request, or the body while it is being read. */
  signal?: AbortSignal;
  observer?: StreamObserver;
  /** Longest NDJSON line accepted from a generation (see guardNdjson). */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createHttpFetch(options: HttpFetchOptions): typeof fetch {
  const fetchImpl = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      const signals = [options.signal, init.signal].filter((s): s is AbortSignal => !!s);
      const signal = signals.length ? AbortSignal.any(signals) : undefined;
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, key) => (headers[key] = value));
      const body = typeof init.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));

      const transport = url.protocol === 'https:' ? https : http;
      // A fresh connection per request: a pooled keep-alive socket that the server already closed
      // fails as "socket hang up", which would read as "Ollama is down". Setup cost is nothing next to a generation.
      const req = transport.request(url, { method: init.method ?? 'GET', headers, signal, agent: false });
      const connectTimer = setTimeout(() => req.destroy(new ConnectTimeoutError(options.connectTimeoutMs)), options.connectTimeoutMs);
      req.on('socket', (socket) => {
        if (!socket.connecting) clearTimeout(connectTimer);
        else socket.once('connect', () => clearTimeout(connectTimer));
      });
      req.on('error', (error) => {
        clearTimeout(connectTimer);
        reject(error);
      });
      req.on('response', (res) => {
        clearTimeout(connectTimer);
        if (options.observer) options.observer.responded = true;
        const responseHeaders = new Headers();
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        const status = res.statusCode ?? 500;
        let source: Readable = res;
        if (options.observer && status < 300) {
          source = guardNdjson(res, options.observer, { maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES });
        }
        const webBody = NULL_BODY_STATUSES.has(status) ? null : (Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>);
        resolve(new Response(webBody, { status, statusText: res.statusMessage, headers: responseHeaders }));
      });
      req.end(body);
    });
  return fetchImpl as typeof fetch;
}

/** The `ollama` client throws an unexported `ResponseError` for non-2xx answers; recognise it by shape. */
export function httpErrorOf(error: unknown): { status: number; message: string } | null {
  const e = error as { name?: unknown; status_code?: unknown; error?: unknown } | null;
  if (e && e.name === 'ResponseError' && typeof e.status_code === 'number') {
    return { status: e.status_code, message: typeof e.error === 'string' ? e.error : `HTTP ${e.status_code}` };
  }
  return null;
}
