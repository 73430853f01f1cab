import type { Response } from 'express';
import { ConverseResult } from './reply.types';

type Send = (event: Record<string, unknown>) => void;

/**
 * Runs a conversation as Server-Sent Events: `session`, `token`*, then `done` (or `error`).
 * Headers are sent with the first event, so an error before it (404, 403) is an ordinary JSON error.
 */
export async function writeSse(res: Response, run: (send: Send) => Promise<ConverseResult>): Promise<void> {
  let started = false;
  const send: Send = (event) => {
    if (!started) {
      started = true;
      res.status(200);
      res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache, no-transform');
      res.setHeader('Connection', 'keep-alive');
      res.setHeader('X-Accel-Buffering', 'no');
      res.flushHeaders();
    }
    if (!res.writableEnded) res.write(`data: ${JSON.stringify(event)}\n\n`);
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
  }
  res.end();
}
