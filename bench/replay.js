'use strict';
// 5. Replay: a client reconnecting 10,000 events behind (auth.last_event_id); the time from opening
// the socket until `ready` (every missed event received, then the rooms joined).
const { api, connectClient, median, nowMs, round } = require('./lib');

const BEHIND = 10_000;
const RUNS = 3;

const latestEventId = async (url) => (await api(url, 'GET', '/api/v1/events/stats')).latest_event_id;

async function run({ server, sessionId }) {
  // The earlier scenarios leave tens of thousands of events; top up only if they did not.
  let latest = await latestEventId(server.url);
  while (latest < BEHIND + 1) {
    await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        api(server.url, 'POST', `/api/v1/chat-history/sessions/${sessionId}/messages`, { role: 'user', content: `replay filler ${i}` }),
      ),
    );
    latest = await latestEventId(server.url);
  }
  const from = latest - BEHIND;
  const times = [];
  let replayed = 0;
  for (let i = 0; i < RUNS; i++) {
    let count = 0;
    const started = nowMs();
    const { socket } = await connectClient(server.url, { rooms: ['all'], last_event_id: from }, (name, envelope) => {
      if (envelope && typeof envelope.id === 'number' && envelope.id > from) count += 1;
    });
    times.push(nowMs() - started);
    socket.close();
    replayed = count;
  }
  return { behind: BEHIND, runs: RUNS, events_replayed: replayed, catch_up_ms: round(median(times), 0), runs_ms: times.map((t) => round(t, 0)) };
}

module.exports = { run };
