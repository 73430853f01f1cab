import type { Response } from 'express';
import { ConverseResult } from './reply.types';

type Send = (event: Record<string, unknown>) => void;

export interface SseOptions {
  /** A `: keep-alive` comment frame after this long without a frame (proxies cut idle streams). */
  keepAliveMs: number;
  /** A client whose unsent bytes pass this is dropped (the reply is stored anyway). */
  maxBufferedBytes: number;
}

/**
 * Runs a conversation as Server-Sent Events: `session`, `token`*, then `done` (or `error`).
 * Headers are sent with the first event, so an error before it (404, 403) is an ordinary JSON error.
 * While nothing flows (a cold model load, a slow model) a comment frame goes out every
 * `keepAliveMs`. A client that stops reading is dropped once `maxBufferedBytes` are waiting for it:
 * `res.write` never buffers without bound. The generation is server-owned and goes on either way.
 */
export async function writeSse(res: Response, run: (send: Send) => Promise<ConverseResult>, options: SseOptions): Promise<void> {
  let started = false;
  let keepAlive: NodeJS.Timeout | null = null;
  let lastFrameAt = Date.now();
  const open = () => !res.writableEnded && !res.destroyed;
  const frame = (text: string) => {
    if (!open()) return;
    lastFrameAt = Date.now();
    res.write(text);
    if (res.writableLength > options.maxBufferedBytes) res.destroy();
  };
  const send: Send = (event) => {
    if (!started) {
      started = true;
      res.status(200);
      res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache, no-transform');
      res.setHeader('Connection', 'keep-alive');
      res.setHeader('X-Accel-Buffering', 'no');
      res.flushHeaders();
      const tick = Math.max(10, Math.floor(options.keepAliveMs / 4));
      keepAlive = setInterval(() => {
        if (Date.now() - lastFrameAt >= options.keepAliveMs) frame(': keep-alive\n\n');
      }, tick);
      keepAlive.unref();
    }
    frame(`data: ${JSON.stringify(event)}\n\n`);
  };
  try {
    const result = await run(send);
    send({
      type: 'done',
      session_id: result.session.sessionId,
      message_id: result.reply.id,
      status: result.reply.status,
      model: result.reply.model,
      duplicate: result.duplicate,
    });
  } catch (error) {
    if (!started) throw error;
    send({ type: 'error', error: (error as Error).message });
  } finally {
    if (keepAlive) clearInterval(keepAlive);
  }
  if (open()) res.end();
}
