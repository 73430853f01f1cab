import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { INestApplication, LoggerService } from '@nestjs/common';
import { enableGracefulShutdown } from './shutdown';

/**
 * The connection handling of the graceful shutdown, on a bare HTTP server (the process-level
 * behaviour is in test/shutdown.e2e-spec.ts). Node alone, after `server.close()`, still serves a
 * request that arrives on an open keep-alive connection and keeps that connection for its keep-alive
 * timeout; these tests fail without the refusal, the `Connection: close` and the idle sweep.
 */
describe('enableGracefulShutdown', () => {
  const SIGNAL = 'SIGUSR2' as NodeJS.Signals;
  const TIMEOUT_MS = 2000;
  let server: Server;
  let served: string[];
  let exit: jest.SpyInstance;
  const logs: string[] = [];
  const logger: LoggerService = { log: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), error: (m: string) => logs.push(m) };

  beforeEach(async () => {
    served = [];
    logs.length = 0;
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      served.push(req.url ?? '');
      if (req.url === '/slow') setTimeout(() => res.end('slow done'), 300);
      else if (req.url === '/stream') {
        // Headers already sent when the signal comes: too late for `Connection: close`.
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('part ');
        setTimeout(() => res.end('end'), 300);
      } else res.end(`served ${req.url}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    // Like Nest's app.close(): resolves once the HTTP server has closed (every connection ended).
    const app = { getHttpServer: () => server, close: () => new Promise<void>((resolve) => server.close(() => resolve())) } as unknown as INestApplication;
    exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    enableGracefulShutdown(app, { timeoutMs: TIMEOUT_MS, logger, signals: [SIGNAL] });
  });

  // Under load a fixed pause may end before the request reached the server: wait for the server to see it.
  const untilServed = async (url: string) => {
    while (!served.includes(url)) await new Promise((r) => setTimeout(r, 5));
  };

  afterEach(() => {
    process.removeAllListeners(SIGNAL);
    exit.mockRestore();
    server.closeAllConnections();
  });

  it('lets the in-flight request finish, never serves a later one on the same connection, closes it at once, exits 0', async () => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await untilServed('/slow');

    const started = Date.now();
    process.emit(SIGNAL, SIGNAL);
    await new Promise((r) => setTimeout(r, 50));
    socket.write('GET /late HTTP/1.1\r\nHost: x\r\n\r\n');
    await closed;

    expect(received).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*Connection: close[\s\S]*slow done$/);
    expect(served).toEqual(['/slow']);
    // Closed right after the answer, not after Node's 5 s keep-alive timeout.
    expect(Date.now() - started).toBeLessThan(3000);
    await new Promise((r) => setImmediate(r));
    expect(exit).toHaveBeenCalledWith(0);
    expect(logs.join('\n')).toMatch(/SIGUSR2 received: shutting down \(1 request\(s\) in flight[\s\S]*shutdown complete/);
  });

  it('answers 503 to a request that reaches a streaming connection after the signal, and refuses new connections', async () => {
    const port = (server.address() as AddressInfo).port;
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write('GET /stream HTTP/1.1\r\nHost: x\r\n\r\n');
    await untilServed('/stream');
    while (!received.includes('part ')) await new Promise((r) => setTimeout(r, 5));
    process.emit(SIGNAL, SIGNAL);
    socket.write('POST /late HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n');
    await expect(
      new Promise((resolve, reject) => connect(port, '127.0.0.1').once('connect', resolve).once('error', reject)),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await closed;
    expect(served).toEqual(['/stream']);
    expect([...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]))).toEqual([200, 503]);
    expect(received).toMatch(/"status_code":503,"error":"Service Unavailable","message":"The server is shutting down","detail":"The server is shutting down"/);
  });

  it('closes a connection whose streamed answer ends after the signal as soon as it goes idle', async () => {
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write('GET /stream HTTP/1.1\r\nHost: x\r\n\r\n');
    await untilServed('/stream');
    while (!received.includes('part ')) await new Promise((r) => setTimeout(r, 5));
    const started = Date.now();
    process.emit(SIGNAL, SIGNAL);
    await closed;
    expect(received).toMatch(/Connection: keep-alive[\s\S]*part [\s\S]*end/);
    // Not Node's 5 s keep-alive timeout: the idle sweep closed it.
    expect(Date.now() - started).toBeLessThan(3000);
    await new Promise((r) => setImmediate(r));
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('disarms the forced-exit timer once the shutdown is complete', async () => {
    process.emit(SIGNAL, SIGNAL);
    await new Promise((r) => setTimeout(r, 100));
    expect(exit.mock.calls).toEqual([[0]]);
    // Past the bound: an armed timer would now call exit(1) (with the real process.exit, in some later test).
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 200));
    expect(exit.mock.calls).toEqual([[0]]);
    expect(logs.join('\n')).not.toMatch(/forcing exit/);
  });
});
