import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search: GIN indexes over the tsvector of message text and session titles. Expression
 * indexes (not stored columns), so the index is maintained by every write in its own transaction and
 * the entities stay as they are. The expression must match SearchRepository's exactly.
 */
export class SearchIndex1795600000000 implements MigrationInterface {
  name = 'SearchIndex1795600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // English stemming with accents folded, as SQLite's `porter unicode61 remove_diacritics 2`.
    // unaccent is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TEXT SEARCH CONFIGURATION daena_search (COPY = english)`);
    await queryRunner.query(`ALTER TEXT SEARCH CONFIGURATION daena_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem`);
    await queryRunner.query(`CREATE INDEX "IDX_chat_messages_search" ON "chat_messages" USING GIN (to_tsvector('daena_search', "content"))`);
    await queryRunner.query(`CREATE INDEX "IDX_chat_sessions_search" ON "chat_sessions" USING GIN (to_tsvector('daena_search', "title"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_chat_sessions_search"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_chat_messages_search"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION IF EXISTS daena_search`);
  }
}
