import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { freePort, ROOT } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';

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
  url: string;
  port: number;
  dbDir: string;
  dbFile: string;
  output(): string;
  stop(): Promise<void>;
  /** Stops the process and starts a new one on the same port and database file. */
  restart(): Promise<void>;
}

/**
 * The service as a child process (from the sources through @swc-node/register) on a temporary SQLite
 * file; `restart` keeps the port, so an open page reconnects to the new process.
 */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const dbDir = mkdtempSync(join(tmpdir(), 'daena-web-'));
  const dbFile = join(dbDir, 'daena.sqlite');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  let child: ReturnType<typeof spawn>;
  let exited: Promise<unknown> = Promise.resolve();
  const start = async () => {
    child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SWAGGER_ENABLED: 'false',
        DB_DATABASE: dbFile,
        AUTH_TOKEN: FOUNDER,
        THROTTLE_LIMIT: '100000',
        THROTTLE_CHAT_LIMIT: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => (log += chunk));
    exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 40_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  await start();
  return {
    url,
    port,
    dbDir,
    dbFile,
    output: () => log,
    stop,
    async restart() {
      await stop();
      await start();
    },
  };
}

/** What every browser suite runs against: the built dashboard, a fake Ollama, the service, Chromium. */
export interface BrowserStack {
  browser: Browser;
  fake: FakeOllama;
  server: Server;
}

export async function startBrowserStack(env: Record<string, string> = {}): Promise<BrowserStack> {
  buildWeb();
  const fake = await FakeOllama.start();
  const server = await startServer({ OLLAMA_BASE_URL: fake.url, ...env });
  return { fake, server, browser: await launchChromium() };
}

/** Stops what startBrowserStack started, in reverse order, and removes the server's database folder. */
export async function stopBrowserStack(stack: BrowserStack | undefined): Promise<void> {
  await stack?.browser.close();
  await stack?.server.stop();
  await stack?.fake.stop();
  if (stack) removeDir(stack.server.dbDir);
}

/** A viewer token made by the CLI against the server's database file. */
export function createViewerToken(dbFile: string): string {
  const out = execFileSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), 'token', '--create', '--role', 'viewer', '--label', 'browser test'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: dbFile, AUTH_TOKEN: FOUNDER, LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });
  const token = /daena_[A-Za-z0-9_-]{20,}/.exec(out)?.[0];
  if (!token) throw new Error(`no token in CLI output: ${out}`);
  return token;
}

/** Founder API call from the test (bearer), for setting up and checking state. */
export async function apiCall<T = any>(server: Server, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${FOUNDER}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
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

/** Each route answers the dashboard's page on a direct load (deep links work). */
export async function expectDirectLoads(server: Server, routes: string[]): Promise<void> {
  for (const route of routes) {
    const res = await fetch(`${server.url}${route}`);
    expect({ route, status: res.status }).toEqual({ route, status: 200 });
    expect(await res.text()).toContain('<div id="root">');
  }
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
