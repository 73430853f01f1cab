import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('Http');

/** One line per request: method, path (no query string: it may carry user text), status, time, request id. */
export function accessLogMiddleware(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.log(`${req.method} ${req.path} ${res.statusCode} ${ms.toFixed(1)}ms [${(req as Request & { id?: string }).id}]`);
  });
  next();
}
