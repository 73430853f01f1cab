import { MigrationInterface, QueryRunner } from 'typeorm';

/** chat_sessions.opening_key: a retried first message (no session_id) finds the session its first try opened. */
export class SessionOpeningKey1795800000000 implements MigrationInterface {
  name = 'SessionOpeningKey1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "chat_sessions" ADD COLUMN "opening_key" character varying`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_chat_sessions_opening_key" ON "chat_sessions" ("opening_key")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_chat_sessions_opening_key"`);
    await queryRunner.query(`ALTER TABLE "chat_sessions" DROP COLUMN "opening_key"`);
  }
}
