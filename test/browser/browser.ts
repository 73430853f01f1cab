import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT, startChildServer, type ChildServer } from '../support/child-server';

/** The Chromium binary `which chromium` names, or null (then the browser tests say they were skipped). */
export function chromiumPath(): string | null {
  try {
    const path = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const CHROMIUM = chromiumPath();
/** `describe` when Chromium is installed; otherwise one skipped test that says why. */
export function describeInChromium(name: string, body: () => void): void {
  if (CHROMIUM) describe(name, body);
  else describe(name, () => it.skip('skipped: no Chromium (apt-get install -y chromium)', () => undefined));
}

export const SCREENSHOTS = join(ROOT, 'test/browser/screenshots');
export const FOUNDER = 'browser-founder-token-0123456789abcdef';

/** Builds the dashboard if its inputs changed (web/build.mjs skips an up-to-date build). */
export function buildWeb(): void {
  execFileSync(process.execPath, [join(ROOT, 'web/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM!,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Server {
  child: ChildServer;
  url: string;
  dbFile: string;
  stop(): Promise<void>;
}

/** The service as a child process on a temporary SQLite file (kept across `restart`). */
export async function startServer(env: Record<string, string>, dbDir = mkdtempSync(join(tmpdir(), 'daena-web-'))): Promise<Server & { dbDir: string }> {
  const dbFile = join(dbDir, 'daena.sqlite');
  const child = await startChildServer({
    DB_DATABASE: dbFile,
    AUTH_TOKEN: FOUNDER,
    THROTTLE_LIMIT: '100000',
    THROTTLE_CHAT_LIMIT: '100000',
    LOG_LEVEL: 'warn',
    ...env,
  });
  return {
    child,
    url: child.url,
    dbFile,
    dbDir,
    async stop() {
      if (child.process.exitCode === null) {
        child.process.kill('SIGTERM');
        await child.exited;
      }
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A page that records console errors and CSP violations (a test asserts there are none). */
export async function newPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource|WebSocket connection/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return { page, problems };
}

export async function signIn(page: Page, url: string, token: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
