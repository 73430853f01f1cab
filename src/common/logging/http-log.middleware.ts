import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
// nestjs-pino's request store: its Logger (AppLogger) logs through the request's child logger.
import { storage, Store } from 'nestjs-pino/storage';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { routeOf } from '../http-route';

/** main.ts asks itself whether the dashboard is served, for the banner: that request is not logged. */
export const BANNER_PROBE_HEADER = 'x-daena-banner-probe';

interface HttpFields {
  method: string;
  route: string;
  path: string;
  status: number;
  latency_ms: number;
}

function fields(req: IncomingMessage, res: ServerResponse, latencyMs: number): HttpFields {
  const request = req as Request;
  return {
    method: request.method,
    route: routeOf(request),
    // The path without the query string: a query may carry user text or a token.
    path: request.path ?? (request.url ?? '').split('?')[0],
    // A request the client abandoned ends with whatever status was set; 499 says so.
    status: res.writableFinished || res.headersSent ? res.statusCode : 499,
    latency_ms: latencyMs,
  };
}

/**
 * One access line per request (pino-http), with `request_id` (bound by pino-http), `method`, `route`, `path`, `status`
 * and `latency_ms` as fields; every line logged while the request runs carries its `request_id`.
 * The request id comes from requestIdMiddleware, which runs first.
 */
export function httpLogMiddleware(logger: Logger, options: { accessLines: boolean }): RequestHandler {
  const httpLogger = pinoHttp({
    logger,
    autoLogging: options.accessLines && { ignore: (req) => req.headers[BANNER_PROBE_HEADER] === '1' },
    quietReqLogger: true,
    quietResLogger: true,
    wrapSerializers: false,
    customAttributeKeys: { reqId: 'request_id' },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (req, res, value: { responseTime: number }) => ({ context: 'Http', ...fields(req, res, value.responseTime) }),
    customErrorObject: (req, res, _error, value: { responseTime: number }) => ({ context: 'Http', ...fields(req, res, value.responseTime) }),
    customSuccessMessage: (req, res, ms) => `${req.method} ${fields(req, res, ms).path} ${res.statusCode} ${ms}ms`,
    customErrorMessage: (req, res) => `${req.method} ${fields(req, res, 0).path} ${res.statusCode} failed`,
  });
  return (req: Request, res: Response, next: NextFunction) =>
    httpLogger(req, res, () => storage.run(new Store((req as Request & { log: Logger }).log), next));
}
