import { MigrationInterface, QueryRunner } from 'typeorm';

/** Where @socket.io/postgres-adapter stores cross-instance socket messages over NOTIFY's 8 kB limit. */
export class SocketIoAttachments1795700000000 implements MigrationInterface {
  name = 'SocketIoAttachments1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "socket_io_attachments" ("id" bigserial UNIQUE, "created_at" timestamptz NOT NULL DEFAULT now(), "payload" bytea)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "socket_io_attachments"`);
  }
}
