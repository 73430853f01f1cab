'use strict';
// A minimal JS twin of test/support/fake-ollama.ts for the benchmark: the endpoints the app uses and
// one scripted reply, FAKE_TOKENS tokens with FAKE_DELAY_MS before each (the same timing whether the
// caller is the bench directly or the service). Run as a child: prints {"port": N} once it listens.
const { createServer } = require('node:http');

const MODEL = process.env.FAKE_MODEL || 'qwen2.5:7b-instruct';
const TOKENS = Number(process.env.FAKE_TOKENS || 20);
const DELAY_MS = Number(process.env.FAKE_DELAY_MS || 10);
const script = Array.from({ length: TOKENS }, (_, i) => `tok${i} `);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => void handle(req, res, Buffer.concat(chunks).toString('utf8')));
});

async function handle(req, res, raw) {
  const key = `${req.method} ${(req.url || '/').split('?')[0]}`;
  if (key === 'GET /' || key === 'HEAD /') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('Ollama is running');
  if (key === 'GET /api/version') return json(res, 200, { version: '0.12.0-fake' });
  if (key === 'GET /api/tags') {
    return json(res, 200, { models: [{ name: MODEL, model: MODEL, modified_at: '2026-01-01T00:00:00Z', size: 1, digest: 'fake', details: {} }] });
  }
  if (key !== 'POST /api/chat') return json(res, 404, { error: '404 page not found' });
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return json(res, 400, { error: 'invalid character in request body' });
  }
  let closed = false;
  res.on('close', () => (closed = true));
  const chunk = (content, done) => ({
    model: body.model,
    created_at: new Date().toISOString(),
    message: { role: 'assistant', content },
    done,
    ...(done ? { done_reason: 'stop', total_duration: 1, load_duration: 1, prompt_eval_count: 1, prompt_eval_duration: 1, eval_count: TOKENS, eval_duration: 1 } : {}),
  });
  if (body.stream === false) {
    await sleep(DELAY_MS * TOKENS);
    return json(res, 200, chunk(script.join(''), true));
  }
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  for (const token of script) {
    if (DELAY_MS) await sleep(DELAY_MS);
    if (closed) return;
    res.write(JSON.stringify(chunk(token, false)) + '\n');
  }
  if (!closed) res.end(JSON.stringify(chunk('', true)) + '\n');
}

server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port, tokens: script })}\n`));
process.on('SIGTERM', () => process.exit(0));
