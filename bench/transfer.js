'use strict';
// 8. Export / import: the search scenario's 1,000,000-message database exported by the CLI (gzip),
// then restored by the CLI into an empty database; wall time and peak RSS (VmHWM, read from /proc
// while the process runs) of each. The restored database's counts must equal the source's.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const Database = require('better-sqlite3');
const { ROOT, TOKEN, nowMs, round, sleep, spawnTracked } = require('./lib');

/** Runs the built CLI; resolves with exit code, wall time and the peak resident set size in MB. */
async function runCli(database, args) {
  const started = nowMs();
  const child = spawnTracked([join(ROOT, 'dist/src/cli.js'), ...args], {
    env: { ...process.env, NODE_ENV: 'production', DB_DATABASE: database, AUTH_TOKEN: TOKEN, LOG_LEVEL: 'warn' },
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  let peakKb = 0;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let done = false;
  exited.then(() => (done = true));
  while (!done) {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (hwm > peakKb) peakKb = hwm;
    } catch {
      // the process is gone
    }
    await sleep(50);
  }
  const code = await exited;
  if (code !== 0) throw new Error(`cli ${args.join(' ')} exited with ${code}:\n${output}`);
  return { ms: nowMs() - started, peak_rss_mb: round(peakKb / 1024, 1), output };
}

const counts = (database) => {
  const db = new Database(database, { readonly: true });
  try {
    return Object.fromEntries(['chat_sessions', 'chat_messages', 'event_log'].map((t) => [t, db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get().n]));
  } finally {
    db.close();
  }
};

async function run({ database, dir }) {
  const bundle = join(dir, 'company.jsonl.gz');
  const exported = await runCli(database, ['export', bundle]);
  const target = join(dir, 'restored.sqlite');
  const imported = await runCli(target, ['import', bundle]);
  const source = counts(database);
  const restored = counts(target);
  if (JSON.stringify(source) !== JSON.stringify(restored)) throw new Error(`restored counts differ: ${JSON.stringify(source)} vs ${JSON.stringify(restored)}`);
  return {
    messages: source.chat_messages,
    bundle_mb: round(statSync(bundle).size / 2 ** 20, 1),
    export_s: round(exported.ms / 1000, 1),
    export_peak_rss_mb: exported.peak_rss_mb,
    import_s: round(imported.ms / 1000, 1),
    import_peak_rss_mb: imported.peak_rss_mb,
  };
}

module.exports = { run };
