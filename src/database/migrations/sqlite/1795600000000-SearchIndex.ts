import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search: FTS5 external-content tables over message text and session titles, kept by
 * triggers, so every write path (whoever issues it, in whatever transaction) updates the index in
 * that same transaction. `rebuild` indexes the rows that exist already.
 *
 * A later migration that rebuilds chat_messages or chat_sessions (TypeORM's temporary-table copy)
 * drops these triggers with the table: it must re-create them (see docs/search.md).
 */
export class SearchIndex1795600000000 implements MigrationInterface {
  name = 'SearchIndex1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of SEARCHED) {
      const fts = `${table}_fts`;
      await queryRunner.query(
        `CREATE VIRTUAL TABLE "${fts}" USING fts5("${column}", content='${table}', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${fts}_insert" AFTER INSERT ON "${table}" BEGIN INSERT INTO "${fts}"(rowid, "${column}") VALUES (new.id, new."${column}"); END`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${fts}_delete" AFTER DELETE ON "${table}" BEGIN INSERT INTO "${fts}"("${fts}", rowid, "${column}") VALUES ('delete', old.id, old."${column}"); END`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${fts}_update" AFTER UPDATE OF "${column}" ON "${table}" BEGIN ` +
          `INSERT INTO "${fts}"("${fts}", rowid, "${column}") VALUES ('delete', old.id, old."${column}"); ` +
          `INSERT INTO "${fts}"(rowid, "${column}") VALUES (new.id, new."${column}"); END`,
      );
      await queryRunner.query(`INSERT INTO "${fts}"("${fts}") VALUES ('rebuild')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of SEARCHED) {
      const fts = `${table}_fts`;
      for (const suffix of ['insert', 'delete', 'update']) await queryRunner.query(`DROP TRIGGER IF EXISTS "${fts}_${suffix}"`);
      await queryRunner.query(`DROP TABLE IF EXISTS "${fts}"`);
    }
  }
}

const SEARCHED: Array<[string, string]> = [
  ['chat_messages', 'content'],
  ['chat_sessions', 'title'],
];
