'use strict';
// 2. Fan-out: 500 Socket.IO clients in the `all` room; 1,000 events published (messages POSTed at a
// steady 100 events/s); per event, the time from its commit to its receipt at the last of the 500
// clients. "Commit" is the event's `created_at`, stamped just before its INSERT in the committing
// transaction: it is a little earlier than the COMMIT, so the figure errs on the slow side.
const { api, closeAll, connectMany, median, nowMs, percentile, round, sleep } = require('./lib');

const CLIENTS = 500;
const EVENTS = 1000;
const RATE_PER_S = Number(process.env.BENCH_FANOUT_RATE || 100);

async function run({ server, sessionId }) {
  const arrivals = new Map(); // event id → { count, last }
  const onEvent = () => (name, envelope) => {
    if (name !== 'chat.message.created' || envelope.payload.session_id !== sessionId) return;
    const at = nowMs();
    const seen = arrivals.get(envelope.id);
    if (seen) {
      seen.count += 1;
      seen.last = at;
    } else arrivals.set(envelope.id, { count: 1, first: at, last: at, createdAt: Date.parse(envelope.created_at) });
  };
  const connectStarted = nowMs();
  const clients = await connectMany(server.url, CLIENTS, { rooms: ['all'] }, onEvent);
  const connectMs = nowMs() - connectStarted;
  try {
    const started = nowMs();
    const posts = [];
    let firstFailure = null;
    for (let i = 0; i < EVENTS; i++) {
      const due = started + (i * 1000) / RATE_PER_S;
      const wait = due - nowMs();
      if (wait > 1) await sleep(wait);
      // Settled at once: a post failing while the loop still sleeps must not be an unhandled rejection
      // (that crashed the whole bench and skipped every cleanup).
      const post = api(server.url, 'POST', `/api/v1/chat-history/sessions/${sessionId}/messages`, { role: 'user', content: `fan-out ${i}` });
      posts.push(
        post.then(
          () => null,
          (error) => {
            firstFailure ??= error;
            return error;
          },
        ),
      );
      if (firstFailure) break;
    }
    const failed = (await Promise.all(posts)).filter((outcome) => outcome instanceof Error);
    if (failed.length) throw new Error(`${failed.length} of ${posts.length} posts failed; first: ${failed[0].message}`);
    const complete = () => arrivals.size === EVENTS && [...arrivals.values()].every((a) => a.count === CLIENTS);
    for (let i = 0; i < 200 && !complete(); i++) await sleep(50);
  } finally {
    closeAll(clients);
  }

  const latencies = [...arrivals.values()].filter((a) => a.count === CLIENTS).map((a) => a.last - a.createdAt);
  const firsts = [...arrivals.values()].map((a) => a.first - a.createdAt);
  const spreads = [...arrivals.values()].map((a) => a.last - a.first);
  const deliveries = [...arrivals.values()].reduce((n, a) => n + a.count, 0);
  return {
    clients: CLIENTS,
    events: EVENTS,
    rate_per_s: RATE_PER_S,
    connect_all_ms: round(connectMs, 0),
    deliveries,
    deliveries_expected: CLIENTS * EVENTS,
    p50_ms: round(median(latencies)),
    p99_ms: round(percentile(latencies, 99)),
    max_ms: round(Math.max(...latencies)),
    first_client_p50_ms: round(median(firsts)),
    first_client_p99_ms: round(percentile(firsts, 99)),
    first_to_last_p50_ms: round(median(spreads)),
    first_to_last_p99_ms: round(percentile(spreads, 99)),
  };
}

module.exports = { run };
