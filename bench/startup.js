'use strict';
// 6. Start-up and seed: spawn of the built server to the first 200 of GET /health/ready, on an empty
// file database (migrations + seed included) and on an already seeded one.
const { join } = require('node:path');
const { median, round, startServer } = require('./lib');

const RUNS = 3;

async function run({ dir, ollamaUrl }) {
  const empty = [];
  const seeded = [];
  let database = null;
  for (let i = 0; i < RUNS; i++) {
    database = join(dir, `startup-${i}.sqlite`);
    const cold = await startServer({ database, ollamaUrl });
    empty.push(cold.readyMs);
    await cold.stop();
    const warm = await startServer({ database, ollamaUrl });
    seeded.push(warm.readyMs);
    await warm.stop();
  }
  return {
    runs: RUNS,
    empty_db_ms: round(median(empty), 0),
    seeded_db_ms: round(median(seeded), 0),
    empty_db_runs_ms: empty.map((v) => round(v, 0)),
    seeded_db_runs_ms: seeded.map((v) => round(v, 0)),
    seededDatabase: database,
  };
}

module.exports = { run };
