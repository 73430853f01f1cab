import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EventRelay } from '../../src/events/event-relay';
import { eventRows, FOUNDER_TOKEN, useTestApp } from '../support/app';
import { ROOT } from '../support/child-server';
import { connectSocket, ReceivedEvent, waitFor } from '../support/socket';

const run = promisify(execFile);

/**
 * The relay pushes rows committed by another process (the CLI) on the same SQLite file, and a
 * reconnect replays them from the table even though this server has written nothing since.
 */
describe('event relay on a shared SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-relay-'));
  const database = join(dir, 'relay.sqlite');
  const t = useTestApp({ env: { DB_DATABASE: database } });
  // Async on purpose: a synchronous spawn would block this process, and with it the relay under test.
  const cli = async (...args: string[]) => {
    const result = await run(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src/cli.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DB_DATABASE: database, AUTH_TOKEN: FOUNDER_TOKEN, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    return { ...result, exitedAt: Date.now() };
  };

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const arrivedAt = (received: ReceivedEvent[], times: Map<number, number>) => () => {
    for (const event of received) if (event.id !== null && !times.has(event.id)) times.set(event.id, Date.now());
    return false;
  };

  it('pushes a CLI token rotation and an events prune to connected sockets within 1 s, in order, once', async () => {
    const { socket, received } = await connectSocket(t.url);
    const times = new Map<number, number>();
    const stamp = arrivedAt(received, times);
    const track = setInterval(stamp, 5);
    try {
      const rotate = await cli('token', '--rotate');
      expect(rotate.stdout).toMatch(/daena_/);
      const [rotation] = (await eventRows(t.dataSource, 'config.updated')).filter((r) => r.entity_id === 'auth.tokens').slice(-1);
      const live = await waitFor(() => received.find((e) => e.id === rotation.id), 1000, 'the rotation pushed live');
      expect(live).toMatchObject({ event_type: 'config.updated', entity_id: 'auth.tokens', actor: 'system' });
      stamp(); // waitFor may see an event before the 5 ms tick stamps it; stamping now can only be later
      expect(times.get(rotation.id)! - rotate.exitedAt).toBeLessThan(1000);

      const prune = await cli('events', '--prune', '--keep', '1');
      expect(prune.stdout).toMatch(/^Pruned \d+ rows/m);
      const [pruned] = await eventRows(t.dataSource, 'events.pruned');
      await waitFor(() => received.find((e) => e.id === pruned.id), 1000, 'the prune pushed live');
      stamp();
      expect(times.get(pruned.id)! - prune.exitedAt).toBeLessThan(1000);

      const ids = received.map((e) => e.id!);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort((a, b) => a - b)).toEqual(ids);
      expect(t.app.get(EventRelay).lastRelayedId).toBe(pruned.id);
    } finally {
      clearInterval(track);
      socket.close();
    }
  }, 60_000);

  it('replays rows another process wrote, from the table, before this server writes anything', async () => {
    const [before] = (await t.dataSource.query('SELECT MAX(id) AS id FROM event_log')) as Array<{ id: number }>;
    await cli('token', '--create', '--role', 'viewer', '--label', 'wall');
    // Connect at once: replay must not stop at what this instance has relayed so far.
    const { socket, received } = await connectSocket(t.url, { last_event_id: before.id });
    socket.close();
    const rows = (await t.dataSource.query('SELECT id FROM event_log WHERE id > ? ORDER BY id', [before.id])) as Array<{ id: number }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(received.map((e) => e.id)).toEqual(rows.map((r) => r.id));
  }, 60_000);
});
