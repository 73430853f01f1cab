import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet, { HelmetOptions } from 'helmet';

/**
 * Helmet's headers, computed once at start-up and then set in one step per request: helmet runs a
 * chain of a dozen middlewares per request for headers that never change in this configuration.
 */
export function securityHeaders(options: Readonly<HelmetOptions>): RequestHandler {
  const set: Array<[string, string]> = [];
  const removed: string[] = [];
  const probe = {
    setHeader: (name: string, value: string) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let called = false;
  helmet(options)({} as Request, probe as unknown as Response, () => (called = true));
  if (!called) throw new Error('helmet did not finish synchronously');
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
