'use strict';
// 4. Streaming overhead: time to first and to last token through POST /api/v1/daena/chat/stream (SSE)
// versus straight from the fake Ollama (NDJSON), which plays the same scripted reply (same tokens,
// same delay before each) to both. Tokens lost = scripted tokens missing from what arrived.
const http = require('node:http');
const { TOKEN, median, nowMs, round } = require('./lib');

const RUNS = 20;
const WARMUP = 3;
const MODEL = 'qwen2.5:7b-instruct';
const agent = new http.Agent({ keepAlive: true });

/** POSTs `body` and calls `onChunk(text)` per body chunk; resolves with the request's start time. */
function post(url, headers, body, onChunk) {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const started = nowMs();
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...headers } },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url} → ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', onChunk);
        res.on('end', () => resolve(started));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** Splits a text stream into records at `separator`, calling `onRecord` with each complete one. */
function splitter(separator, onRecord) {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let at;
    while ((at = buffer.indexOf(separator)) >= 0) {
      onRecord(buffer.slice(0, at));
      buffer = buffer.slice(at + separator.length);
    }
  };
}

async function direct(ollamaUrl) {
  const arrivals = [];
  let text = '';
  const started = await post(`${ollamaUrl}/api/chat`, {}, { model: MODEL, stream: true, messages: [{ role: 'user', content: 'Status?' }] }, splitter('\n', (line) => {
    const content = line && JSON.parse(line).message?.content;
    if (content) {
      arrivals.push(nowMs());
      text += content;
    }
  }));
  return { started, arrivals, text };
}

async function viaService(url, sessionId) {
  const arrivals = [];
  let text = '';
  let session = sessionId;
  let status = null;
  const body = { message: 'Status of the departments?', ...(sessionId ? { session_id: sessionId } : {}) };
  const started = await post(`${url}/api/v1/daena/chat/stream`, { authorization: `Bearer ${TOKEN}` }, body, splitter('\n\n', (record) => {
    if (!record.startsWith('data: ')) return;
    const event = JSON.parse(record.slice(6));
    if (event.type === 'token') {
      arrivals.push(nowMs());
      text += event.content;
    } else if (event.type === 'session') session = event.session_id;
    else if (event.type === 'done') status = event.status;
  }));
  return { started, arrivals, text, session, status };
}

const lostTokens = (script, text) => {
  let lost = 0;
  let from = 0;
  for (const token of script) {
    const at = text.indexOf(token, from);
    if (at < 0) lost += 1;
    else from = at + token.length;
  }
  return lost;
};

async function run({ server, ollama }) {
  const { script, delayMs } = ollama;
  const d = { first: [], last: [] };
  const s = { first: [], last: [] };
  let lost = 0;
  let notComplete = 0;
  let sessionId = null;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = await direct(ollama.url);
    const b = await viaService(server.url, sessionId);
    sessionId = b.session;
    if (i < WARMUP) continue;
    d.first.push(a.arrivals[0] - a.started);
    d.last.push(a.arrivals.at(-1) - a.started);
    s.first.push(b.arrivals[0] - b.started);
    s.last.push(b.arrivals.at(-1) - b.started);
    lost += lostTokens(script, a.text) + lostTokens(script, b.text);
    if (b.status !== 'complete') notComplete += 1;
  }
  const [df, dl, sf, sl] = [d.first, d.last, s.first, s.last].map(median);
  return {
    runs: RUNS,
    tokens: script.length,
    token_delay_ms: delayMs,
    direct_first_ms: round(df),
    direct_last_ms: round(dl),
    service_first_ms: round(sf),
    service_last_ms: round(sl),
    first_token_overhead_ms: round(sf - df),
    last_token_overhead_ms: round(sl - dl),
    tokens_lost: lost,
    replies_not_complete: notComplete,
  };
}

module.exports = { run };
