'use strict';
// Shared helpers of the benchmark: child processes (the built server, the fake Ollama, the floor),
// a keep-alive JSON client, Socket.IO clients and statistics.
const { spawn } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const http = require('node:http');
const { createServer } = require('node:net');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { performance } = require('node:perf_hooks');
const { io } = require('socket.io-client');

const ROOT = join(__dirname, '..');
const TOKEN = 'bench-founder-token-0123456789abcdef';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Wall clock with sub-millisecond resolution, comparable across processes of one machine. */
const nowMs = () => performance.timeOrigin + performance.now();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Every child the bench starts, each the leader of its own process group (spawned detached), so that
 * stopping one stops whatever it started too, and an exiting bench (done, failed, Ctrl-C) leaves none.
 */
const children = new Set();

function spawnTracked(args, options) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options, detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function killAll() {
  for (const child of children) killGroup(child, 'SIGKILL');
}
process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping ${children.size} child process(es)\n`);
    killAll();
    process.exit(130);
  });
}

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'daena-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A child process that prints `{"port": N}` as its first stdout line once it listens. */
function spawnWithPort(args, env = {}) {
  const child = spawnTracked(args, { env: { ...process.env, ...env } });
  let log = '';
  child.stderr.on('data', (c) => (log += c));
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk) => {
      buffered += chunk;
      const line = buffered.split('\n')[0];
      if (!buffered.includes('\n')) return;
      child.stdout.off('data', onData);
      try {
        const info = JSON.parse(line);
        resolve({ ...info, process: child, url: `http://127.0.0.1:${info.port}`, stop: () => stopChild(child) });
      } catch {
        killGroup(child, 'SIGKILL');
        reject(new Error(`unexpected first line from ${args.join(' ')}: ${line}\n${log}`));
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}\n${log}`)));
  });
}

/** SIGTERM to the child's process group, SIGKILL after 15 s; resolves once the child has exited. */
function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    killGroup(child, 'SIGTERM');
  });
}

/** The fake Ollama (bench/fake-ollama.js) with a scripted reply: `tokens` tokens, `delayMs` before each. */
async function startFakeOllama({ tokens = 20, delayMs = 10 } = {}) {
  const fake = await spawnWithPort([join(__dirname, 'fake-ollama.js')], { FAKE_TOKENS: String(tokens), FAKE_DELAY_MS: String(delayMs) });
  return { ...fake, script: fake.tokens, delayMs };
}

function serverEnv(port, database, ollamaUrl, extra = {}) {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DB_TYPE: 'better-sqlite3',
    DB_DATABASE: database,
    AUTH_TOKEN: TOKEN,
    OLLAMA_BASE_URL: ollamaUrl,
    LOG_LEVEL: 'warn',
    SWAGGER_ENABLED: 'false',
    SEED_ON_START: 'true',
    // The bench measures the service, not the rate limiter: 100,000 requests per second.
    THROTTLE_LIMIT: '100000',
    THROTTLE_CHAT_LIMIT: '100000',
    THROTTLE_TTL_MS: '1000',
    ...extra,
  };
}

/**
 * Starts the built server (dist/src/main.js) and resolves once `GET /health/ready` answers 200.
 * `readyMs` is the time from spawn to that first 200 (polled every 5 ms).
 * BENCH_CPU_PROF=<dir> runs it with --cpu-prof into that directory.
 */
async function startServer({ database, ollamaUrl, env = {} }) {
  const port = await freePort();
  const nodeArgs = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const started = nowMs();
  const child = spawnTracked([...nodeArgs, join(ROOT, 'dist/src/main.js')], { env: { ...process.env, ...serverEnv(port, database, ollamaUrl, env) } });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await new Promise((resolve) => {
      const req = http.get(`${url}/health/ready`, { agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', () => resolve(0));
    });
    if (status === 200) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`server did not become ready (last status ${status}):\n${log}`);
    }
    await sleep(5);
  }
  const readyMs = nowMs() - started;
  return { process: child, url, readyMs, output: () => log, stop: () => stopChild(child) };
}

/**
 * Keep-alive, but an idle pooled socket is dropped after 2 s, before the server's keepAliveTimeout
 * (Node's 5 s) closes it: reusing a socket the server is closing at that moment is the fan-out's
 * "socket hang up" (the bench's event loop, busy with 500 Socket.IO clients, reads the server's FIN late).
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64, timeout: 2000 });

/** A JSON request with the founder token over a keep-alive agent. */
async function api(baseUrl, method, path, body) {
  try {
    return await apiOnce(baseUrl, method, path, body);
  } catch (error) {
    // Node's documented keep-alive race: a reused socket closed by the server before it read the
    // request fails with ECONNRESET and no response; the request never reached the app, so retry once.
    if (!error.reusedSocket || error.code !== 'ECONNRESET') throw error;
    return apiOnce(baseUrl, method, path, body);
  }
}

function apiOnce(baseUrl, method, path, body) {
  const data = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${baseUrl}${path}`,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode >= 300) return reject(new Error(`${method} ${path} → ${res.statusCode}: ${text}`));
          resolve(text ? JSON.parse(text) : null);
        });
      },
    );
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(data);
  });
}

/** One Socket.IO client of its own (no multiplexing); resolves on `ready` (replay done, rooms joined). */
function connectClient(url, auth = {}, onEvent) {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { token: TOKEN, ...auth } });
  if (onEvent) socket.onAny(onEvent);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close();
      reject(new Error('socket did not become ready'));
    }, 30_000);
    socket.once('ready', (ready) => {
      clearTimeout(timer);
      resolve({ socket, ready });
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

/** Connects `count` clients, `batch` at a time (so the handshakes do not time out on 2 cores). */
async function connectMany(url, count, auth, onEvent, batch = 50) {
  const clients = [];
  try {
    for (let i = 0; i < count; i += batch) {
      const n = Math.min(batch, count - i);
      const settled = await Promise.allSettled(Array.from({ length: n }, (_, k) => connectClient(url, auth, onEvent && onEvent(i + k))));
      for (const s of settled) if (s.status === 'fulfilled') clients.push(s.value);
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
    }
    return clients;
  } catch (error) {
    // A failed connect must not leave the others open (they would keep the bench alive).
    closeAll(clients);
    throw error;
  }
}

function closeAll(clients) {
  for (const { socket } of clients) socket.close();
}

/** Nearest-rank percentile of a numeric array. */
function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (values) => percentile(values, 50);
const round = (value, digits = 2) => (value === null || value === undefined ? null : Number(value.toFixed(digits)));

module.exports = {
  ROOT,
  TOKEN,
  sleep,
  nowMs,
  freePort,
  tempDir,
  spawnWithPort,
  spawnTracked,
  stopChild,
  startFakeOllama,
  startServer,
  api,
  connectClient,
  connectMany,
  closeAll,
  percentile,
  median,
  round,
};
