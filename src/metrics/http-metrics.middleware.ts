import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { routeOf } from '../common/http-route';
import { MetricsRegistry } from './metrics-registry';

/**
 * Observes every request's duration once its response closes, labelled by the route template (so
 * ids and user text never become label values) and the status (499: the client left first).
 */
export function httpMetricsMiddleware(metrics: MetricsRegistry): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const status = res.writableFinished || res.headersSent ? res.statusCode : 499;
      metrics.observeHttp(req.method, routeOf(req), status, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
