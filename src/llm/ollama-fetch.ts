import * as http from 'node:http';
import * as https from 'node:https';
import { pipeline, Readable, Transform, TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/**
 * A `fetch` for the `ollama` client, built on node:http because global fetch cannot tell "TCP connect
 * is slow" (host unreachable) from "headers are slow" (Ollama holds them during a cold model load).
 * It also watches NDJSON bodies line by line: the client silently skips non-JSON lines and reports
 * `{"error"}` lines and cut streams as plain Errors, so the caller needs these facts to classify.
 */

export interface StreamObserver {
  /** Response headers arrived (so a later failure is mid-stream, not a transport failure). */
  responded: boolean;
  sawDone: boolean;
  /** The `error` of a mid-stream `{"error": ...}` line. */
  errorLine: string | null;
  /** The start of the first line that was not a JSON object; the body stops there. */
  malformed: string | null;
}

export const newStreamObserver = (): StreamObserver => ({ responded: false, sawDone: false, errorLine: null, malformed: null });

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
}

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
        if (options.observer && /ndjson/i.test(res.headers['content-type'] ?? '') && status < 300) {
          source = pipeline(res, new NdjsonGuard(options.observer), () => undefined);
        }
        const webBody = NULL_BODY_STATUSES.has(status) ? null : (Readable.toWeb(source) as unknown as ReadableStream<Uint8Array>);
        resolve(new Response(webBody, { status, statusText: res.statusMessage, headers: responseHeaders }));
      });
      req.end(body);
    });
  return fetchImpl as typeof fetch;
}

/** Passes complete JSON-object lines through, records error/done lines, and stops at the first garbage line. */
class NdjsonGuard extends Transform {
  private buffer = '';
  private stopped = false;
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly observer: StreamObserver) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.stopped) {
      this.buffer += this.decoder.write(chunk);
      const lines = this.buffer.split('\n');
      this.buffer = lines.pop() ?? '';
      this.forward(lines);
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (!this.stopped) this.forward([this.buffer + this.decoder.end()]);
    callback();
  }

  private forward(lines: string[]): void {
    const valid: string[] = [];
    for (const line of lines) {
      if (!line.trim()) continue;
      const parsed = parseObject(line);
      if (!parsed) {
        this.observer.malformed = line.slice(0, 120);
        this.stopped = true;
        break;
      }
      if ('error' in parsed) this.observer.errorLine = String(parsed.error);
      if (parsed.done === true) this.observer.sawDone = true;
      valid.push(line);
    }
    if (valid.length) this.push(valid.join('\n') + '\n');
    if (this.stopped) this.push(null);
  }
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The `ollama` client throws an unexported `ResponseError` for non-2xx answers; recognise it by shape. */
export function httpErrorOf(error: unknown): { status: number; message: string } | null {
  const e = error as { name?: unknown; status_code?: unknown; error?: unknown } | null;
  if (e && e.name === 'ResponseError' && typeof e.status_code === 'number') {
    return { status: e.status_code, message: typeof e.error === 'string' ? e.error : `HTTP ${e.status_code}` };
  }
  return null;
}
