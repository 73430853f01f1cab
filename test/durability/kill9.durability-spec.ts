import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ChildServer, ROOT, runCli, startChildServer } from '../support/child-server';
import { FakeOllama } from '../support/fake-ollama';

/**
 * Nothing acknowledged is lost: the built server, on a file database, takes chat traffic from
 * concurrent clients and is SIGKILLed at a random moment, then restarted on the same file; every
 * acknowledged (2xx) message must be there, unchanged, with its event, once, on a verifiable chain.
 * A second process writes the same file meanwhile: the built CLI's `token --create` runs in a loop
 * during every round; each run must succeed (no "database is locked") and its token must work after
 * the restart. `npm run test:durability` (builds first). DURABILITY_SEED replays a run; DURABILITY_ROUNDS.
 */

const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 5);
const CLIENTS = 8;
const SEED = Number(process.env.DURABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
// Not imported from support/app: this spec never loads the app in-process, only the built one.
const FOUNDER_TOKEN = 'durability-founder-token-0123456789';
const REPLY_TOKENS = Array.from({ length: 20 }, (_, i) => `tok${i} `);

type Kind = 'history' | 'daena' | 'agent';

interface Send {
  round: number;
  kind: Kind;
  sessionId: string;
  clientMessageId: string;
  content: string;
}

interface Ack extends Send {
  userMessageId: number;
  /** The reply the caller was given (LLM paths only). */
  reply?: { id: number; content: string; status: string };
}

interface MessageRow {
  id: number;
  session_id: string;
  role: string;
  content: string;
  status: string;
  client_message_id: string | null;
  reply_to_id: number | null;
}

/** mulberry32: a seeded generator, so that a failing run can be replayed with DURABILITY_SEED. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('durability under kill -9', () => {
  // Separate streams, so that the kill moments replay exactly with the same seed.
  const killRandom = seeded(SEED);
  const random = seeded(SEED ^ 0x5bd1e995);
  const dir = mkdtempSync(join(tmpdir(), 'daena-durability-'));
  const dbFile = join(dir, 'daena.sqlite');
  const acks: Ack[] = [];
  /** Tokens the CLI printed (acknowledged CLI writes), by label. */
  const cliTokens = new Map<string, string>();
  const cliFailures: string[] = [];
  const figures = { cliWrites: 0, roundsKilled: 0, acknowledged: 0, retriedUnacknowledged: 0, interruptedAtBoot: 0, lost: 0, duplicates: 0, byKind: { history: 0, daena: 0, agent: 0 } };
  let fake: FakeOllama;
  let server: ChildServer | null = null;

  const env = () => ({
    DB_DATABASE: dbFile,
    AUTH_TOKEN: FOUNDER_TOKEN,
    OLLAMA_BASE_URL: fake.url,
    STREAM_CHECKPOINT_MS: '100',
    OLLAMA_CONCURRENCY: '4',
    THROTTLE_LIMIT: '100000',
    THROTTLE_CHAT_LIMIT: '100000',
  });

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const res = await fetch(`${server!.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${FOUNDER_TOKEN}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    // Acknowledged means the whole answer arrived: a body cut by the kill throws here.
    return { status: res.status, body: await res.json() };
  }

  function request(send: Send) {
    if (send.kind === 'history') {
      return call('POST', `/api/v1/chat-history/sessions/${send.sessionId}/messages`, { role: 'user', content: send.content, client_message_id: send.clientMessageId });
    }
    const path = send.kind === 'daena' ? '/api/v1/daena/chat' : '/api/v1/agents/A11/chat';
    return call('POST', path, { message: send.content, session_id: send.sessionId, client_message_id: send.clientMessageId });
  }

  function toAck(send: Send, body: any): Ack {
    if (send.kind === 'history') return { ...send, userMessageId: body.message.id };
    return { ...send, userMessageId: body.user_message_id, reply: { id: body.message_id, content: body.response, status: body.status } };
  }

  /** One session per client and kind, found again by thread key after every restart. */
  async function sessionsFor(client: number): Promise<Record<Kind, string>> {
    const scopes: Record<Kind, Record<string, string>> = {
      history: { scope_type: 'general' },
      daena: { scope_type: 'executive' },
      agent: { scope_type: 'agent', scope_id: 'A11' },
    };
    const ids = {} as Record<Kind, string>;
    for (const kind of Object.keys(scopes) as Kind[]) {
      const res = await call('POST', '/api/v1/chat-history/get-or-create-session', { ...scopes[kind], thread_key: `durability-${client}` });
      expect(res.status).toBe(200);
      ids[kind] = res.body.session_id;
    }
    return ids;
  }

  /** One `token --create` by the built CLI on the server's database file; resolves once it exited. */
  async function cliCreate(label: string): Promise<void> {
    const { code, output } = await runCli(['token', '--create', '--role', 'viewer', '--label', label], { DB_DATABASE: dbFile, AUTH_TOKEN: FOUNDER_TOKEN }, { compiled: true });
    const token = /shown once\):\s*(\S+)/.exec(output)?.[1];
    if (code === 0 && token) {
      cliTokens.set(label, token);
      figures.cliWrites += 1;
    } else cliFailures.push(`${label}: exit ${code}: ${output.slice(0, 500)}`);
  }

  /** Clients send until the process dies; returns the sends that got no answer. */
  async function load(round: number, sessions: Array<Record<Kind, string>>, killAfterMs: number) {
    const unanswered: Send[] = [];
    const refused: string[] = [];
    let alive = true;
    const clients = sessions.map(async (ids, client) => {
      for (let seq = 0; alive; seq++) {
        const pick = random();
        const kind: Kind = pick < 0.5 ? 'history' : pick < 0.75 ? 'daena' : 'agent';
        const send: Send = {
          round,
          kind,
          sessionId: ids[kind],
          clientMessageId: `r${round}-c${client}-${seq}`,
          content: `round ${round} client ${client} message ${seq} ${'x'.repeat(Math.floor(random() * 200))}`,
        };
        try {
          const res = await request(send);
          if (res.status >= 200 && res.status < 300) {
            acks.push(toAck(send, res.body));
            figures.acknowledged += 1;
            figures.byKind[kind] += 1;
          } else refused.push(`${send.clientMessageId}: ${res.status} ${JSON.stringify(res.body)}`);
        } catch {
          unanswered.push(send);
          return;
        }
      }
    });
    // The CLI writes the same file while the clients do (and across the kill: its run is awaited).
    let firstCliWrite!: () => void;
    const cliWrote = new Promise<void>((resolve) => (firstCliWrite = resolve));
    const cliWriter = (async () => {
      for (let n = 0; alive; n++) {
        await cliCreate(`durability-r${round}-${n}`);
        firstCliWrite();
      }
    })();
    // The kill waits for at least one CLI write, so that every round has one under the load.
    await Promise.all([sleep(killAfterMs), cliWrote]);
    server!.process.kill('SIGKILL');
    alive = false;
    expect(await server!.exited).toBe('SIGKILL');
    await Promise.all([...clients, cliWriter]);
    expect(cliFailures).toEqual([]);
    // While the process was alive, nothing was refused.
    expect(refused).toEqual([]);
    return unanswered;
  }

  function verify(db: Database.Database) {
    const message = db.prepare('SELECT id, session_id, role, content, status, client_message_id, reply_to_id FROM chat_messages WHERE id = ?');
    const created = db.prepare("SELECT payload FROM event_log WHERE event_type = 'chat.message.created' AND entity_id = ?");
    const finalEvent = db.prepare("SELECT payload FROM event_log WHERE event_type LIKE 'chat.message.%' AND entity_id = ? ORDER BY id DESC LIMIT 1");
    const lost: string[] = [];
    for (const ack of acks) {
      const user = message.get(ack.userMessageId) as MessageRow | undefined;
      const expected = { id: ack.userMessageId, session_id: ack.sessionId, role: 'user', content: ack.content, client_message_id: ack.clientMessageId };
      if (!user || Object.entries(expected).some(([k, v]) => user[k as keyof MessageRow] !== v)) {
        lost.push(`${ack.clientMessageId}: user message ${ack.userMessageId} ${user ? 'changed' : 'missing'}`);
        continue;
      }
      const events = created.all(String(user.id)) as Array<{ payload: string }>;
      if (events.length !== 1 || JSON.parse(events[0].payload).content !== ack.content) lost.push(`${ack.clientMessageId}: ${events.length} created event(s) for ${user.id}`);
      if (!ack.reply) continue;
      const reply = message.get(ack.reply.id) as MessageRow | undefined;
      if (!reply || reply.role !== 'assistant' || reply.reply_to_id !== user.id || reply.content !== ack.reply.content || reply.status !== ack.reply.status) {
        lost.push(`${ack.clientMessageId}: reply ${ack.reply.id} ${reply ? `changed (acknowledged ${ack.reply.status} ${ack.reply.content.length} chars, stored ${reply.status} ${reply.content.length} chars)` : 'missing'}`);
        continue;
      }
      if ((created.all(String(reply.id)) as unknown[]).length !== 1) lost.push(`${ack.clientMessageId}: no single created event for reply ${reply.id}`);
      const last = finalEvent.get(String(reply.id)) as { payload: string } | undefined;
      const lastPayload = last ? JSON.parse(last.payload) : null;
      if (lastPayload?.status !== ack.reply.status || lastPayload?.content !== ack.reply.content) lost.push(`${ack.clientMessageId}: last event of reply ${reply.id} is not its final state`);
    }
    const duplicates = [
      ...db.prepare('SELECT session_id, client_message_id, COUNT(*) AS n FROM chat_messages WHERE client_message_id IS NOT NULL GROUP BY 1, 2 HAVING n > 1').all(),
      ...db.prepare("SELECT reply_to_id, COUNT(*) AS n FROM chat_messages WHERE role = 'assistant' AND reply_to_id IS NOT NULL GROUP BY 1 HAVING n > 1").all(),
      ...db.prepare("SELECT entity_id, COUNT(*) AS n FROM event_log WHERE event_type = 'chat.message.created' GROUP BY 1 HAVING n > 1").all(),
    ];
    // The outbox holds: no row without its created event, no created event without its row.
    const orphans = db
      .prepare(
        `SELECT 'row' AS what, id FROM chat_messages m WHERE NOT EXISTS
           (SELECT 1 FROM event_log e WHERE e.event_type = 'chat.message.created' AND e.entity_id = CAST(m.id AS TEXT))
         UNION ALL
         SELECT 'event', entity_id FROM event_log e WHERE e.event_type = 'chat.message.created' AND NOT EXISTS
           (SELECT 1 FROM chat_messages m WHERE CAST(m.id AS TEXT) = e.entity_id)`,
      )
      .all();
    const badCounts = db
      .prepare('SELECT session_id, message_count FROM chat_sessions s WHERE message_count != (SELECT COUNT(*) FROM chat_messages m WHERE m.session_id = s.session_id)')
      .all();
    const streaming = (db.prepare("SELECT COUNT(*) AS n FROM chat_messages WHERE status = 'streaming'").get() as { n: number }).n;
    return { lost, duplicates, orphans, badCounts, streaming };
  }

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/src/main.js'))) throw new Error('dist/src/main.js is missing: run `npm run test:durability` (it builds first)');
    fake = await FakeOllama.start();
    fake.setReply(REPLY_TOKENS, 2);
    server = await startChildServer(env(), { compiled: true });
  });

  afterAll(async () => {
    if (server && server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
    process.stdout.write(
      `\ndurability: seed ${SEED}, ${figures.roundsKilled} round(s) killed (SIGKILL), ${figures.acknowledged} messages acknowledged under load ` +
        `(and ${figures.cliWrites} CLI token --create runs during it, ${cliFailures.length} failed) ` +
        `(history ${figures.byKind.history}, daena ${figures.byKind.daena}, agent ${figures.byKind.agent}), ` +
        `${figures.retriedUnacknowledged} unanswered sends retried (each stored once), ${figures.interruptedAtBoot} replies interrupted at boot, ` +
        `lost ${figures.lost}, duplicates ${figures.duplicates}\n`,
    );
  });

  it(`keeps every acknowledged message through ${ROUNDS} kill -9 / restart rounds`, async () => {
    for (let round = 1; round <= ROUNDS; round++) {
      const sessions = [];
      for (let client = 0; client < CLIENTS; client++) sessions.push(await sessionsFor(client));
      const acksBefore = acks.length;
      const unanswered = await load(round, sessions, 500 + Math.floor(killRandom() * 2000));
      figures.roundsKilled += 1;
      // The round proves something only if the kill came with traffic under way.
      expect(acks.length).toBeGreaterThan(acksBefore);
      expect(unanswered.length).toBeGreaterThan(0);

      server = await startChildServer(env(), { compiled: true });
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        const result = verify(db);
        figures.lost = result.lost.length;
        figures.duplicates = result.duplicates.length;
        expect(result).toEqual({ lost: [], duplicates: [], orphans: [], badCounts: [], streaming: 0 });
        figures.interruptedAtBoot = (db.prepare("SELECT COUNT(*) AS n FROM event_log WHERE event_type = 'chat.message.interrupted' AND actor = 'system'").get() as { n: number }).n;

        const chain = await call('GET', '/api/v1/audit/verify');
        const events = (db.prepare('SELECT COUNT(*) AS n FROM event_log WHERE id <= ?').get(chain.body.last_event_id) as { n: number }).n;
        expect(chain.body).toMatchObject({ ok: true, first_broken_id: null, checked: events });
        // Every token the CLI acknowledged (printed) is stored and works against the restarted server.
        for (const [label, token] of cliTokens) {
          const res = await fetch(`${server!.url}/api/v1/departments`, { headers: { Authorization: `Bearer ${token}` } });
          expect([label, res.status]).toEqual([label, 200]);
          await res.arrayBuffer();
        }

        // A retry of an acknowledged send returns the first result, and stores nothing.
        for (const ack of acks.slice(acksBefore)) {
          const again = await request(ack);
          expect(again.status).toBeLessThan(300);
          expect(again.body.duplicate).toBe(true);
          expect(toAck(ack, again.body)).toEqual(ack);
        }
        // A retry of a send that got no answer lands exactly once, whether or not the first try committed.
        for (const send of unanswered) {
          const res = await request(send);
          expect(res.status).toBeLessThan(300);
          acks.push(toAck(send, res.body));
          figures.retriedUnacknowledged += 1;
        }
        const sentIds = [...acks.slice(acksBefore).map((a) => a.clientMessageId)];
        const counts = db.prepare('SELECT client_message_id AS id, COUNT(*) AS n FROM chat_messages WHERE client_message_id LIKE ? GROUP BY 1').all(`r${round}-%`) as Array<{
          id: string;
          n: number;
        }>;
        expect(counts.filter((c) => c.n !== 1)).toEqual([]);
        expect(counts.map((c) => c.id).sort()).toEqual([...new Set(sentIds)].sort());
        expect(verify(db)).toEqual({ lost: [], duplicates: [], orphans: [], badCounts: [], streaming: 0 });
      } finally {
        db.close();
      }
    }

    expect(figures.roundsKilled).toBe(ROUNDS);
    expect(ROUNDS).toBeGreaterThan(0);
    // The last server stops cleanly.
    server!.process.kill('SIGTERM');
    expect(await server!.exited).toBe(0);
  }, 300_000);
});
