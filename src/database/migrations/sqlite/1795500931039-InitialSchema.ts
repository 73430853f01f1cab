import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795500931039 implements MigrationInterface {
    name = 'InitialSchema1795500931039'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "departments" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "description" text, "color" varchar NOT NULL DEFAULT ('#0066cc'), "icon" varchar, "sunflower_index" integer NOT NULL, "cell_id" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('active'), "hidden" boolean NOT NULL DEFAULT (0), "metadata" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_a23b1fdc69006219d8acc76c04f" UNIQUE ("slug"), CONSTRAINT "UQ_8681da666ad9699d568b3e91064" UNIQUE ("name"), CONSTRAINT "UQ_239b97696b879f85ad970935b5c" UNIQUE ("sunflower_index"), CONSTRAINT "UQ_5b91a9a0573012f2cb3b0a2ea44" UNIQUE ("cell_id"))`);
        await queryRunner.query(`CREATE TABLE "agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cell_id" varchar NOT NULL, "name" varchar NOT NULL, "department" varchar NOT NULL, "department_id" integer, "type" varchar NOT NULL, "role" varchar NOT NULL, "capabilities" text, "description" text, "status" varchar NOT NULL DEFAULT ('active'), "is_active" boolean NOT NULL DEFAULT (1), "sunflower_index" integer, "voice_id" varchar, "last_seen" datetime, "performance_score" real NOT NULL DEFAULT (0), "training_status" varchar NOT NULL DEFAULT ('untrained'), "metadata" text NOT NULL, "deleted_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_8311d98cbf4170b450d64bb3cbd" UNIQUE ("cell_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c85ae478b6698d9f869e699c7e" ON "agents" ("role") `);
        await queryRunner.query(`CREATE INDEX "IDX_1b927ae53da117c866917a2d2b" ON "agents" ("department", "sunflower_index") `);
        await queryRunner.query(`CREATE TABLE "chat_categories" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar NOT NULL, "description" varchar, "icon" varchar, "color" varchar, "sort_order" integer NOT NULL DEFAULT (0), "is_active" boolean NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_01948288ce4acf5ae1267f2652e" UNIQUE ("name"))`);
        await queryRunner.query(`CREATE TABLE "chat_sessions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "session_id" varchar NOT NULL, "category" varchar NOT NULL DEFAULT ('general'), "category_id" integer, "title" varchar NOT NULL DEFAULT ('New Chat'), "owner_type" varchar NOT NULL DEFAULT ('user'), "owner_id" varchar, "scope_type" varchar NOT NULL DEFAULT ('general'), "scope_id" varchar, "thread_key" varchar, "context" text NOT NULL, "is_active" boolean NOT NULL DEFAULT (1), "message_count" integer NOT NULL DEFAULT (0), "last_message_preview" varchar, "deleted_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_6ccb7b732f5af0bde672165cadf" UNIQUE ("session_id"), CONSTRAINT "UQ_25e1b41334975c409b7028fde39" UNIQUE ("thread_key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5e91be2dd3a082ba01f7a38059" ON "chat_sessions" ("updated_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_9e70f598a7d03d51a11d9e4acc" ON "chat_sessions" ("scope_type", "scope_id") `);
        await queryRunner.query(`CREATE TABLE "chat_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "session_id" varchar NOT NULL, "role" varchar NOT NULL, "author" varchar, "content" text NOT NULL, "model" varchar, "status" varchar NOT NULL DEFAULT ('complete'), "client_message_id" varchar, "reply_to_id" integer, "prompt_tokens" integer, "tokens" integer, "latency_ms" integer, "metadata" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_56a790ed62e868f2e0c5f81115" ON "chat_messages" ("status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c6d9e81d0249957a613384fbf1" ON "chat_messages" ("session_id", "client_message_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_c5260d121ed15b2975f7d95fea" ON "chat_messages" ("session_id", "id") `);
        await queryRunner.query(`CREATE TABLE "system_config_revisions" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "config_key" varchar NOT NULL, "version" integer NOT NULL, "config_value" text, "config_type" varchar NOT NULL DEFAULT ('string'), "actor" varchar NOT NULL DEFAULT ('system'), "created_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0474d3085d29a1c2a1d679c4be" ON "system_config_revisions" ("config_key", "version") `);
        await queryRunner.query(`CREATE TABLE "system_config" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "config_key" varchar NOT NULL, "config_value" text NOT NULL, "config_type" varchar NOT NULL DEFAULT ('string'), "description" varchar, "is_sensitive" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_c54d4e3d5a246ef29601e48d751" UNIQUE ("config_key"))`);
        await queryRunner.query(`CREATE TABLE "connections" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tool_name" varchar NOT NULL, "display_name" varchar, "status" varchar NOT NULL DEFAULT ('disconnected'), "credentials_encrypted" text, "settings" text NOT NULL, "last_checked" datetime, "last_error" varchar, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_a5406f52a603426bec49fbf74ff" UNIQUE ("tool_name"))`);
        await queryRunner.query(`CREATE TABLE "council_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "category_id" integer NOT NULL, "name" varchar NOT NULL, "persona_source" varchar, "role" varchar, "avatar" varchar, "expertise" text NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "display_order" integer NOT NULL DEFAULT (0), "settings" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`CREATE INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87" ON "council_members" ("category_id") `);
        await queryRunner.query(`CREATE TABLE "council_categories" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "slug" varchar NOT NULL, "name" varchar NOT NULL, "description" text, "icon" varchar, "color" varchar, "enabled" boolean NOT NULL DEFAULT (1), "metadata" text NOT NULL, "deleted_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_9f18eb410b6f39c0e442a10057c" UNIQUE ("slug"), CONSTRAINT "UQ_929fd6b77c4cb77b81294d12a0d" UNIQUE ("name"))`);
        await queryRunner.query(`CREATE TABLE "event_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "event_type" varchar NOT NULL, "entity_type" varchar NOT NULL, "entity_id" varchar, "payload" text NOT NULL, "actor" varchar NOT NULL DEFAULT ('system'), "rooms" text NOT NULL, "created_at" datetime NOT NULL, "prev_hash" varchar NOT NULL, "hash" varchar NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_05fa9bf767aa6d3e4eb6a46003" ON "event_log" ("event_type") `);
        await queryRunner.query(`CREATE INDEX "IDX_c14bd2c0c7cee27f9a081ac96e" ON "event_log" ("created_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_74e50b741ac3edae1a7075d627" ON "event_log" ("actor") `);
        await queryRunner.query(`CREATE INDEX "IDX_badc116881b4edc8831b09291f" ON "event_log" ("entity_type", "entity_id") `);
        await queryRunner.query(`CREATE TABLE "tasks" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "task_id" varchar NOT NULL, "owner_type" varchar NOT NULL, "owner_id" varchar, "department_id" varchar, "title" varchar NOT NULL, "description" text, "status" varchar NOT NULL DEFAULT ('pending'), "priority" varchar NOT NULL DEFAULT ('medium'), "progress" real NOT NULL DEFAULT (0), "payload" text, "result" text, "assigned_agent_id" varchar, "started_at" datetime, "completed_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_3feca00d238e5cf50185fab8d46" UNIQUE ("task_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_82206258a1bd4b7943d5b7f367" ON "tasks" ("department_id", "status") `);
        await queryRunner.query(`CREATE INDEX "IDX_4a396157dbc7175ca45f3cf3b8" ON "tasks" ("assigned_agent_id", "status") `);
        await queryRunner.query(`CREATE TABLE "voice_state" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "agent_id" varchar, "voice_id" varchar, "voice_file_path" varchar, "talk_active" boolean NOT NULL DEFAULT (0), "listen_active" boolean NOT NULL DEFAULT (0), "volume" real NOT NULL DEFAULT (1), "rate" integer NOT NULL DEFAULT (175), "pitch" real NOT NULL DEFAULT (1), "is_active" boolean NOT NULL DEFAULT (0), "settings" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_96be427d3ce92d429edb46120c7" UNIQUE ("agent_id"))`);
        await queryRunner.query(`DROP INDEX "IDX_c85ae478b6698d9f869e699c7e"`);
        await queryRunner.query(`DROP INDEX "IDX_1b927ae53da117c866917a2d2b"`);
        await queryRunner.query(`CREATE TABLE "temporary_agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cell_id" varchar NOT NULL, "name" varchar NOT NULL, "department" varchar NOT NULL, "department_id" integer, "type" varchar NOT NULL, "role" varchar NOT NULL, "capabilities" text, "description" text, "status" varchar NOT NULL DEFAULT ('active'), "is_active" boolean NOT NULL DEFAULT (1), "sunflower_index" integer, "voice_id" varchar, "last_seen" datetime, "performance_score" real NOT NULL DEFAULT (0), "training_status" varchar NOT NULL DEFAULT ('untrained'), "metadata" text NOT NULL, "deleted_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_8311d98cbf4170b450d64bb3cbd" UNIQUE ("cell_id"), CONSTRAINT "FK_a32dd9e92510b1ef782236840f5" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_agents"("id", "cell_id", "name", "department", "department_id", "type", "role", "capabilities", "description", "status", "is_active", "sunflower_index", "voice_id", "last_seen", "performance_score", "training_status", "metadata", "deleted_at", "created_at", "updated_at") SELECT "id", "cell_id", "name", "department", "department_id", "type", "role", "capabilities", "description", "status", "is_active", "sunflower_index", "voice_id", "last_seen", "performance_score", "training_status", "metadata", "deleted_at", "created_at", "updated_at" FROM "agents"`);
        await queryRunner.query(`DROP TABLE "agents"`);
        await queryRunner.query(`ALTER TABLE "temporary_agents" RENAME TO "agents"`);
        await queryRunner.query(`CREATE INDEX "IDX_c85ae478b6698d9f869e699c7e" ON "agents" ("role") `);
        await queryRunner.query(`CREATE INDEX "IDX_1b927ae53da117c866917a2d2b" ON "agents" ("department", "sunflower_index") `);
        await queryRunner.query(`DROP INDEX "IDX_56a790ed62e868f2e0c5f81115"`);
        await queryRunner.query(`DROP INDEX "IDX_c6d9e81d0249957a613384fbf1"`);
        await queryRunner.query(`DROP INDEX "IDX_c5260d121ed15b2975f7d95fea"`);
        await queryRunner.query(`CREATE TABLE "temporary_chat_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "session_id" varchar NOT NULL, "role" varchar NOT NULL, "author" varchar, "content" text NOT NULL, "model" varchar, "status" varchar NOT NULL DEFAULT ('complete'), "client_message_id" varchar, "reply_to_id" integer, "prompt_tokens" integer, "tokens" integer, "latency_ms" integer, "metadata" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_0672782561e44d43febcfba2984" FOREIGN KEY ("session_id") REFERENCES "chat_sessions" ("session_id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_chat_messages"("id", "session_id", "role", "author", "content", "model", "status", "client_message_id", "reply_to_id", "prompt_tokens", "tokens", "latency_ms", "metadata", "created_at", "updated_at") SELECT "id", "session_id", "role", "author", "content", "model", "status", "client_message_id", "reply_to_id", "prompt_tokens", "tokens", "latency_ms", "metadata", "created_at", "updated_at" FROM "chat_messages"`);
        await queryRunner.query(`DROP TABLE "chat_messages"`);
        await queryRunner.query(`ALTER TABLE "temporary_chat_messages" RENAME TO "chat_messages"`);
        await queryRunner.query(`CREATE INDEX "IDX_56a790ed62e868f2e0c5f81115" ON "chat_messages" ("status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c6d9e81d0249957a613384fbf1" ON "chat_messages" ("session_id", "client_message_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_c5260d121ed15b2975f7d95fea" ON "chat_messages" ("session_id", "id") `);
        await queryRunner.query(`DROP INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87"`);
        await queryRunner.query(`CREATE TABLE "temporary_council_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "category_id" integer NOT NULL, "name" varchar NOT NULL, "persona_source" varchar, "role" varchar, "avatar" varchar, "expertise" text NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "display_order" integer NOT NULL DEFAULT (0), "settings" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_3028fcb8c8c9c5e8a9eb970c877" FOREIGN KEY ("category_id") REFERENCES "council_categories" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_council_members"("id", "category_id", "name", "persona_source", "role", "avatar", "expertise", "enabled", "display_order", "settings", "created_at", "updated_at") SELECT "id", "category_id", "name", "persona_source", "role", "avatar", "expertise", "enabled", "display_order", "settings", "created_at", "updated_at" FROM "council_members"`);
        await queryRunner.query(`DROP TABLE "council_members"`);
        await queryRunner.query(`ALTER TABLE "temporary_council_members" RENAME TO "council_members"`);
        await queryRunner.query(`CREATE INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87" ON "council_members" ("category_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87"`);
        await queryRunner.query(`ALTER TABLE "council_members" RENAME TO "temporary_council_members"`);
        await queryRunner.query(`CREATE TABLE "council_members" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "category_id" integer NOT NULL, "name" varchar NOT NULL, "persona_source" varchar, "role" varchar, "avatar" varchar, "expertise" text NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "display_order" integer NOT NULL DEFAULT (0), "settings" text NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "council_members"("id", "category_id", "name", "persona_source", "role", "avatar", "expertise", "enabled", "display_order", "settings", "created_at", "updated_at") SELECT "id", "category_id", "name", "persona_source", "role", "avatar", "expertise", "enabled", "display_order", "settings", "created_at", "updated_at" FROM "temporary_council_members"`);
        await queryRunner.query(`DROP TABLE "temporary_council_members"`);
        await queryRunner.query(`CREATE INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87" ON "council_members" ("category_id") `);
        await queryRunner.query(`DROP INDEX "IDX_c5260d121ed15b2975f7d95fea"`);
        await queryRunner.query(`DROP INDEX "IDX_c6d9e81d0249957a613384fbf1"`);
        await queryRunner.query(`DROP INDEX "IDX_56a790ed62e868f2e0c5f81115"`);
        await queryRunner.query(`ALTER TABLE "chat_messages" RENAME TO "temporary_chat_messages"`);
        await queryRunner.query(`CREATE TABLE "chat_messages" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "session_id" varchar NOT NULL, "role" varchar NOT NULL, "author" varchar, "content" text NOT NULL, "model" varchar, "status" varchar NOT NULL DEFAULT ('complete'), "client_message_id" varchar, "reply_to_id" integer, "prompt_tokens" integer, "tokens" integer, "latency_ms" integer, "metadata" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')))`);
        await queryRunner.query(`INSERT INTO "chat_messages"("id", "session_id", "role", "author", "content", "model", "status", "client_message_id", "reply_to_id", "prompt_tokens", "tokens", "latency_ms", "metadata", "created_at", "updated_at") SELECT "id", "session_id", "role", "author", "content", "model", "status", "client_message_id", "reply_to_id", "prompt_tokens", "tokens", "latency_ms", "metadata", "created_at", "updated_at" FROM "temporary_chat_messages"`);
        await queryRunner.query(`DROP TABLE "temporary_chat_messages"`);
        await queryRunner.query(`CREATE INDEX "IDX_c5260d121ed15b2975f7d95fea" ON "chat_messages" ("session_id", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c6d9e81d0249957a613384fbf1" ON "chat_messages" ("session_id", "client_message_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_56a790ed62e868f2e0c5f81115" ON "chat_messages" ("status") `);
        await queryRunner.query(`DROP INDEX "IDX_1b927ae53da117c866917a2d2b"`);
        await queryRunner.query(`DROP INDEX "IDX_c85ae478b6698d9f869e699c7e"`);
        await queryRunner.query(`ALTER TABLE "agents" RENAME TO "temporary_agents"`);
        await queryRunner.query(`CREATE TABLE "agents" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "cell_id" varchar NOT NULL, "name" varchar NOT NULL, "department" varchar NOT NULL, "department_id" integer, "type" varchar NOT NULL, "role" varchar NOT NULL, "capabilities" text, "description" text, "status" varchar NOT NULL DEFAULT ('active'), "is_active" boolean NOT NULL DEFAULT (1), "sunflower_index" integer, "voice_id" varchar, "last_seen" datetime, "performance_score" real NOT NULL DEFAULT (0), "training_status" varchar NOT NULL DEFAULT ('untrained'), "metadata" text NOT NULL, "deleted_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_8311d98cbf4170b450d64bb3cbd" UNIQUE ("cell_id"))`);
        await queryRunner.query(`INSERT INTO "agents"("id", "cell_id", "name", "department", "department_id", "type", "role", "capabilities", "description", "status", "is_active", "sunflower_index", "voice_id", "last_seen", "performance_score", "training_status", "metadata", "deleted_at", "created_at", "updated_at") SELECT "id", "cell_id", "name", "department", "department_id", "type", "role", "capabilities", "description", "status", "is_active", "sunflower_index", "voice_id", "last_seen", "performance_score", "training_status", "metadata", "deleted_at", "created_at", "updated_at" FROM "temporary_agents"`);
        await queryRunner.query(`DROP TABLE "temporary_agents"`);
        await queryRunner.query(`CREATE INDEX "IDX_1b927ae53da117c866917a2d2b" ON "agents" ("department", "sunflower_index") `);
        await queryRunner.query(`CREATE INDEX "IDX_c85ae478b6698d9f869e699c7e" ON "agents" ("role") `);
        await queryRunner.query(`DROP TABLE "voice_state"`);
        await queryRunner.query(`DROP INDEX "IDX_4a396157dbc7175ca45f3cf3b8"`);
        await queryRunner.query(`DROP INDEX "IDX_82206258a1bd4b7943d5b7f367"`);
        await queryRunner.query(`DROP TABLE "tasks"`);
        await queryRunner.query(`DROP INDEX "IDX_badc116881b4edc8831b09291f"`);
        await queryRunner.query(`DROP INDEX "IDX_74e50b741ac3edae1a7075d627"`);
        await queryRunner.query(`DROP INDEX "IDX_c14bd2c0c7cee27f9a081ac96e"`);
        await queryRunner.query(`DROP INDEX "IDX_05fa9bf767aa6d3e4eb6a46003"`);
        await queryRunner.query(`DROP TABLE "event_log"`);
        await queryRunner.query(`DROP TABLE "council_categories"`);
        await queryRunner.query(`DROP INDEX "IDX_3028fcb8c8c9c5e8a9eb970c87"`);
        await queryRunner.query(`DROP TABLE "council_members"`);
        await queryRunner.query(`DROP TABLE "connections"`);
        await queryRunner.query(`DROP TABLE "system_config"`);
        await queryRunner.query(`DROP INDEX "IDX_0474d3085d29a1c2a1d679c4be"`);
        await queryRunner.query(`DROP TABLE "system_config_revisions"`);
        await queryRunner.query(`DROP INDEX "IDX_c5260d121ed15b2975f7d95fea"`);
        await queryRunner.query(`DROP INDEX "IDX_c6d9e81d0249957a613384fbf1"`);
        await queryRunner.query(`DROP INDEX "IDX_56a790ed62e868f2e0c5f81115"`);
        await queryRunner.query(`DROP TABLE "chat_messages"`);
        await queryRunner.query(`DROP INDEX "IDX_9e70f598a7d03d51a11d9e4acc"`);
        await queryRunner.query(`DROP INDEX "IDX_5e91be2dd3a082ba01f7a38059"`);
        await queryRunner.query(`DROP TABLE "chat_sessions"`);
        await queryRunner.query(`DROP TABLE "chat_categories"`);
        await queryRunner.query(`DROP INDEX "IDX_1b927ae53da117c866917a2d2b"`);
        await queryRunner.query(`DROP INDEX "IDX_c85ae478b6698d9f869e699c7e"`);
        await queryRunner.query(`DROP TABLE "agents"`);
        await queryRunner.query(`DROP TABLE "departments"`);
    }

}
