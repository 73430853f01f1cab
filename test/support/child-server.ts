import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ChildServer {
  process: ChildProcess;
  url: string;
  output: () => string;
  /** stdout alone (the structured log lines), without stderr. */
  stdout: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

/**
 * The real service as its own process (from the TypeScript sources through @swc-node/register, or
 * from `dist/` when `compiled` is set), so that a test can SIGKILL it.
 */
export async function startChildServer(env: Record<string, string>, options: { compiled?: boolean } = {}): Promise<ChildServer> {
  const port = await freePort();
  const args = options.compiled ? [join(ROOT, 'dist/src/main.js')] : ['-r', '@swc-node/register', join(ROOT, 'src/main.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', SWAGGER_ENABLED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  let stdout = '';
  child.stdout!.on('data', (chunk) => {
    log += chunk;
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const url = `http://127.0.0.1:${port}`;
  // Generous: swc compiles the sources on the first start, and CI machines are shared.
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      // A server that came up late must not outlive the test (it kept jest from exiting).
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { process: child, url, output: () => log, stdout: () => stdout, exited };
}

/** One CLI command as its own process (sources through @swc-node/register, or `dist/` when `compiled`); resolves once it exited. */
export function runCli(args: string[], env: Record<string, string>, options: { compiled?: boolean } = {}): Promise<{ code: number | null; output: string }> {
  const entry = options.compiled ? [join(ROOT, 'dist/src/cli.js')] : ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts')];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c) => (output += c));
    child.stderr!.on('data', (c) => (output += c));
    child.on('exit', (code) => resolve({ code, output }));
  });
}
