import { EventsService } from '../src/events/events.service';
import { useTestApp } from './support/app';

/** One GET /events page is bounded in bytes, not only in rows: huge payloads page on, none lost. */
describe('GET /events page budget', () => {
  const BUDGET = 300_000;
  const t = useTestApp({ env: { EVENTS_PAGE_MAX_BYTES: String(BUDGET) } });

  it('stops a page before the row that would pass EVENTS_PAGE_MAX_BYTES; paging on returns every row once', async () => {
    const events = t.app.get(EventsService);
    const big = 'x'.repeat(100_000);
    const ids: number[] = [];
    for (let i = 0; i < 10; i++) ids.push((await events.publishUncatalogued({ eventType: 'test.big', entityType: 'test', entityId: String(i), payload: { i, big } })).id!);
    await events.publishUncatalogued({ eventType: 'test.big', entityType: 'test', entityId: 'small', payload: { i: 10 } });

    const seen: number[] = [];
    let afterId = ids[0] - 1;
    let pages = 0;
    for (let more = true; more; pages++) {
      const res = await t.api().get(`/api/v1/events?event_type=test.big&limit=1000&after_id=${afterId}`).expect(200);
      expect(res.text.length).toBeLessThanOrEqual(BUDGET + 10_000);
      expect(res.body.events.length).toBeGreaterThanOrEqual(1);
      seen.push(...res.body.events.map((e: { id: number }) => e.id));
      expect(res.body.next_after_id).toBe(seen.at(-1));
      afterId = res.body.next_after_id;
      more = res.body.has_more;
    }
    expect(seen.slice(0, 10)).toEqual(ids);
    expect(seen).toHaveLength(11);
    // 2 rows of ~100 kB fit in 300 kB, a third does not.
    expect(pages).toBe(5);

    // A single row over the budget still comes, alone (a page is never empty while rows remain).
    const huge = await events.publishUncatalogued({ eventType: 'test.huge', entityType: 'test', entityId: 'h', payload: { big: 'y'.repeat(BUDGET * 2) } });
    const alone = await t.api().get(`/api/v1/events?event_type=test.huge&after_id=${huge.id! - 1}`).expect(200);
    expect(alone.body.events.map((e: { id: number }) => e.id)).toEqual([huge.id]);
    expect(alone.body.has_more).toBe(false);
  });
});
