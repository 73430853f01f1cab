import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { INestApplication, LoggerService } from '@nestjs/common';

export interface GracefulShutdownOptions {
  /** After this many ms the process exits with code 1, whatever is still running. */
  timeoutMs: number;
  logger: LoggerService;
  signals?: NodeJS.Signals[];
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

const CONTEXT = 'Shutdown';
/** How often idle keep-alive connections are closed while in-flight requests finish. */
const IDLE_SWEEP_MS = 50;

/**
 * SIGTERM / SIGINT for the listening service (main.ts; tests close their app directly):
 * 1. the listening socket closes at once, so new connections are refused; a request arriving on an
 *    already open keep-alive connection gets 503 and `Connection: close`;
 * 2. in-flight requests run to their end, then their connection is closed (keep-alive connections are
 *    swept as soon as they go idle: Node's `server.close()` only closes the ones idle at that moment);
 * 3. `app.close()` runs Nest's hooks: running replies end `interrupted` with their partial text
 *    (ReplyService.beforeApplicationShutdown), Socket.IO clients are disconnected, the HTTP server
 *    waits for the last response, queued writes drain and the database is closed;
 * 4. exit 0, or, past `timeoutMs` (or on a second signal), a warning and exit 1.
 * Nest's own `enableShutdownHooks()` is not used: it re-raises the signal (exit code 143) and neither
 * stops accepting before the hooks run nor bounds the time.
 */
export function enableGracefulShutdown(app: INestApplication, options: GracefulShutdownOptions): void {
  const server = app.getHttpServer() as Server;
  const { logger, timeoutMs } = options;
  const inFlight = new Set<ServerResponse>();
  let shuttingDown = false;

  // Wrap every 'request' listener (Express and the Socket.IO engine) so requests can be counted and,
  // once shutting down, refused before any of them runs.
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (shuttingDown) return refuse(req, res);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    for (const listener of listeners) listener.call(server, req, res);
  });

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn(`${signal} received again during shutdown: exiting now`, CONTEXT);
      process.exit(1);
    }
    shuttingDown = true;
    const started = Date.now();
    const force = setTimeout(() => {
      logger.warn(`shutdown did not finish within ${timeoutMs} ms (${inFlight.size} request(s) still open): forcing exit`, CONTEXT);
      process.exit(1);
    }, timeoutMs);
    force.unref();

    server.close();
    // Logged once the listener is closed: whoever reads this line can rely on new connections being refused.
    logger.log(`${signal} received: shutting down (${inFlight.size} request(s) in flight, bound ${timeoutMs} ms)`, CONTEXT);
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    sweep.unref();
    try {
      await app.close();
    } catch (error) {
      logger.error(`shutdown failed: ${(error as Error).message}`, (error as Error).stack, CONTEXT);
      process.exit(1);
    }
    // Disarmed before exiting: where process.exit does not end the process (a test's spy), an armed
    // timer would exit 1 later, from whatever runs then.
    clearTimeout(force);
    clearInterval(sweep);
    logger.log(`shutdown complete in ${Date.now() - started} ms`, CONTEXT);
    process.exit(0);
  };

  for (const signal of options.signals ?? (['SIGTERM', 'SIGINT'] as NodeJS.Signals[])) {
    process.on(signal, (received: NodeJS.Signals) => void shutdown(received));
  }
}

/** The one error body, for a request that reached a keep-alive connection after shutdown began. */
function refuse(req: IncomingMessage, res: ServerResponse): void {
  const body = {
    status_code: 503,
    error: 'Service Unavailable',
    message: 'The server is shutting down',
    detail: 'The server is shutting down',
    path: req.url ?? '/',
    request_id: randomUUID(),
    timestamp: new Date().toISOString(),
  };
  res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close', 'Retry-After': '5' });
  res.end(JSON.stringify(body));
}
