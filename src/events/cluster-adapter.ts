import { Logger } from '@nestjs/common';
import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import { Pool } from 'pg';
import type { Server } from 'socket.io';
import { DatabaseConfig } from '../config/configuration';

/** The table @socket.io/postgres-adapter stores payloads over 8 kB in (created by the PostgreSQL migrations). */
export const SOCKET_IO_ATTACHMENTS = 'socket_io_attachments';

export interface ClusterAdapter {
  kind: 'postgres' | 'redis-streams';
  attach(server: Server): void;
  close(): Promise<void>;
}

/**
 * Carries transient socket messages (token deltas) between instances: the Redis streams adapter
 * when REDIS_URL is set, else the PostgreSQL adapter on the service's own database; none on SQLite
 * (one process serves the sockets). Logged events never use it: each instance relays the table.
 */
export function createClusterAdapter(database: DatabaseConfig, redisUrl: string | undefined): ClusterAdapter | null {
  const logger = new Logger('ClusterAdapter');
  if (redisUrl) {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: null });
    redis.on('error', (error) => logger.warn(`redis: ${error.message}`));
    return {
      kind: 'redis-streams',
      attach: (server) => server.adapter(createRedisStreamsAdapter(redis, { streamName: 'daena:socket.io' })),
      close: async () => {
        redis.disconnect(false);
      },
    };
  }
  if (database.type !== 'postgres') return null;
  // Its own small pool: the adapter holds one connection for LISTEN and NOTIFYs on another.
  const pool = new Pool({ connectionString: database.url, max: 3 });
  pool.on('error', (error) => logger.warn(`postgres adapter: ${error.message}`));
  return {
    kind: 'postgres',
    attach: (server) =>
      server.adapter(
        createPostgresAdapter(pool, {
          channelPrefix: 'daena_socket_io',
          tableName: SOCKET_IO_ATTACHMENTS,
          errorHandler: (error) => logger.warn(`postgres adapter: ${error.message}`),
        }),
      ),
    close: () => pool.end(),
  };
}
