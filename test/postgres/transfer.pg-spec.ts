import request from 'supertest';
import { EventsService } from '../../src/events/events.service';
import { createTestApp, FOUNDER_TOKEN, TestApp } from '../support/app';
import { pgCreateDatabase, pgDatabaseUrl as urlOf, pgDropDatabase } from '../support/postgres';

/**
 * Needs PostgreSQL (PG_TEST_URL, default postgres://postgres@127.0.0.1:5432/postgres): run with
 * `npm run test:pg`. Export from PostgreSQL, restore into PostgreSQL and into SQLite.
 */
const SOURCE_DB = `daena_transfer_src_${process.pid}`;
const TARGET_DB = `daena_transfer_dst_${process.pid}`;

const exportOf = async (t: TestApp) =>
  (
    await t
      .api()
      .get('/api/v1/founder/export')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => done(null, text));
      })
      .expect(200)
  ).body as string;
const sectionsOf = (bundle: string) => bundle.trimEnd().split('\n').filter((l) => !l.startsWith('{"bundle"') && !l.startsWith('{"manifest"'));
const upload = (t: TestApp, body: string) =>
  request(t.url).post('/api/v1/founder/import').set('Authorization', `Bearer ${FOUNDER_TOKEN}`).set('Content-Type', 'application/x-ndjson').send(body);

describe('export / import on PostgreSQL, needs PostgreSQL', () => {
  let source: TestApp;
  let bundle: string;

  beforeAll(async () => {
    for (const db of [SOURCE_DB, TARGET_DB]) await pgCreateDatabase(db);
    source = await createTestApp({ DB_TYPE: 'postgres', DB_URL: urlOf(SOURCE_DB) });
    await source.api().post('/api/v1/daena/chat').send({ message: 'Plan the tapir launch' }).expect(200);
    await source.api().post('/api/v1/tasks').send({ owner_type: 'agent', owner_id: 'A11', title: 'Brief' }).expect(201);
    bundle = await exportOf(source);
  }, 60_000);
  afterAll(async () => {
    await source?.close();
    for (const db of [SOURCE_DB, TARGET_DB]) await pgDropDatabase(db);
  });

  it('restores into an empty PostgreSQL database: identical re-export, chain intact, sequences continue', async () => {
    const target = await createTestApp({ DB_TYPE: 'postgres', DB_URL: urlOf(TARGET_DB), SEED_ON_START: 'false' });
    try {
      expect((await upload(target, bundle).expect(200)).body).toMatchObject({ mode: 'restore', conflicts_total: 0 });
      expect(sectionsOf(await exportOf(target))).toEqual(sectionsOf(bundle));
      expect(await target.app.get(EventsService).verifyChain()).toMatchObject({ ok: true });
      await target.api().post('/api/v1/daena/chat').send({ message: 'after the restore' }).expect(200);
      const found = await target.api().get('/api/v1/search').query({ q: 'tapir' }).expect(200);
      expect(found.body.results.length).toBeGreaterThan(0);
    } finally {
      await target.close();
    }
  });

  it('restores a PostgreSQL bundle into SQLite with identical sections', async () => {
    const target = await createTestApp({ DB_TYPE: 'better-sqlite3', SEED_ON_START: 'false' });
    try {
      expect((await upload(target, bundle).expect(200)).body).toMatchObject({ mode: 'restore' });
      expect(sectionsOf(await exportOf(target))).toEqual(sectionsOf(bundle));
    } finally {
      await target.close();
    }
  });
});
