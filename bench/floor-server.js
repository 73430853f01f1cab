'use strict';
// The ingest floor: a bare node:http server that, per request, parses the JSON body and does the same
// two better-sqlite3 inserts as the service (chat_messages + event_log) in one transaction, with
// prepared statements, on a file database of the same schema and pragmas. No framework, no auth,
// no validation, no broadcast: what the hardware and SQLite allow. Prints {"port": N} once listening.
const { createHash } = require('node:crypto');
const { createServer } = require('node:http');
const Database = require('better-sqlite3');

const db = new Database(process.env.FLOOR_DB);
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
db.pragma('foreign_keys = ON');
db.pragma('synchronous = NORMAL');
const sessionId = process.env.FLOOR_SESSION_ID;

const insertMessage = db.prepare(
  `INSERT INTO chat_messages (session_id, role, content, status, created_at, updated_at) VALUES (?, ?, ?, 'complete', ?, ?)`,
);
const insertEvent = db.prepare(
  `INSERT INTO event_log (event_type, entity_type, entity_id, payload, actor, rooms, created_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
let prevHash = db.prepare('SELECT hash FROM event_log ORDER BY id DESC LIMIT 1').get()?.hash ?? '0'.repeat(64);
const rooms = JSON.stringify(['all', `session:${sessionId}`]);

const ingest = db.transaction((role, content) => {
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  const id = Number(insertMessage.run(sessionId, role, content, now, now).lastInsertRowid);
  const payload = JSON.stringify({ id, session_id: sessionId, role, content, created_at: now });
  const hash = createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
  insertEvent.run('chat.message.created', 'chat_message', String(id), payload, 'founder', rooms, now, prevHash, hash);
  prevHash = hash;
  return { id, session_id: sessionId, role, content, created_at: now };
});

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const message = ingest(String(body.role), String(body.content));
      res.writeHead(201, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ success: true, duplicate: false, message }));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message }));
    }
  });
});

server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.on('SIGTERM', () => {
  db.close();
  process.exit(0);
});
