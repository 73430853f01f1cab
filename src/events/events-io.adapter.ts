import { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { Server, ServerOptions } from 'socket.io';

/** Socket.IO server options from config: CORS allow-list and a bounded message size. */
export class EventsIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly corsOrigins: string[],
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    return super.createIOServer(port, {
      ...options,
      cors: { origin: this.corsOrigins.length ? this.corsOrigins : false },
      maxHttpBufferSize: 256 * 1024,
      pingInterval: 20_000,
      pingTimeout: 20_000,
    }) as Server;
  }
}
