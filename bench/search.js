'use strict';
// 7. Search: 1,000,000 messages (10,000 sessions of every scope, text drawn from a Zipf-distributed
// vocabulary of 20,000 words plus function words), bulk-loaded with the server stopped (the FTS5
// triggers index every row as it is inserted, as in production). Then queries of every kind through
// GET /api/v1/search, and the write path's cost with and without the index (triggers dropped and
// re-created between rounds on a second connection, so both sides see the same machine noise).
const Database = require('better-sqlite3');
const { randomUUID } = require('node:crypto');
const { api, median, nowMs, percentile, round } = require('./lib');

const MESSAGES = Number(process.env.BENCH_SEARCH_MESSAGES ?? 1_000_000);
const SESSIONS = 10_000;
const VOCABULARY = 20_000;
const FUNCTION_WORDS = 'the a of to and in for is on that with as it we be this are by at from or our will can plan team'.split(' ');
const RUNS_PER_KIND = 40;
const WRITE_ROUNDS = 4;
const WRITES_PER_ROUND = 500;

/** Deterministic PRNG (mulberry32), so every run loads the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka ri mo ta ne lu so vi pa de ro mi na ze tu bo li fe ga ho ju ky wa xe qu'.split(' ');
function vocabulary(random) {
  const words = new Set();
  while (words.size < VOCABULARY) {
    const n = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** Zipf (s = 1) over the vocabulary: cumulative weights, sampled by binary search. */
function zipfSampler(size, random) {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative[i] = sum += 1 / (i + 1);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SCOPES = [
  ['executive', null, 'executive'],
  ['department', 'marketing', 'departments'],
  ['department', 'engineering', 'departments'],
  ['agent', 'A11', 'agents'],
  ['general', null, 'general'],
];

/** Sessions and messages straight into the file (one transaction, prepared statements). */
function buildCorpus(database) {
  const started = nowMs();
  const random = rng(42);
  const words = vocabulary(random);
  const pick = zipfSampler(VOCABULARY, random);
  const db = new Database(database);
  db.pragma('synchronous = OFF');
  const insertSession = db.prepare(`INSERT INTO chat_sessions (session_id, category, title, scope_type, scope_id, context, message_count, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?)`);
  const insertMessage = db.prepare(`INSERT INTO chat_messages (session_id, role, author, content, model, status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'complete', ?, ?)`);
  const base = Date.now() - MESSAGES * 1000;
  const at = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
  const sentence = () => {
    const n = 8 + Math.floor(random() * 25);
    const out = [];
    for (let i = 0; i < n; i++) out.push(random() < 0.35 ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] : words[pick()]);
    out[0] = out[0][0].toUpperCase() + out[0].slice(1);
    return `${out.join(' ')}.`;
  };
  const perSession = MESSAGES / SESSIONS;
  const sessionIds = [];
  db.transaction(() => {
    let k = 0;
    for (let s = 0; s < SESSIONS; s++) {
      const [scopeType, scopeId, category] = SCOPES[s % SCOPES.length];
      const sessionId = randomUUID();
      sessionIds.push(sessionId);
      const first = base + k * 1000;
      insertSession.run(sessionId, category, `${words[pick()]} ${words[pick()]} review`, scopeType, scopeId, perSession, at(first), at(first + perSession * 1000));
      for (let m = 0; m < perSession; m++, k++) {
        const assistant = m % 2 === 1;
        insertMessage.run(sessionId, assistant ? 'assistant' : 'user', assistant ? 'Daena' : null, sentence(), assistant ? 'qwen2.5:7b-instruct' : null, at(base + k * 1000), at(base + k * 1000));
      }
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { ms: nowMs() - started, words, sessionIds };
}

/** The query mix: each kind drawn RUNS_PER_KIND times with different words (same seed every run). */
function queryMix(words, sampleMessage) {
  const random = rng(7);
  const band = (from, to) => words[from + Math.floor(random() * (to - from))];
  const kinds = {
    'rare word': () => ({ q: band(5000, 20000) }),
    'medium word': () => ({ q: band(200, 2000) }),
    'frequent word': () => ({ q: band(0, 30) }),
    'two words (AND)': () => ({ q: `${band(50, 500)} ${band(50, 500)}` }),
    phrase: () => {
      const text = sampleMessage().toLowerCase().replace(/[^a-z ]/g, '').split(' ');
      const i = Math.floor(random() * (text.length - 1));
      return { q: `"${text[i]} ${text[i + 1]}"` };
    },
    prefix: () => ({ q: `${band(100, 1000).slice(0, 4)}*` }),
    exclusion: () => ({ q: `${band(0, 100)} -${band(0, 100)}` }),
    'medium word + scope filter': () => ({ q: band(200, 2000), scope_type: 'department', scope_id: 'marketing' }),
  };
  const list = [];
  for (const [kind, make] of Object.entries(kinds)) for (let i = 0; i < RUNS_PER_KIND; i++) list.push({ kind, query: make() });
  // Interleaved, so that noise is spread over the kinds.
  return list.sort(() => random() - 0.5);
}

async function runQueries(url, mix) {
  const byKind = {};
  const all = [];
  let empty = 0;
  for (const { kind, query } of mix) {
    const qs = new URLSearchParams({ ...query, limit: '20' }).toString();
    const started = nowMs();
    const res = await api(url, 'GET', `/api/v1/search?${qs}`);
    const ms = nowMs() - started;
    if (!res.results.length) empty += 1;
    (byKind[kind] ??= []).push(ms);
    all.push(ms);
  }
  return { byKind, all, empty };
}

const TRIGGERS = (db) => db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'`).all();

/** Sequential single-message writes through the API; returns per-write latencies. */
async function writes(url, sessionId, n, tag) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const started = nowMs();
    await api(url, 'POST', `/api/v1/chat-history/sessions/${sessionId}/messages`, { role: 'user', content: `Write ${tag} ${i}: the quarterly budget review for the marketing team, with numbers.` });
    times.push(nowMs() - started);
  }
  return times;
}

/** The same INSERT, 20,000 rows per transaction, with and without the triggers: the index's raw cost. */
function rawInsertCost(database, sessionId, triggers) {
  const db = new Database(database);
  db.pragma('busy_timeout = 5000');
  const insert = db.prepare(`INSERT INTO chat_messages (session_id, role, content, status, created_at, updated_at) VALUES (?, 'user', ?, 'complete', ?, ?)`);
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  const batch = (tag) => {
    const started = nowMs();
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(sessionId, `Raw ${tag} ${i}: the quarterly budget review for the marketing team, with numbers.`, now, now);
    })();
    return (nowMs() - started) / 20_000;
  };
  const withIndex = [];
  const without = [];
  for (let r = 0; r < 3; r++) {
    withIndex.push(batch(`on${r}`));
    for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
    without.push(batch(`off${r}`));
    for (const t of triggers) db.exec(t.sql);
  }
  db.close();
  return { with_index_us: round(median(withIndex) * 1000), without_index_us: round(median(without) * 1000) };
}

async function run({ server, database, corpus }) {
  // Warm-up: one pass over a different mix (page cache, prepared statements).
  const sample = new Database(database, { readonly: true });
  const maxId = sample.prepare('SELECT max(id) AS n FROM chat_messages').get().n;
  const random = rng(99);
  const sampleMessage = () => sample.prepare('SELECT content FROM chat_messages WHERE id = ?').get(1 + Math.floor(random() * maxId)).content;
  const mix = queryMix(corpus.words, sampleMessage);
  await runQueries(server.url, mix.slice(0, 40));
  const { byKind, all, empty } = await runQueries(server.url, mix);
  const df = (word) => sample.prepare(`SELECT count(*) AS n FROM chat_messages_fts WHERE chat_messages_fts MATCH ?`).get(`"${word}"`).n;
  const frequency = { rank_1: df(corpus.words[0]), rank_30: df(corpus.words[30]), rank_1000: df(corpus.words[1000]), rank_10000: df(corpus.words[10000]) };
  const messages = sample.prepare('SELECT count(*) AS n FROM chat_messages').get().n;
  sample.close();

  // Write path, API: rounds alternate with / without the triggers (dropped on a second connection).
  const admin = new Database(database);
  admin.pragma('busy_timeout = 5000');
  const triggers = TRIGGERS(admin);
  if (triggers.length !== 6) throw new Error(`expected 6 search triggers, found ${triggers.length}`);
  const sessionId = corpus.sessionIds[0];
  await writes(server.url, sessionId, 100, 'warm');
  const on = [];
  const off = [];
  for (let r = 0; r < WRITE_ROUNDS; r++) {
    on.push(...(await writes(server.url, sessionId, WRITES_PER_ROUND, `on${r}`)));
    for (const t of triggers) admin.exec(`DROP TRIGGER "${t.name}"`);
    off.push(...(await writes(server.url, sessionId, WRITES_PER_ROUND, `off${r}`)));
    for (const t of triggers) admin.exec(t.sql);
  }
  // The rows written without the triggers stay out of the index: this database is the bench's own.
  admin.close();
  const raw = rawInsertCost(database, sessionId, triggers);

  return {
    messages,
    sessions: SESSIONS,
    load_s: round(corpus.ms / 1000, 1),
    document_frequency: frequency,
    queries: all.length,
    queries_without_results: empty,
    median_ms: round(median(all)),
    p99_ms: round(percentile(all, 99)),
    max_ms: round(Math.max(...all)),
    by_kind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, { median_ms: round(median(v)), p99_ms: round(percentile(v, 99)) }])),
    write_api: {
      writes_each: on.length,
      with_index: { median_ms: round(median(on)), p99_ms: round(percentile(on, 99)) },
      without_index: { median_ms: round(median(off)), p99_ms: round(percentile(off, 99)) },
    },
    write_raw_insert_us: raw,
  };
}

/** The corpus' words without loading it again (same seed): for a run against an existing database. */
function corpusOf(database) {
  const words = vocabulary(rng(42));
  const db = new Database(database, { readonly: true });
  const sessionIds = db.prepare(`SELECT session_id FROM chat_sessions ORDER BY id DESC LIMIT 10`).all().map((r) => r.session_id);
  db.close();
  return { ms: 0, words, sessionIds };
}

module.exports = { buildCorpus, corpusOf, run };
