import { Client } from 'pg';
import { pgCreateDatabase, pgDatabaseUrl, pgDropDatabase } from '../support/postgres';
import { searchScenarios } from '../support/search-scenarios';

/**
 * Needs PostgreSQL (PG_TEST_URL, default postgres://postgres@127.0.0.1:5432/postgres): run with
 * `npm run test:pg`. The same scenarios as test/search.e2e-spec.ts, over tsvector + GIN.
 */
const DB_NAME = `daena_search_pg_${process.pid}`;

describe('GET /api/v1/search on PostgreSQL (tsvector + GIN), needs PostgreSQL', () => {
  searchScenarios(
    async () => ({ DB_TYPE: 'postgres', DB_URL: await pgCreateDatabase(DB_NAME) }),
    () => pgDropDatabase(DB_NAME),
  );

  it('is served by the GIN indexes', async () => {
    const client = new Client({ connectionString: pgDatabaseUrl(DB_NAME) });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT indexname FROM pg_indexes WHERE indexname IN ('IDX_chat_messages_search', 'IDX_chat_sessions_search') ORDER BY 1`);
      expect(rows.map((r) => r.indexname)).toEqual(['IDX_chat_messages_search', 'IDX_chat_sessions_search']);
    } finally {
      await client.end();
    }
  });
});
