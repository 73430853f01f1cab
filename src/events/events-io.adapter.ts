import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Server, ServerOptions } from 'socket.io';
import { ClusterAdapter } from './cluster-adapter';

/**
 * Socket.IO server options from config: CORS allow-list and a bounded message size; with several
 * instances, the adapter that carries transient messages between them.
 */
export class EventsIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly corsOrigins: string[],
    private readonly cluster: ClusterAdapter | null = null,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, {
      ...options,
      cors: { origin: this.corsOrigins.length ? this.corsOrigins : false },
      maxHttpBufferSize: 256 * 1024,
      pingInterval: 20_000,
      pingTimeout: 20_000,
    }) as Server;
    this.cluster?.attach(server);
    return server;
  }

  override async close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    await super.close(server);
    await this.cluster?.close();
  }
}
