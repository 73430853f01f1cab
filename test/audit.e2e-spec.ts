import { AuthService } from '../src/auth/auth.service';
import { UnitOfWork } from '../src/database/unit-of-work';
import { AuditRepository } from '../src/audit/audit.repository';
import { EventsService } from '../src/events/events.service';
import { expectErrorBody, useTestApp } from './support/app';

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF), enough to read the export back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

interface Row {
  id: number;
  event_type: string;
  entity_type: string;
  entity_id: string | null;
  payload: Record<string, unknown>;
  actor: string;
  created_at: string;
  rooms: string[];
  prev_hash: string;
  hash: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('audit (event log, founder only)', () => {
  const t = useTestApp();
  let events: EventsService;
  let before: Date;
  let middle: Date;
  const TRICKY = 'Hello, "world"\nsecond line, with a comma; and a \\ backslash';
  const ODD_ID = 'odd, "id"\r\nline two';

  beforeAll(async () => {
    events = t.app.get(EventsService);
    before = new Date();
    await sleep(5);
    for (let i = 0; i < 4; i++) {
      await events.publishUncatalogued({ eventType: 'audit_test.created', entityType: 'audit_test', entityId: `a${i}`, actor: 'alice', payload: { i } });
    }
    await events.publishUncatalogued({ eventType: 'audit_test.noted', entityType: 'audit_note', entityId: 'n1', actor: 'bob', payload: { message: TRICKY } });
    // A raw (not JSON-encoded) column with a comma, quotes and a line break.
    await events.publishUncatalogued({ eventType: 'audit_test.noted', entityType: 'audit_note', entityId: ODD_ID, actor: 'bob', payload: {} });
    await sleep(20);
    middle = new Date();
    await sleep(20);
    for (let i = 0; i < 3; i++) {
      await events.publishUncatalogued({ eventType: 'audit_test.updated', entityType: 'audit_test', entityId: 'a0', actor: 'bob', payload: { i } });
    }
  });

  const get = (path: string) => t.api().get(`/api/v1/audit/${path}`);
  const dbIds = async (where: string, params: unknown[] = []) =>
    ((await t.dataSource.query(`SELECT id FROM event_log WHERE ${where} ORDER BY id DESC`, params)) as Array<{ id: number }>).map((r) => r.id);

  it('filters by actor, event type (exact, prefix, list), entity and time', async () => {
    const byActor = await get('events?actor=alice').expect(200);
    expect(byActor.body.events.map((e: Row) => e.id)).toEqual(await dbIds('actor = ?', ['alice']));
    expect(byActor.body.total).toBe(4);
    expect(byActor.body.events.every((e: Row) => e.actor === 'alice' && e.event_type === 'audit_test.created')).toBe(true);

    const exact = await get('events?event_type=audit_test.updated').expect(200);
    expect(exact.body.events.map((e: Row) => e.id)).toEqual(await dbIds("event_type = 'audit_test.updated'"));
    expect(exact.body.total).toBe(3);

    const prefix = await get('events?event_type=audit_test.*').expect(200);
    expect(prefix.body.total).toBe(9);
    // `_` is not a LIKE wildcard here: `audit_test.*` must not match `auditXtest.…`.
    await events.publishUncatalogued({ eventType: 'auditxtest.created', entityType: 'audit_test', actor: 'carol' });
    expect((await get('events?event_type=audit_test.*').expect(200)).body.total).toBe(9);

    const list = await get('events?event_type=audit_test.noted,audit_test.updated').expect(200);
    expect(list.body.total).toBe(5);

    const entity = await get('events?entity_type=audit_test&entity_id=a0').expect(200);
    expect(entity.body.events.map((e: Row) => e.id)).toEqual(await dbIds("entity_type = 'audit_test' AND entity_id = 'a0'"));
    expect(entity.body.total).toBe(4);

    const early = await get(`events?event_type=audit_test.*&since=${before.toISOString()}&until=${middle.toISOString()}`).expect(200);
    expect(early.body.events.map((e: Row) => e.event_type).sort()).toEqual([...Array(4).fill('audit_test.created'), 'audit_test.noted', 'audit_test.noted']);
    const late = await get(`events?event_type=audit_test.*&since=${middle.toISOString()}`).expect(200);
    expect(late.body.events.map((e: Row) => e.event_type)).toEqual(Array(3).fill('audit_test.updated'));

    // Envelope plus what the hash covers.
    const row = late.body.events[0] as Row;
    const [stored] = await t.dataSource.query('SELECT prev_hash, hash FROM event_log WHERE id = ?', [row.id]);
    expect(row).toMatchObject({ entity_type: 'audit_test', entity_id: 'a0', actor: 'bob', payload: { i: 2 }, rooms: ['all'], prev_hash: stored.prev_hash, hash: stored.hash });
  });

  it('pages newest first with a keyset cursor, each row exactly once', async () => {
    // Rows land while paging: they are newer than the cursor, so they neither repeat nor shift the pages.
    const expected = await dbIds('1 = 1');
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `events?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await get(query).expect(200);
      expect(page.body.events.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.events.map((e: Row) => e.id));
      cursor = page.body.next_cursor;
      if (pages === 0) await events.publishUncatalogued({ eventType: 'audit_test.created', entityType: 'audit_test', actor: 'alice' });
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(2);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('counts by type, by actor and per hour', async () => {
    const stats = await get(`stats?since=${before.toISOString()}`).expect(200);
    const typed = (await t.dataSource.query('SELECT event_type, COUNT(*) AS n FROM event_log WHERE created_at >= ? GROUP BY event_type', [
      before.toISOString().replace('T', ' ').replace('Z', ''),
    ])) as Array<{ event_type: string; n: number }>;
    expect(stats.body.by_type).toEqual(Object.fromEntries(typed.map((r) => [r.event_type, r.n])));
    expect(stats.body.by_type['audit_test.created']).toBe(5);
    expect(stats.body.by_actor).toMatchObject({ alice: 5, bob: 5, carol: 1 });
    expect(stats.body.total).toBe(typed.reduce((a, r) => a + r.n, 0));
    const hours = stats.body.per_hour as Array<{ hour: string; count: number }>;
    expect(hours.reduce((a, h) => a + h.count, 0)).toBe(stats.body.total);
    const thisHour = new Date(before);
    thisHour.setUTCMinutes(0, 0, 0);
    expect(hours[0].hour).toBe(thisHour.toISOString());
    expect(stats.body.since).toBe(before.toISOString());

    const empty = await get(`stats?since=${middle.toISOString()}&until=${middle.toISOString()}`).expect(200);
    expect(empty.body).toMatchObject({ total: 0, by_type: {}, by_actor: {}, per_hour: [] });
  });

  it('exports CSV and JSONL that parse back to the same rows (escaping included)', async () => {
    const listed = (await get('events?event_type=audit_test.*&limit=1000').expect(200)).body.events.reverse() as Row[];

    const csv = await get('export?format=csv&event_type=audit_test.*').responseType('blob').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="daena-audit-[\dTZ-]+\.csv"$/);
    const [header, ...records] = parseCsv(text(csv.body));
    expect(header).toEqual(['id', 'created_at', 'event_type', 'entity_type', 'entity_id', 'actor', 'payload', 'rooms', 'prev_hash', 'hash']);
    const fromCsv = records.map((r) => {
      const o = Object.fromEntries(header.map((h, i) => [h, r[i]]));
      return { ...(o as unknown as Row), id: Number(o.id), entity_id: o.entity_id === '' ? null : o.entity_id, payload: JSON.parse(o.payload), rooms: JSON.parse(o.rooms) };
    });
    expect(fromCsv).toEqual(listed);
    expect(fromCsv.find((r) => r.event_type === 'audit_test.noted')?.payload).toEqual({ message: TRICKY });
    expect(text(csv.body)).toContain('\\""world\\""');
    expect(text(csv.body)).toContain(',"odd, ""id""\r\nline two",');
    expect(fromCsv.find((r) => r.entity_id === ODD_ID)).toBeDefined();

    const jsonl = await get('export?format=jsonl&event_type=audit_test.*').responseType('blob').expect(200);
    expect(jsonl.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(jsonl.headers['content-disposition']).toMatch(/\.jsonl"$/);
    const lines = text(jsonl.body).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(listed);
  });

  it('streams an export larger than one batch, ascending, every row once', async () => {
    const uow = t.app.get(UnitOfWork);
    await uow.write(async () => {
      for (let i = 0; i < 1200; i++) await events.publishUncatalogued({ eventType: 'audit_bulk.created', entityType: 'audit_bulk', entityId: String(i), actor: 'bulk' });
    });
    const res = await get('export?format=jsonl').responseType('blob').expect(200);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const ids = text(res.body).trim().split('\n').map((l) => (JSON.parse(l) as Row).id);
    expect(ids).toEqual((await dbIds('1 = 1')).reverse());
    // Batches are read lazily, and rows added after the first read are not part of the snapshot.
    const rows = t.app.get(AuditRepository).streamRows({ actor: 'bulk' }, 100);
    expect((await rows.next()).value).toMatchObject({ entityId: '0' });
    await events.publishUncatalogued({ eventType: 'audit_bulk.created', entityType: 'audit_bulk', entityId: 'late', actor: 'bulk' });
    let streamed = 1;
    for await (const row of rows) streamed += row.entityId === 'late' ? 1000 : 1;
    expect(streamed).toBe(1200);
    const all = await get('export?actor=bulk').responseType('blob').expect(200);
    expect(parseCsv(text(all.body))).toHaveLength(1202);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of [
      'events?since=yesterday',
      'events?until=2026-13-45T00:00:00Z',
      'events?since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z',
      'events?cursor=not-a-cursor',
      'events?limit=0',
      'events?event_type=DROP TABLE',
      'stats?since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z',
      'stats?until=nope',
      'export?format=xml',
      'export?format=csv&since=2026-02-01T00:00:00Z&until=2026-01-01T00:00:00Z',
      'events?unknown=1',
    ]) {
      const res = await get(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expectErrorBody(res.body, 400);
    }
  });

  it('is founder only: 401 without a token, 403 for a viewer', async () => {
    const viewer = await t.app.get(AuthService).createToken('viewer', null);
    for (const path of ['events', 'stats', 'export', 'export?format=jsonl', 'verify']) {
      expectErrorBody((await t.api(viewer).get(`/api/v1/audit/${path}`).expect(403)).body, 403);
      await t.api(null).get(`/api/v1/audit/${path}`).expect(401);
    }
  });

  // Last: it breaks the chain of this app's database.
  it('verifies the hash chain and names the first tampered row', async () => {
    const ok = await get('verify').expect(200);
    const [{ n, last }] = await t.dataSource.query('SELECT COUNT(*) AS n, MAX(id) AS last FROM event_log');
    expect(ok.body).toEqual({ ok: true, checked: n, last_event_id: last, first_broken_id: null, reason: null });

    const [victim] = await t.dataSource.query("SELECT id FROM event_log WHERE event_type = 'audit_test.noted' AND entity_id = 'n1'");
    await t.dataSource.query('UPDATE event_log SET payload = ? WHERE id = ?', [JSON.stringify({ message: 'rewritten' }), victim.id]);
    const broken = await get('verify').expect(200);
    expect(broken.body).toMatchObject({ ok: false, first_broken_id: victim.id, checked: victim.id - 1, reason: 'hash does not match the row content' });
  });
});

/** Exports are read as raw bytes (`responseType('blob')`), whatever their content type. */
function text(body: unknown): string {
  return (body as Buffer).toString('utf8');
}
