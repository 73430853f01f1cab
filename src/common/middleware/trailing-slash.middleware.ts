import type { NextFunction, Request, Response } from 'express';

/** `/api/v1/agents/` resolves like `/api/v1/agents` (the original's clients use both). */
export function trailingSlashMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const [path, query] = req.url.split(/\?(.*)/s, 2);
  if (path.length > 1 && path.endsWith('/')) {
    req.url = path.replace(/\/+$/, '') + (query !== undefined ? `?${query}` : '');
  }
  next();
}
