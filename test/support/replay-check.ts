import { UnitOfWork } from '../../src/database/unit-of-work';
import { EventsService } from '../../src/events/events.service';
import { TestApp } from './app';
import { connectSocket, waitFor } from './socket';

/**
 * Connects a socket 3,000 events behind while events keep being committed, and asserts that it
 * receives every event exactly once, in ascending order, with live ones among them.
 */
export async function expectReplayWithoutInterleaving(t: TestApp): Promise<void> {
  const events = t.app.get(EventsService);
  const from = (await t.api().get('/api/v1/events/stats')).body.latest_event_id as number;
  await t.app.get(UnitOfWork).write(async () => {
    for (let i = 0; i < 3000; i++) await events.publishUncatalogued({ eventType: 'test.backlog.created', entityType: 'test', entityId: i });
  });
  let writing = true;
  const writer = (async () => {
    let i = 0;
    while (writing) {
      await events.publishUncatalogued({ eventType: 'test.live.created', entityType: 'test', entityId: i++ });
      // Let the socket's handshake and replay run between commits.
      await new Promise((r) => setImmediate(r));
    }
  })();
  const { socket, received } = await connectSocket(t.url, { last_event_id: from });
  await new Promise((r) => setTimeout(r, 200));
  writing = false;
  await writer;
  const latest = (await t.api().get('/api/v1/events/stats')).body.latest_event_id as number;
  await waitFor(() => received.at(-1)?.id === latest, 10_000, 'the last event');
  socket.close();
  expect(received.some((e) => e.event_type === 'test.live.created')).toBe(true);
  expect(received.map((e) => e.id)).toEqual(Array.from({ length: latest - from }, (_, i) => from + i + 1));
}
