import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo, Socket } from 'node:net';

/**
 * A real HTTP server speaking the parts of Ollama's API the app uses, with switchable faults.
 *   const fake = await FakeOllama.start();  // OLLAMA_BASE_URL = fake.url
 *   await fake.setFault('cut_stream');       // null clears it
 */

export type FakeOllamaFault =
  | 'down' // stops listening: connections are refused
  | 'slow_first_token' // holds the response headers for `delayMs` (default 2000 ms)
  | 'model_404' // /api/chat answers 404 "model not found" for every model
  | 'overloaded_503' // every endpoint answers 503
  | 'error_mid_stream' // `afterTokens` tokens, then an {"error": ...} line
  | 'cut_stream' // `afterTokens` tokens, then the connection is destroyed (no done line)
  | 'garbage_line' // `afterTokens` tokens, a non-JSON line, then the rest as normal
  | 'done_keep_open' // the whole reply and its done line, then the response is never ended
  | 'huge_line' // `afterTokens` tokens, then `lineBytes` (default 20 MB) without a newline, then the rest
  | 'non_string_content'; // `afterTokens` tokens, then chunks whose message.content is a number and an object

export interface FaultOptions {
  delayMs?: number;
  /** Tokens sent before a mid-stream fault (default 2). */
  afterTokens?: number;
  /** Size of the `huge_line` line. */
  lineBytes?: number;
  /** Content-Type of streamed replies (default application/x-ndjson), whatever the fault. */
  contentType?: string;
}

export interface FakeChatRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  stream?: boolean;
  options?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface FakeOllamaOptions {
  models?: string[];
  version?: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const bare = (name: string) => name.replace(/:latest$/, '');

export class FakeOllama {
  /** Every /api/chat body received, in order (faulted ones too). */
  readonly requests: FakeChatRequest[] = [];
  /** Request count per "METHOD /path". */
  readonly hits: Record<string, number> = {};
  inFlight = 0;
  /** Streamed responses whose TCP connection is still open. */
  openStreams = 0;
  maxConcurrent = 0;
  private fault: FakeOllamaFault | null = null;
  private faultOptions: FaultOptions = {};
  private scripted: { tokens: string[] | null; delayMs: number } = { tokens: null, delayMs: 0 };
  private models: string[];
  private readonly version: string;
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;
  private port = 0;

  private constructor(options: FakeOllamaOptions) {
    this.models = options.models ?? ['qwen2.5:7b-instruct'];
    this.version = options.version ?? '0.12.0-fake';
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(options: FakeOllamaOptions = {}): Promise<FakeOllama> {
    const fake = new FakeOllama(options);
    await fake.listen(0);
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The reply when none is scripted: deterministic, and names the model and the last user message. */
  static defaultReply(body: FakeChatRequest): string[] {
    const lastUser = [...(body.messages ?? [])].reverse().find((m) => m.role === 'user')?.content ?? '';
    return `Reply from ${body.model} to: ${lastUser}`.match(/\S+\s*/g) ?? [];
  }

  async setFault(fault: FakeOllamaFault | null, options: FaultOptions = {}): Promise<void> {
    const wasDown = this.fault === 'down';
    this.fault = fault;
    this.faultOptions = options;
    if (fault === 'down' && !wasDown) await this.close();
    if (fault !== 'down' && wasDown) await this.listen(this.port);
  }

  /** Tokens of every reply (null = the default reply) and the delay before each token. */
  setReply(tokens: string[] | null, delayMs = 0): void {
    this.scripted = { tokens, delayMs };
  }

  setModels(models: string[]): void {
    this.models = [...models];
  }

  resetStats(): void {
    this.requests.length = 0;
    for (const key of Object.keys(this.hits)) delete this.hits[key];
    this.maxConcurrent = this.inFlight;
  }

  async stop(): Promise<void> {
    if (this.fault !== 'down') await this.close();
  }

  private listen(port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const key = `${req.method} ${path}`;
    this.hits[key] = (this.hits[key] ?? 0) + 1;
    const raw = await readBody(req);
    if (this.fault === 'overloaded_503') return json(res, 503, { error: 'server busy, please try again.  maximum pending requests exceeded' });
    if (key === 'GET /' || key === 'HEAD /') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('Ollama is running');
    if (key === 'GET /api/version') return json(res, 200, { version: this.version });
    if (key === 'GET /api/tags') return json(res, 200, { models: this.models.map(tagEntry) });
    if (key !== 'POST /api/chat') return json(res, 404, { error: '404 page not found' });

    let body: FakeChatRequest;
    try {
      body = JSON.parse(raw) as FakeChatRequest;
    } catch {
      return json(res, 400, { error: 'invalid character in request body' });
    }
    this.requests.push(body);
    this.inFlight += 1;
    this.maxConcurrent = Math.max(this.maxConcurrent, this.inFlight);
    let closed = false;
    res.on('close', () => {
      closed = true;
      this.inFlight -= 1;
    });
    const fault = this.fault;
    const options = this.faultOptions;
    if (fault === 'model_404' || !this.models.some((m) => bare(m) === bare(String(body.model)))) {
      return json(res, 404, { error: `model "${body.model}" not found, try pulling it first` });
    }
    if (fault === 'slow_first_token') await sleep(options.delayMs ?? 2000);
    if (closed) return;
    const tokens = this.scripted.tokens ?? FakeOllama.defaultReply(body);
    const delayMs = this.scripted.delayMs;
    const stats = {
      total_duration: 1_000_000 * (tokens.length + 1),
      load_duration: 1_000_000,
      prompt_eval_count: (body.messages ?? []).reduce((n, m) => n + (String(m.content).match(/\S+/g)?.length ?? 0), 0),
      prompt_eval_duration: 1_000_000,
      eval_count: tokens.length,
      eval_duration: 1_000_000 * tokens.length,
    };
    const chunk = (content: string, done: boolean) => ({
      model: body.model,
      created_at: new Date().toISOString(),
      message: { role: 'assistant', content },
      done,
      ...(done ? { done_reason: 'stop', ...stats } : {}),
    });

    if (body.stream === false) {
      for (let i = 0; i < tokens.length && !closed; i++) await sleep(delayMs);
      if (!closed) json(res, 200, { ...chunk(tokens.join(''), true) });
      return;
    }

    res.writeHead(200, { 'content-type': options.contentType ?? 'application/x-ndjson' });
    this.openStreams += 1;
    res.socket?.once('close', () => (this.openStreams -= 1));
    const midStream: Array<FakeOllamaFault | null> = ['error_mid_stream', 'cut_stream', 'garbage_line', 'huge_line', 'non_string_content'];
    const faultAt = midStream.includes(fault) ? Math.min(options.afterTokens ?? 2, tokens.length) : -1;
    for (let i = 0; i <= tokens.length; i++) {
      if (i === faultAt) {
        if (fault === 'error_mid_stream') return void res.end(JSON.stringify({ error: 'an error was encountered while running the model: unexpected EOF' }) + '\n');
        if (fault === 'cut_stream') return void res.socket?.destroy();
        if (fault === 'garbage_line') await write(res, 'this is not json <html>\n');
        if (fault === 'huge_line') {
          const piece = 'x'.repeat(64 * 1024);
          for (let sent = 0; sent < (options.lineBytes ?? 20 * 1024 * 1024) && !closed; sent += piece.length) await write(res, piece);
          await write(res, '\n');
        }
        if (fault === 'non_string_content') {
          await write(res, JSON.stringify({ ...chunk('', false), message: { role: 'assistant', content: 12345 } }) + '\n');
          await write(res, JSON.stringify({ ...chunk('', false), message: { role: 'assistant', content: { text: 'x' } } }) + '\n');
        }
      }
      if (i === tokens.length) break;
      if (delayMs) await sleep(delayMs);
      if (closed) return;
      await write(res, JSON.stringify(chunk(tokens[i], false)) + '\n');
    }
    if (closed) return;
    if (fault === 'done_keep_open') return void (await write(res, JSON.stringify(chunk('', true)) + '\n'));
    res.end(JSON.stringify(chunk('', true)) + '\n');
  }
}

function tagEntry(name: string) {
  return {
    name,
    model: name,
    modified_at: '2026-01-01T00:00:00Z',
    size: 4_683_087_332,
    digest: 'fake0000',
    details: { format: 'gguf', family: 'qwen2', families: ['qwen2'], parameter_size: '7.6B', quantization_level: 'Q4_K_M' },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** Resolves once the data is handed to the socket, so a following destroy() does not drop it. */
function write(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    res.write(data, () => resolve());
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
