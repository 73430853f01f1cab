import { DataSource } from 'typeorm';
import { InitialSchema1795500931039 } from '../database/migrations/sqlite/1795500931039-InitialSchema';
import { SQLITE_MIGRATIONS } from '../database/migrations';
import { SearchPrefixIndex1795600000001 } from '../database/migrations/sqlite/1795600000001-SearchPrefixIndex';

/** The migrations up to the search ones (later ones are not under test here). */
const UP_TO_SEARCH = SQLITE_MIGRATIONS.slice(0, SQLITE_MIGRATIONS.indexOf(SearchPrefixIndex1795600000001) + 1);

/** The search migration indexes the rows that were there before it, and its triggers keep the index after. */
describe('SQLite search index migration', () => {
  const open = (migrations: Function[]) => new DataSource({ type: 'better-sqlite3', database: path, migrations, migrationsTransactionMode: 'each' }).initialize();
  const path = `${require('node:os').tmpdir()}/daena-search-migration-${process.pid}.sqlite`;
  afterAll(() => require('node:fs').rmSync(path, { force: true }));

  it('builds the index for existing messages and titles, then follows inserts, edits and deletes', async () => {
    const before = await open([InitialSchema1795500931039]);
    await before.runMigrations();
    await before.query(`INSERT INTO chat_sessions (session_id, title, context) VALUES ('s-1', 'Old lemur notes', '{}')`);
    await before.query(`INSERT INTO chat_messages (session_id, role, content) VALUES ('s-1', 'user', 'an old message about the tapir')`);
    await before.destroy();

    const after = await open(UP_TO_SEARCH);
    expect((await after.runMigrations()).map((m) => m.name)).toEqual(['SearchIndex1795600000000', 'SearchPrefixIndex1795600000001']);
    expect((await after.query(`SELECT sql FROM sqlite_master WHERE name = 'chat_messages_fts'`))[0].sql).toContain("prefix='2 3 4'");
    const match = (table: string, q: string) => after.query(`SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ?`, [q]);
    expect(await match('chat_messages', 'tapir')).toEqual([{ rowid: 1 }]);
    expect(await match('chat_sessions', 'lemur')).toEqual([{ rowid: 1 }]);

    await after.query(`UPDATE chat_messages SET content = 'now about the okapi' WHERE id = 1`);
    expect(await match('chat_messages', 'tapir')).toEqual([]);
    expect(await match('chat_messages', 'okapi')).toEqual([{ rowid: 1 }]);
    await after.query(`UPDATE chat_messages SET status = 'interrupted' WHERE id = 1`);
    expect(await match('chat_messages', 'okapi')).toEqual([{ rowid: 1 }]);
    await after.query(`DELETE FROM chat_messages WHERE id = 1`);
    expect(await match('chat_messages', 'okapi')).toEqual([]);
    // FTS5's own consistency check of an external-content index against its table.
    await after.query(`INSERT INTO chat_messages_fts(chat_messages_fts) VALUES ('integrity-check')`);
    await after.query(`INSERT INTO chat_sessions_fts(chat_sessions_fts) VALUES ('integrity-check')`);

    await after.undoLastMigration();
    expect((await after.query(`SELECT sql FROM sqlite_master WHERE name = 'chat_messages_fts'`))[0].sql).not.toContain('prefix');
    await after.query(`INSERT INTO chat_messages (session_id, role, content) VALUES ('s-1', 'user', 'after the revert, a quagga')`);
    expect(await match('chat_messages', 'quagga')).toEqual([{ rowid: 2 }]);
    await after.undoLastMigration();
    expect(await after.query(`SELECT name FROM sqlite_master WHERE name LIKE '%_fts%'`)).toEqual([]);
    await after.destroy();
  });
});
