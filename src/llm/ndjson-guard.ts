import { Readable } from 'node:stream';

/**
 * What the guard saw on one Ollama NDJSON body. The `ollama` client silently skips non-JSON lines
 * and reports `{"error"}` lines and cut streams as plain Errors, so the caller needs these facts to
 * classify a failure.
 */
export interface StreamObserver {
  /** Response headers arrived (so a later failure is mid-stream, not a transport failure). */
  responded: boolean;
  sawDone: boolean;
  /** The `error` of a mid-stream `{"error": ...}` line. */
  errorLine: string | null;
  /** Why the body was stopped early ("a line that is not JSON: …", "a line longer than …"). */
  malformed: string | null;
}

export const newStreamObserver = (): StreamObserver => ({ responded: false, sawDone: false, errorLine: null, malformed: null });

export interface NdjsonGuardOptions {
  /** A line longer than this (bytes, without its newline) stops the body as malformed. */
  maxLineBytes: number;
}

const NEWLINE = 0x0a;

/**
 * Reads an Ollama NDJSON body and passes on only complete, valid chat-chunk lines (each ending in
 * `\n`, so the client's own parser never buffers more than one chunk's lines). Every byte is looked at
 * once: a partial line is kept as a list of buffers, never re-split. The body is cut (and its socket
 * closed) at the first line that is not a JSON object with string `message.content`, at a line over
 * `maxLineBytes`, and right after the `done: true` line: Ollama may keep the response open after it.
 */
export function guardNdjson(res: Readable, observer: StreamObserver, options: NdjsonGuardOptions): Readable {
  let partial: Buffer[] = [];
  let partialBytes = 0;
  let stopped = false;
  let ended = false;

  const out = new Readable({
    read: () => {
      if (!stopped) res.resume();
    },
    destroy: (error, callback) => {
      // The consumer went away (abort, cancel): close the upstream connection too.
      stopped = true;
      res.destroy();
      callback(error);
    },
  });

  const stop = () => {
    if (stopped) return;
    stopped = true;
    ended = true;
    out.push(null);
    res.destroy();
  };

  /** Checks one complete line and records what it says; false when the body must stop before it. */
  const accept = (line: Buffer): boolean => {
    const text = line.toString('utf8');
    if (!text.trim()) return true;
    const chunk = parseChunk(text);
    if (typeof chunk === 'string') {
      observer.malformed = chunk;
      return false;
    }
    if ('error' in chunk) observer.errorLine = String(chunk.error);
    if (chunk.done === true) observer.sawDone = true;
    return true;
  };

  res.on('data', (chunk: Buffer) => {
    if (stopped) return;
    const lines: Buffer[] = [];
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      const piece = chunk.subarray(start, newline);
      if (partialBytes + piece.length > options.maxLineBytes) {
        observer.malformed = `a line longer than ${options.maxLineBytes} bytes`;
        break;
      }
      const line = partial.length ? Buffer.concat([...partial, piece]) : piece;
      partial = [];
      partialBytes = 0;
      start = newline + 1;
      if (!accept(line)) break;
      lines.push(line);
      if (observer.sawDone) break;
    }
    if (observer.malformed === null && !observer.sawDone && start < chunk.length) {
      const rest = chunk.subarray(start);
      if (partialBytes + rest.length > options.maxLineBytes) observer.malformed = `a line longer than ${options.maxLineBytes} bytes`;
      else {
        partial.push(rest);
        partialBytes += rest.length;
      }
    }
    if (lines.length) {
      const data = Buffer.concat(lines.flatMap((line) => [line, Buffer.from('\n')]));
      if (!out.push(data)) res.pause();
    }
    if (observer.malformed !== null || observer.sawDone) stop();
  });
  res.on('end', () => {
    if (stopped) return;
    const rest = Buffer.concat(partial);
    partial = [];
    if (rest.length && accept(rest)) out.push(Buffer.concat([rest, Buffer.from('\n')]));
    stop();
  });
  res.on('error', (error) => {
    if (!stopped) out.destroy(error);
  });
  res.on('close', () => {
    // Closed without 'end': the connection was cut mid-body.
    if (!stopped && !ended) out.destroy(Object.assign(new Error('the response was cut before its end'), { code: 'ECONNRESET' }));
  });
  return out;
}

/** The line as a chat chunk, or why it is not one (a JSON object whose `message.content` is a string). */
function parseChunk(text: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `a line that is not JSON: ${text.slice(0, 120)}`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `a line that is not a JSON object: ${text.slice(0, 120)}`;
  const chunk = value as Record<string, unknown>;
  if ('message' in chunk) {
    const message = chunk.message as Record<string, unknown> | null;
    if (message === null || typeof message !== 'object' || ('content' in message && typeof message.content !== 'string')) {
      return `a chunk whose message.content is not a string: ${text.slice(0, 120)}`;
    }
  }
  return chunk;
}
