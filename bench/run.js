'use strict';
// `npm run bench`: builds, then runs every scenario against the built server (dist/src/main.js) on a
// temporary file database with the fake Ollama, prints a table and writes bench/results.json.
// `node bench/run.js ingest paging` runs only the named scenarios (after `npm run build`).
// BENCH_CPU_PROF=<dir> writes a CPU profile of the main server run (see docs/performance.md).
const { copyFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { api, nowMs, round, startFakeOllama, startServer, tempDir } = require('./lib');

const SCENARIOS = {
  startup: require('./startup'),
  paging: require('./paging'),
  ingest: require('./ingest'),
  fanout: require('./fanout'),
  replay: require('./replay'),
  streaming: require('./streaming'),
  search: require('./search'),
  transfer: require('./transfer'),
};
const SMALL = 1_000;
const BIG = 1_000_000;

async function createSession(url, title) {
  return (await api(url, 'POST', '/api/v1/chat-history/sessions', { title })).session_id;
}

async function main() {
  const selected = process.argv.slice(2);
  for (const name of selected) if (!SCENARIOS[name]) throw new Error(`unknown scenario ${name} (one of ${Object.keys(SCENARIOS).join(', ')})`);
  const wants = (name) => !selected.length || selected.includes(name);
  const began = nowMs();
  const tmp = tempDir();
  const results = {};
  const failures = [];
  const log = (text) => process.stdout.write(`[bench ${((nowMs() - began) / 1000).toFixed(1)}s] ${text}\n`);
  let ollama = await startFakeOllama({ tokens: 20, delayMs: 10 });
  // The server the next scenario runs against: started on demand, stopped after a failed scenario.
  let server = null;
  const serverOn = async (database) => {
    if (server && (server.database !== database || server.process.exitCode !== null)) await stopServer();
    if (!server) server = { ...(await startServer({ database, ollamaUrl: ollama.url })), database };
    return server;
  };
  const stopServer = async () => {
    const running = server;
    server = null;
    if (running) await running.stop();
  };
  /**
   * Runs one scenario; a failure is recorded and reported, the processes it used (the server, the
   * fake Ollama if it died) are stopped or replaced, and the run goes on with the next scenario.
   */
  let current = 'setup';
  // A stray rejection inside a scenario would otherwise end the whole run: it counts as that scenario's failure.
  process.on('unhandledRejection', (error) => {
    failures.push({ scenario: current, after_s: null, error: `unhandled rejection: ${String(error?.message ?? error).split('\n')[0]}` });
    log(`unhandled rejection during ${current}: ${error?.stack ?? error}`);
  });
  const scenario = async (name, label, run) => {
    if (!wants(name)) return;
    log(label);
    const started = nowMs();
    current = name;
    try {
      results[name] = await run();
      current = 'setup';
    } catch (error) {
      const seconds = ((nowMs() - started) / 1000).toFixed(1);
      failures.push({ scenario: name, after_s: Number(seconds), error: String(error.message ?? error).split('\n')[0] });
      log(`${name} FAILED after ${seconds} s: ${error.stack ?? error}`);
      current = 'setup';
      await stopServer();
      if (ollama.process.exitCode !== null || ollama.process.signalCode !== null) {
        log('the fake Ollama had exited: starting a new one');
        ollama = await startFakeOllama({ tokens: 20, delayMs: 10 });
      }
    }
  };
  try {
    // A seeded database to start from (the start-up scenario leaves one behind).
    let database = join(tmp.dir, 'seeded.sqlite');
    await scenario('startup', 'start-up: empty and seeded database', async () => {
      const { seededDatabase, ...startup } = await SCENARIOS.startup.run({ dir: tmp.dir, ollamaUrl: ollama.url });
      database = seededDatabase;
      return startup;
    });
    if (!results.startup) await (await startServer({ database, ollamaUrl: ollama.url })).stop();

    // Sessions, created through the API; then, with the server stopped, the floor's copy and the bulk load.
    const sessions = {};
    for (const name of ['small', 'big', 'ingest', 'fanout']) sessions[name] = await createSession((await serverOn(database)).url, `bench ${name}`);
    await stopServer();
    const floorDatabase = join(tmp.dir, 'floor.sqlite');
    copyFileSync(database, floorDatabase);
    let paged = false;
    if (wants('paging')) {
      log(`paging: bulk-loading ${SMALL.toLocaleString('en')} + ${BIG.toLocaleString('en')} messages`);
      const ms = SCENARIOS.paging.bulkLoad(database, [
        { sessionId: sessions.small, count: SMALL },
        { sessionId: sessions.big, count: BIG },
      ]);
      paged = true;
      log(`paging: bulk load took ${(ms / 1000).toFixed(1)} s`);
    }

    // Search (and export) get a database of their own: 1,000,000 messages over 10,000 sessions.
    let searchDb = null;
    if (wants('search') || wants('transfer')) {
      searchDb = { database: join(tmp.dir, 'search.sqlite') };
      copyFileSync(floorDatabase, searchDb.database);
      log('search: bulk-loading 1,000,000 messages (indexed by the FTS5 triggers)');
      searchDb.corpus = SCENARIOS.search.buildCorpus(searchDb.database);
      log(`search: load took ${(searchDb.corpus.ms / 1000).toFixed(1)} s`);
    }

    if (paged) {
      await scenario('paging', 'paging: newest page + 20 older pages, 1k vs 1M', async () =>
        SCENARIOS.paging.run({ server: await serverOn(database), small: { sessionId: sessions.small, count: SMALL }, big: { sessionId: sessions.big, count: BIG } }),
      );
    }
    await scenario('ingest', 'ingest: service then floor, 64 connections', async () =>
      SCENARIOS.ingest.run({ server: await serverOn(database), sessionId: sessions.ingest, floorDatabase, floorSessionId: sessions.ingest }),
    );
    await scenario('fanout', 'fan-out: 500 clients, 1,000 events', async () => SCENARIOS.fanout.run({ server: await serverOn(database), sessionId: sessions.fanout }));
    await scenario('replay', 'replay: 10,000 events behind', async () => SCENARIOS.replay.run({ server: await serverOn(database), sessionId: sessions.fanout }));
    await scenario('streaming', 'streaming: direct vs through the service', async () => SCENARIOS.streaming.run({ server: await serverOn(database), ollama }));
    if (searchDb) {
      await stopServer();
      await scenario('search', 'search: query mix over 1,000,000 messages, then the write path with / without the index', async () =>
        SCENARIOS.search.run({ server: await serverOn(searchDb.database), ...searchDb }),
      );
      await stopServer();
      await scenario('transfer', 'transfer: CLI export (gzip) of the 1,000,000-message company, then restore into an empty database', () =>
        SCENARIOS.transfer.run({ database: searchDb.database, dir: tmp.dir }),
      );
    }
  } finally {
    current = 'teardown';
    await stopServer();
    await ollama.stop();
    tmp.remove();
  }

  const cpus = os.cpus();
  const report = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus.length,
      cpu: cpus[0]?.model ?? 'unknown',
      memory_gb: round(os.totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      load_average_1m_at_end: round(os.loadavg()[0]),
    },
    duration_s: round((nowMs() - began) / 1000, 1),
    failed: failures,
    results,
    targets: targets(results),
  };
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\n${table(report)}\n\nWritten bench/results.json (${report.duration_s} s).\n`);
  if (failures.length) {
    process.stdout.write(`\n${failures.length} scenario(s) FAILED: ${failures.map((f) => `${f.scenario} (${f.error})`).join('; ')}\n`);
    process.exitCode = 1;
  }
}

/** Every target of the issue with the figure it is judged on. */
function targets(r) {
  const list = [];
  const add = (name, value, limit, unit, atMost = true) =>
    list.push({ target: name, value, limit: `${atMost ? '≤' : '≥'} ${limit}${unit}`, met: value === null || value === undefined ? null : atMost ? value <= limit : value >= limit });
  if (r.ingest) {
    add('ingest: service/floor requests/s', r.ingest.ratio_service_floor, 0.5, '', false);
    add('ingest: p99 latency', r.ingest.service.p99_ms, 25, ' ms');
  }
  if (r.fanout) add('fan-out: p99 commit → last client', r.fanout.p99_ms, 50, ' ms');
  if (r.paging) add('paging: median page big/small', r.paging.ratio_big_small, 1.5, '');
  if (r.streaming) {
    add('streaming: first-token overhead (median)', r.streaming.first_token_overhead_ms, 5, ' ms');
    add('streaming: tokens lost', r.streaming.tokens_lost, 0, '');
  }
  if (r.replay) add('replay: 10,000 behind → caught up', r.replay.catch_up_ms, 1000, ' ms');
  if (r.search) {
    add(`search: median query (${r.search.messages.toLocaleString('en')} messages)`, r.search.median_ms, 50, ' ms');
    add('search: p99 query', r.search.p99_ms, 200, ' ms');
  }
  if (r.transfer) add(`export: peak RSS (${r.transfer.messages.toLocaleString('en')} messages)`, r.transfer.export_peak_rss_mb, 300, ' MB');
  if (r.startup) {
    add('start-up: seeded DB → /health/ready', r.startup.seeded_db_ms, 1500, ' ms');
    add('start-up: empty DB + seed → /health/ready', r.startup.empty_db_ms, 2000, ' ms');
  }
  return list;
}

/** The results as a Markdown table (the same one goes into docs/performance.md). */
function table({ machine, results: r, targets: t, failed }) {
  const rows = [];
  const row = (scenario, measure, value) => rows.push(`| ${scenario} | ${measure} | ${value ?? '–'} |`);
  for (const f of failed) row(f.scenario, `**FAILED**${f.after_s === null ? '' : ` after ${f.after_s} s`}`, f.error.replace(/\|/g, '/'));
  if (r.ingest) {
    const s = r.ingest.service;
    const f = r.ingest.floor;
    row('1. Ingest (service)', 'requests/s · p50 · p99', `${s.requests_per_s} · ${s.p50_ms} ms · ${s.p99_ms} ms`);
    row('1. Ingest (service)', 'non-2xx · errors · broadcasts received/expected', `${s.non_2xx} · ${s.errors} · ${s.broadcasts_received}/${s.broadcasts_expected}`);
    row('1. Ingest (floor)', 'requests/s · p50 · p99', `${f.requests_per_s} · ${f.p50_ms} ms · ${f.p99_ms} ms`);
    row('1. Ingest', 'ratio service/floor', r.ingest.ratio_service_floor);
    const h = r.ingest.framework_reference;
    row('1. Ingest (reference)', `service ${h.route}, same load: requests/s · p50 · p99`, `${h.requests_per_s} · ${h.p50_ms} ms · ${h.p99_ms} ms`);
  }
  if (r.fanout) {
    const f = r.fanout;
    row('2. Fan-out', `${f.clients} clients, ${f.events} events at ${f.rate_per_s}/s: p50 · p99 · max`, `${f.p50_ms} ms · ${f.p99_ms} ms · ${f.max_ms} ms`);
    row('2. Fan-out', 'commit → first client p50 · p99; first → last client p50 · p99', `${f.first_client_p50_ms} · ${f.first_client_p99_ms} ms; ${f.first_to_last_p50_ms} · ${f.first_to_last_p99_ms} ms`);
    row('2. Fan-out', 'deliveries received/expected', `${f.deliveries}/${f.deliveries_expected}`);
  }
  if (r.paging) {
    const p = r.paging;
    row('3. Paging', `median page, ${p.small_messages.toLocaleString('en')} msgs · ${p.big_messages.toLocaleString('en')} msgs`, `${p.small_median_ms} ms · ${p.big_median_ms} ms`);
    row('3. Paging', 'p99 page small · big', `${p.small_p99_ms} ms · ${p.big_p99_ms} ms`);
    row('3. Paging', 'ratio big/small', p.ratio_big_small);
  }
  if (r.streaming) {
    const s = r.streaming;
    row('4. Streaming', `first token direct · service (${s.tokens} tokens, ${s.token_delay_ms} ms apart)`, `${s.direct_first_ms} ms · ${s.service_first_ms} ms`);
    row('4. Streaming', 'last token direct · service', `${s.direct_last_ms} ms · ${s.service_last_ms} ms`);
    row('4. Streaming', 'overhead first · last token (median)', `${s.first_token_overhead_ms} ms · ${s.last_token_overhead_ms} ms`);
    row('4. Streaming', 'tokens lost · replies not complete', `${s.tokens_lost} · ${s.replies_not_complete}`);
  }
  if (r.replay) row('5. Replay', `${r.replay.behind.toLocaleString('en')} events behind → ready (${r.replay.events_replayed} replayed)`, `${r.replay.catch_up_ms} ms`);
  if (r.search) {
    const s = r.search;
    row('7. Search', `${s.queries} queries over ${s.messages.toLocaleString('en')} messages: median · p99 · max`, `${s.median_ms} ms · ${s.p99_ms} ms · ${s.max_ms} ms`);
    for (const [kind, v] of Object.entries(s.by_kind)) row('7. Search', `${kind}: median · p99`, `${v.median_ms} ms · ${v.p99_ms} ms`);
    row('7. Search', 'messages holding the word of rank 1 · 30 · 1,000 · 10,000', `${s.document_frequency.rank_1} · ${s.document_frequency.rank_30} · ${s.document_frequency.rank_1000} · ${s.document_frequency.rank_10000}`);
    const w = s.write_api;
    row('7. Search', `write path (POST message, ${w.writes_each} sequential) with · without index: median`, `${w.with_index.median_ms} ms · ${w.without_index.median_ms} ms`);
    row('7. Search', 'write path with · without index: p99', `${w.with_index.p99_ms} ms · ${w.without_index.p99_ms} ms`);
    row('7. Search', 'raw INSERT (20k per transaction) with · without index', `${s.write_raw_insert_us.with_index_us} µs · ${s.write_raw_insert_us.without_index_us} µs per row`);
  }
  if (r.transfer) {
    const x = r.transfer;
    row('8. Export', `CLI export of ${x.messages.toLocaleString('en')} messages (gzip, ${x.bundle_mb} MB): time · peak RSS`, `${x.export_s} s · ${x.export_peak_rss_mb} MB`);
    row('8. Import', 'CLI restore into an empty database (validate + write): time · peak RSS', `${x.import_s} s · ${x.import_peak_rss_mb} MB`);
  }
  if (r.startup) {
    row('6. Start-up', 'empty DB incl. migrations + seed → ready (median of 3)', `${r.startup.empty_db_ms} ms`);
    row('6. Start-up', 'seeded DB → ready (median of 3)', `${r.startup.seeded_db_ms} ms`);
  }
  const targetRows = t.map((x) => `| ${x.target} | ${x.value ?? '–'} | ${x.limit} | ${x.met === null ? '–' : x.met ? 'met' : '**missed**'} |`);
  return [
    `Machine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${machine.platform}`,
    '',
    '| Scenario | Measure | Result |',
    '|---|---|---|',
    ...rows,
    '',
    '| Target | Value | Limit | |',
    '|---|---|---|---|',
    ...targetRows,
  ].join('\n');
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
