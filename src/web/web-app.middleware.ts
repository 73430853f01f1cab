import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const WEB_BASE = '/ui';
export const WEB_HOME = `${WEB_BASE}/dashboard`;

/**
 * The page's Content-Security-Policy: only this origin's scripts, styles and sockets; LLM output
 * rendered as Markdown can therefore never load or run anything even if sanitising missed it.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The repository root: the nearest folder above this file with a package.json (works from src/ and dist/src/). */
function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const WEB_DIST_DIR = join(packageRoot(__dirname), 'dist', 'web');

/**
 * Serves the dashboard built into dist/web: hashed assets under /ui/assets (cached for a year),
 * every other /ui path answers index.html (the SPA's own routes, so deep links load), and `/`
 * redirects to the dashboard. Plain middleware rather than Nest routes: these are files, not API.
 */
export function webAppMiddleware(distDir = WEB_DIST_DIR): RequestHandler {
  const assets = express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: true });
  const indexPath = join(distDir, 'index.html');
  let index: { mtimeMs: number; html: Buffer } | null = null;
  const readIndex = (): Buffer | null => {
    if (!existsSync(indexPath)) return null;
    const mtimeMs = statSync(indexPath).mtimeMs;
    if (!index || index.mtimeMs !== mtimeMs) index = { mtimeMs, html: readFileSync(indexPath) };
    return index.html;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = req.path;
    if (path === '/') return res.redirect(302, WEB_HOME);
    if (path !== WEB_BASE && !path.startsWith(`${WEB_BASE}/`)) return next();
    if (path.startsWith(`${WEB_BASE}/assets/`)) {
      req.url = req.url.slice(`${WEB_BASE}/assets`.length);
      return assets(req, res, () => {
        req.url = `${WEB_BASE}/assets${req.url}`;
        next();
      });
    }
    const html = readIndex();
    res.setHeader('Content-Security-Policy', WEB_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    if (!html) {
      res.status(503).type('text/plain').send('The dashboard is not built yet: run "npm run build" (or "npm start", which builds it).');
      return;
    }
    res.status(200).type('text/html').send(html);
  };
}
