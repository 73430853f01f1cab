'use strict';
// 1. Ingest: POST a user message to an existing session (message + event row in one transaction,
// broadcast to 10 Socket.IO clients in the session's room), 64 connections for 10 s with autocannon;
// then the floor (bench/floor-server.js: bare node:http + the same two inserts) the same way, and as
// a reference the service's GET /health under the same load (the HTTP stack without any work).
const { join } = require('node:path');
const autocannon = require('autocannon');
const { TOKEN, closeAll, connectMany, round, sleep, spawnWithPort } = require('./lib');

const CONNECTIONS = 64;
const DURATION_S = 10;
const WARMUP_S = 3;
const ROOM_CLIENTS = 10;
const BODY = JSON.stringify({ role: 'user', content: 'Please summarise the weekly report of the finance department.' });

function cannon(url, duration, headers = {}, method = 'POST') {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method, connections: CONNECTIONS, duration, ...(method === 'POST' ? { body: BODY } : {}), headers: { 'content-type': 'application/json', ...headers } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const summary = (r) => ({
  requests_per_s: round(r.requests.average, 0),
  p50_ms: r.latency.p50,
  p99_ms: r.latency.p99,
  ok: r['2xx'],
  non_2xx: r.non2xx,
  errors: r.errors,
  timeouts: r.timeouts,
});

async function run({ server, sessionId, floorDatabase, floorSessionId }) {
  // The service, with 10 clients in the session's room counting what they receive.
  let received = 0;
  const clients = await connectMany(server.url, ROOM_CLIENTS, { rooms: [`session:${sessionId}`] }, () => (name) => {
    if (name === 'chat.message.created') received += 1;
  });
  const url = `${server.url}/api/v1/chat-history/sessions/${sessionId}/messages`;
  const auth = { authorization: `Bearer ${TOKEN}` };
  let service;
  let expected;
  let delivered;
  try {
    await cannon(url, WARMUP_S, auth);
    await sleep(500);
    received = 0;
    service = await cannon(url, DURATION_S, auth);
    expected = service['2xx'] * ROOM_CLIENTS;
    for (let i = 0; i < 100 && received < expected; i++) await sleep(50);
    delivered = received;
  } finally {
    closeAll(clients);
  }
  // Reference, not a target: the same load on GET /health (no auth, no body, no database) is the
  // most this HTTP stack (Express + Nest middleware, guards, interceptors) serves on this machine.
  const health = await cannon(`${server.url}/health`, DURATION_S, {}, 'GET');

  // The floor, alone on the machine's CPU like the service was.
  const floor = await spawnWithPort([join(__dirname, 'floor-server.js')], { FLOOR_DB: floorDatabase, FLOOR_SESSION_ID: floorSessionId });
  try {
    await cannon(`${floor.url}/messages`, WARMUP_S);
    const floorResult = await cannon(`${floor.url}/messages`, DURATION_S);
    const s = summary(service);
    const f = summary(floorResult);
    return {
      connections: CONNECTIONS,
      duration_s: DURATION_S,
      warmup_s: WARMUP_S,
      room_clients: ROOM_CLIENTS,
      service: { ...s, broadcasts_expected: expected, broadcasts_received: delivered },
      floor: f,
      framework_reference: { route: 'GET /health', ...summary(health) },
      ratio_service_floor: round(s.requests_per_s / f.requests_per_s),
    };
  } finally {
    await floor.stop();
  }
}

module.exports = { run };
