import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795500935260 implements MigrationInterface {
    name = 'InitialSchema1795500935260'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "departments" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "description" text, "color" character varying NOT NULL DEFAULT '#0066cc', "icon" character varying, "sunflower_index" integer NOT NULL, "cell_id" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'active', "hidden" boolean NOT NULL DEFAULT false, "metadata" text NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_a23b1fdc69006219d8acc76c04f" UNIQUE ("slug"), CONSTRAINT "UQ_8681da666ad9699d568b3e91064" UNIQUE ("name"), CONSTRAINT "UQ_239b97696b879f85ad970935b5c" UNIQUE ("sunflower_index"), CONSTRAINT "UQ_5b91a9a0573012f2cb3b0a2ea44" UNIQUE ("cell_id"), CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "agents" ("id" SERIAL NOT NULL, "cell_id" character varying NOT NULL, "name" character varying NOT NULL, "department" character varying NOT NULL, "department_id" integer, "type" character varying NOT NULL, "role" character varying NOT NULL, "capabilities" text, "description" text, "status" character varying NOT NULL DEFAULT 'active', "is_active" boolean NOT NULL DEFAULT true, "sunflower_index" integer, "voice_id" character varying, "last_seen" TIMESTAMP, "performance_score" real NOT NULL DEFAULT '0', "training_status" character varying NOT NULL DEFAULT 'untrained', "metadata" text NOT NULL, "deleted_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_8311d98cbf4170b450d64bb3cbd" UNIQUE ("cell_id"), CONSTRAINT "PK_9c653f28ae19c5884d5baf6a1d9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c85ae478b6698d9f869e699c7e" ON "agents"  ("role") `);
        await queryRunner.query(`CREATE INDEX "IDX_1b927ae53da117c866917a2d2b" ON "agents"  ("department", "sunflower_index") `);
        await queryRunner.query(`CREATE TABLE "chat_categories" ("id" SERIAL NOT NULL, "name" character varying NOT NULL, "description" character varying, "icon" character varying, "color" character varying, "sort_order" integer NOT NULL DEFAULT '0', "is_active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_01948288ce4acf5ae1267f2652e" UNIQUE ("name"), CONSTRAINT "PK_1456541ff455a408a256efafc44" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "chat_sessions" ("id" SERIAL NOT NULL, "session_id" character varying NOT NULL, "category" character varying NOT NULL DEFAULT 'general', "category_id" integer, "title" character varying NOT NULL DEFAULT 'New Chat', "owner_type" character varying NOT NULL DEFAULT 'user', "owner_id" character varying, "scope_type" character varying NOT NULL DEFAULT 'general', "scope_id" character varying, "thread_key" character varying, "context" text NOT NULL, "is_active" boolean NOT NULL DEFAULT true, "message_count" integer NOT NULL DEFAULT '0', "last_message_preview" character varying, "deleted_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_6ccb7b732f5af0bde672165cadf" UNIQUE ("session_id"), CONSTRAINT "UQ_25e1b41334975c409b7028fde39" UNIQUE ("thread_key"), CONSTRAINT "PK_efc151a4aafa9a28b73dedc485f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5e91be2dd3a082ba01f7a38059" ON "chat_sessions"  ("updated_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_9e70f598a7d03d51a11d9e4acc" ON "chat_sessions"  ("scope_type", "scope_id") `);
        await queryRunner.query(`CREATE TABLE "chat_messages" ("id" SERIAL NOT NULL, "session_id" character varying NOT NULL, "role" character varying NOT NULL, "author" character varying, "content" text NOT NULL, "model" character varying, "status" character varying NOT NULL DEFAULT 'complete', "client_message_id" character varying, "reply_to_id" integer, "prompt_tokens" integer, "tokens" integer, "latency_ms" integer, "metadata" text, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_40c55ee0e571e268b0d3cd37d10" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_56a790ed62e868f2e0c5f81115" ON "chat_messages"  ("status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c6d9e81d0249957a613384fbf1" ON "chat_messages"  ("session_id", "client_message_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_c5260d121ed15b2975f7d95fea" ON "chat_messages"  ("session_id", "id") `);
        await queryRunner.query(`CREATE TABLE "system_config_revisions" ("id" SERIAL NOT NULL, "config_key" character varying NOT NULL, "version" integer NOT NULL, "config_value" text, "config_type" character varying NOT NULL DEFAULT 'string', "actor" character varying NOT NULL DEFAULT 'system', "created_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_b722db0af721c80ad30ac898ee2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0474d3085d29a1c2a1d679c4be" ON "system_config_revisions"  ("config_key", "version") `);
        await queryRunner.query(`CREATE TABLE "system_config" ("id" SERIAL NOT NULL, "config_key" character varying NOT NULL, "config_value" text NOT NULL, "config_type" character varying NOT NULL DEFAULT 'string', "description" character varying, "is_sensitive" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_c54d4e3d5a246ef29601e48d751" UNIQUE ("config_key"), CONSTRAINT "PK_db4e70ac0d27e588176e9bb44a0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "connections" ("id" SERIAL NOT NULL, "tool_name" character varying NOT NULL, "display_name" character varying, "status" character varying NOT NULL DEFAULT 'disconnected', "credentials_encrypted" text, "settings" text NOT NULL, "last_checked" TIMESTAMP, "last_error" character varying, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_a5406f52a603426bec49fbf74ff" UNIQUE ("tool_name"), CONSTRAINT "PK_0a1f844af3122354cbd487a8d03" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "council_members" ("id" SERIAL NOT NULL, "category_id" integer NOT NULL, "name" character varying NOT NULL, "persona_source" character varying, "role" character varying, "avatar" character varying, "expertise" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "display_order" integer NOT NULL DEFAULT '0', "settings" text NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_0e8d377df62ee2d6b264be4cf2d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87" ON "council_members"  ("category_id") `);
        await queryRunner.query(`CREATE TABLE "council_categories" ("id" SERIAL NOT NULL, "slug" character varying NOT NULL, "name" character varying NOT NULL, "description" text, "icon" character varying, "color" character varying, "enabled" boolean NOT NULL DEFAULT true, "metadata" text NOT NULL, "deleted_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_9f18eb410b6f39c0e442a10057c" UNIQUE ("slug"), CONSTRAINT "UQ_929fd6b77c4cb77b81294d12a0d" UNIQUE ("name"), CONSTRAINT "PK_6d924f6595d436eaa995b87be84" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "event_log" ("id" SERIAL NOT NULL, "event_type" character varying NOT NULL, "entity_type" character varying NOT NULL, "entity_id" character varying, "payload" text NOT NULL, "actor" character varying NOT NULL DEFAULT 'system', "rooms" text NOT NULL, "created_at" TIMESTAMP NOT NULL, "prev_hash" character varying NOT NULL, "hash" character varying NOT NULL, CONSTRAINT "PK_d8ccd9b5b44828ea378dd37e691" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_05fa9bf767aa6d3e4eb6a46003" ON "event_log"  ("event_type") `);
        await queryRunner.query(`CREATE INDEX "IDX_c14bd2c0c7cee27f9a081ac96e" ON "event_log"  ("created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_74e50b741ac3edae1a7075d627" ON "event_log"  ("actor") `);
        await queryRunner.query(`CREATE INDEX "IDX_badc116881b4edc8831b09291f" ON "event_log"  ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TABLE "tasks" ("id" SERIAL NOT NULL, "task_id" character varying NOT NULL, "owner_type" character varying NOT NULL, "owner_id" character varying, "department_id" character varying, "title" character varying NOT NULL, "description" text, "status" character varying NOT NULL DEFAULT 'pending', "priority" character varying NOT NULL DEFAULT 'medium', "progress" real NOT NULL DEFAULT '0', "payload" text, "result" text, "assigned_agent_id" character varying, "started_at" TIMESTAMP, "completed_at" TIMESTAMP, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_3feca00d238e5cf50185fab8d46" UNIQUE ("task_id"), CONSTRAINT "PK_8d12ff38fcc62aaba2cab748772" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_82206258a1bd4b7943d5b7f367" ON "tasks"  ("department_id", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_4a396157dbc7175ca45f3cf3b8" ON "tasks"  ("assigned_agent_id", "status") `);
        await queryRunner.query(`CREATE TABLE "voice_state" ("id" SERIAL NOT NULL, "agent_id" character varying, "voice_id" character varying, "voice_file_path" character varying, "talk_active" boolean NOT NULL DEFAULT false, "listen_active" boolean NOT NULL DEFAULT false, "volume" real NOT NULL DEFAULT '1', "rate" integer NOT NULL DEFAULT '175', "pitch" real NOT NULL DEFAULT '1', "is_active" boolean NOT NULL DEFAULT false, "settings" text NOT NULL, "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "UQ_96be427d3ce92d429edb46120c7" UNIQUE ("agent_id"), CONSTRAINT "PK_2d6ff2c0d6eed42d036c0365aac" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "agents" ADD CONSTRAINT "FK_a32dd9e92510b1ef782236840f5" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "chat_messages" ADD CONSTRAINT "FK_0672782561e44d43febcfba2984" FOREIGN KEY ("session_id") REFERENCES "chat_sessions"("session_id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "council_members" ADD CONSTRAINT "FK_3028fcb8c8c9c5e8a9eb970c877" FOREIGN KEY ("category_id") REFERENCES "council_categories"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "council_members" DROP CONSTRAINT "FK_3028fcb8c8c9c5e8a9eb970c877"`);
        await queryRunner.query(`ALTER TABLE "chat_messages" DROP CONSTRAINT "FK_0672782561e44d43febcfba2984"`);
        await queryRunner.query(`ALTER TABLE "agents" DROP CONSTRAINT "FK_a32dd9e92510b1ef782236840f5"`);
        await queryRunner.query(`DROP TABLE "voice_state"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4a396157dbc7175ca45f3cf3b8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_82206258a1bd4b7943d5b7f367"`);
        await queryRunner.query(`DROP TABLE "tasks"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_badc116881b4edc8831b09291f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_74e50b741ac3edae1a7075d627"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c14bd2c0c7cee27f9a081ac96e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_05fa9bf767aa6d3e4eb6a46003"`);
        await queryRunner.query(`DROP TABLE "event_log"`);
        await queryRunner.query(`DROP TABLE "council_categories"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3028fcb8c8c9c5e8a9eb970c87"`);
        await queryRunner.query(`DROP TABLE "council_members"`);
        await queryRunner.query(`DROP TABLE "connections"`);
        await queryRunner.query(`DROP TABLE "system_config"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0474d3085d29a1c2a1d679c4be"`);
        await queryRunner.query(`DROP TABLE "system_config_revisions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c5260d121ed15b2975f7d95fea"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c6d9e81d0249957a613384fbf1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_56a790ed62e868f2e0c5f81115"`);
        await queryRunner.query(`DROP TABLE "chat_messages"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9e70f598a7d03d51a11d9e4acc"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5e91be2dd3a082ba01f7a38059"`);
        await queryRunner.query(`DROP TABLE "chat_sessions"`);
        await queryRunner.query(`DROP TABLE "chat_categories"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1b927ae53da117c866917a2d2b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c85ae478b6698d9f869e699c7e"`);
        await queryRunner.query(`DROP TABLE "agents"`);
        await queryRunner.query(`DROP TABLE "departments"`);
    }

}
