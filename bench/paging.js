'use strict';
// 3. History paging: the newest page of 50 messages, then 20 older pages by cursor (before_id), from a
// session of 1,000 messages and from one of 1,000,000. The messages are bulk-loaded straight into
// the SQLite file while the server is stopped (one transaction, one prepared statement).
const Database = require('better-sqlite3');
const { api, median, nowMs, percentile, round } = require('./lib');

const PAGE = 50;
const OLDER_PAGES = 20;
const WALKS = 6; // the first walk of each session warms up and is not counted

/**
 * Appends `count` messages to each session in one transaction, with one prepared INSERT ... SELECT
 * over a counter (rows built by SQLite, not row by row in JS): alternating user/assistant turns one
 * second apart, as TypeORM would store them. The session rows follow (count, preview).
 */
function bulkLoad(database, sessions) {
  const started = nowMs();
  const db = new Database(database);
  db.pragma('synchronous = OFF');
  const insert = db.prepare(`
    WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < @count)
    INSERT INTO chat_messages (session_id, role, author, content, model, status, created_at, updated_at)
    SELECT @sessionId,
      CASE i % 2 WHEN 0 THEN 'user' ELSE 'assistant' END,
      CASE i % 2 WHEN 0 THEN NULL ELSE 'Daena' END,
      CASE i % 2 WHEN 0 THEN 'Question ' ELSE 'Answer ' END || i || ': the quarterly plan for the marketing department, item ' || (i % 97) || '.',
      CASE i % 2 WHEN 0 THEN NULL ELSE 'qwen2.5:7b-instruct' END,
      'complete',
      strftime('%Y-%m-%d %H:%M:%f', @base + i, 'unixepoch'),
      strftime('%Y-%m-%d %H:%M:%f', @base + i, 'unixepoch')
    FROM n`);
  const bump = db.prepare(`
    UPDATE chat_sessions SET message_count = message_count + @count, updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now'),
      last_message_preview = (SELECT substr(content, 1, 100) FROM chat_messages WHERE session_id = @sessionId ORDER BY id DESC LIMIT 1)
    WHERE session_id = @sessionId`);
  db.transaction(() => {
    for (const { sessionId, count } of sessions) {
      const params = { sessionId, count, base: Math.floor(Date.now() / 1000) - count };
      if (insert.run(params).changes !== count) throw new Error(`bulk load of ${sessionId} inserted the wrong number of rows`);
      bump.run(params);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return nowMs() - started;
}

/**
 * One walk: the newest page, then up to OLDER_PAGES pages by before_id; returns each page's time (ms).
 * A session of 1,000 messages holds only 20 pages of 50: its walk ends with its oldest page.
 */
async function walk(url, sessionId) {
  const times = [];
  const seen = new Set();
  let beforeId;
  for (let i = 0; i <= OLDER_PAGES; i++) {
    const query = `limit=${PAGE}${beforeId ? `&before_id=${beforeId}` : ''}`;
    const started = nowMs();
    const page = await api(url, 'GET', `/api/v1/chat-history/sessions/${sessionId}/messages?${query}`);
    times.push(nowMs() - started);
    if (page.messages.length !== PAGE) throw new Error(`page ${i} of ${sessionId}: ${page.messages.length} messages`);
    for (const m of page.messages) {
      if (seen.has(m.id) || (beforeId && m.id >= beforeId)) throw new Error(`page ${i} of ${sessionId} repeats or skips back (id ${m.id})`);
      seen.add(m.id);
    }
    if (!page.has_more) break;
    beforeId = page.next_before_id;
  }
  return times;
}

async function run({ server, small, big }) {
  const times = { small: [], big: [] };
  for (let w = 0; w < WALKS; w++) {
    // Alternate the two sessions so that machine noise hits both alike.
    for (const [name, sessionId] of [['small', small.sessionId], ['big', big.sessionId]]) {
      const t = await walk(server.url, sessionId);
      if (w > 0) times[name].push(...t);
    }
  }
  const smallMedian = median(times.small);
  const bigMedian = median(times.big);
  return {
    page_size: PAGE,
    pages_per_walk_small: Math.min(OLDER_PAGES + 1, small.count / PAGE),
    pages_per_walk_big: Math.min(OLDER_PAGES + 1, big.count / PAGE),
    walks_counted: WALKS - 1,
    small_messages: small.count,
    big_messages: big.count,
    small_median_ms: round(smallMedian),
    big_median_ms: round(bigMedian),
    small_p99_ms: round(percentile(times.small, 99)),
    big_p99_ms: round(percentile(times.big, 99)),
    ratio_big_small: round(bigMedian / smallMedian),
  };
}

module.exports = { bulkLoad, run };
