import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { bearerToken } from '../auth/auth.guard';
import { sameOrigin, sessionCookieToken } from '../auth/browser-session';
import { Principal } from '../auth/principal';
import { EventLog } from './entities/event-log.entity';
import { EventEnvelope, toEnvelope } from './event-envelope';
import { EventBus } from './event-bus';
import { EventRelay } from './event-relay';
import { EventsService } from './events.service';
import { ConfigService } from '@nestjs/config';
import type { AllConfig } from '../config/configuration';
import { ALL_ROOM, FOUNDER_ROOM, isFounderOnly, isValidRoom, mayJoin, mayReceive, reaches, VIEWERS_ROOM } from './rooms';

const REPLAY_BATCH = 1000;
const MAX_ROOMS_PER_REQUEST = 50;
/** Rooms one socket may be in: subscribe requests add up, and every room costs server memory. */
const MAX_ROOMS_PER_SOCKET = 200;
const HANDLED_MESSAGES = new Set(['subscribe', 'unsubscribe', 'ping']);

interface SocketData {
  principal: Principal;
  /** Messages received in the current budget window, and when the window started. */
  budget: { used: number; since: number };
}

type Ack = { ok: boolean; rooms?: string[]; denied?: string[]; error?: string };

function parseLastEventId(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * Pushes committed events to dashboards. On connect it first replays every event after the client's
 * `last_event_id` (only those its rooms may see), then joins its rooms: the join happens in the same
 * tick as the check that replay reached the last announced id, so there is no gap and no duplicate.
 */
@WebSocketGateway()
export class EventsGateway implements OnGatewayInit, OnGatewayConnection {
  private readonly logger = new Logger(EventsGateway.name);
  @WebSocketServer() server: Server;

  private readonly messageBudget: { limit: number; windowMs: number };

  constructor(
    private readonly auth: AuthService,
    private readonly events: EventsService,
    private readonly bus: EventBus,
    private readonly relay: EventRelay,
    config: ConfigService<AllConfig, true>,
  ) {
    this.messageBudget = config.get('app', { infer: true }).socketMessages;
  }

  afterInit(server: Server): void {
    server.use((socket, next) => {
      const headers = socket.handshake.headers;
      // The dashboard's HttpOnly cookie counts only on a handshake from this server's own page.
      const token =
        (socket.handshake.auth as { token?: unknown } | undefined)?.token ??
        bearerToken(headers.authorization) ??
        (sameOrigin(headers) ? sessionCookieToken(headers) : undefined);
      this.auth
        .authenticate(token)
        .then((principal) => {
          if (!principal) return next(new Error('unauthorized'));
          (socket.data as SocketData).principal = principal;
          (socket.data as SocketData).budget = { used: 0, since: Date.now() };
          socket.use((_packet, nextPacket) => {
            if (this.withinBudget(socket)) return nextPacket();
            // Over budget: no handler runs, the client is told why and dropped.
            socket.emit('error', { message: `more than ${this.messageBudget.limit} messages in ${this.messageBudget.windowMs} ms` });
            socket.disconnect(true);
          });
          // A client waiting on an ack for a message nobody handles would wait forever: answer it.
          socket.onAny((event: unknown, ...args: unknown[]) => {
            const ack = args.at(-1);
            if (typeof ack === 'function' && !HANDLED_MESSAGES.has(event as string)) {
              (ack as (reply: Ack) => void)({ ok: false, error: `unknown message "${String(event).slice(0, 50)}"` });
            }
          });
          next();
        })
        .catch(() => next(new Error('unauthorized')));
    });
    void this.relay.start();
    // Logged events stay local (`server.local`): every instance relays the table to its own sockets,
    // so the cross-instance adapter carries only transient messages and nothing arrives twice.
    this.bus.onCommitted(({ envelope, rooms }) => this.deliver(rooms, envelope));
    this.bus.onTransient((rooms, envelope) => this.deliver(rooms, envelope, { transient: true }));
  }

  /**
   * Sends one event to the sockets in its rooms. A founder-only event skips every viewer connection,
   * whatever room it names; the `founder` marker of a live-only event is not a target (a founder gets
   * a hidden session's deltas by joining that session's room, like any other).
   */
  deliver(rooms: string[], envelope: EventEnvelope, options: { transient?: boolean } = {}): void {
    const founderOnly = isFounderOnly(rooms);
    const targets = options.transient ? rooms.filter((r) => r !== FOUNDER_ROOM) : rooms;
    if (!targets.length) return;
    const to = options.transient ? this.server.to(targets) : this.server.local.to(targets);
    (founderOnly ? to.except(VIEWERS_ROOM) : to).emit(envelope.event_type, envelope);
  }

  private withinBudget(socket: Socket): boolean {
    const budget = (socket.data as SocketData).budget;
    const now = Date.now();
    if (now - budget.since >= this.messageBudget.windowMs) {
      budget.since = now;
      budget.used = 0;
    }
    budget.used += 1;
    return budget.used <= this.messageBudget.limit;
  }

  async handleConnection(socket: Socket): Promise<void> {
    const { principal } = socket.data as SocketData;
    if (!principal) return void socket.disconnect(true);
    const auth = (socket.handshake.auth ?? {}) as { last_event_id?: unknown; rooms?: unknown };
    const requested = Array.isArray(auth.rooms)
      ? auth.rooms.slice(0, MAX_ROOMS_PER_REQUEST)
      : principal.role === 'founder'
        ? [ALL_ROOM, FOUNDER_ROOM]
        : [ALL_ROOM];
    const rooms = [...new Set(requested.filter((room): room is string => mayJoin(principal.role, room as string)))];
    const denied = requested.filter((room) => !rooms.includes(room as string));
    // Before any other room: from now on, founder-only events skip this connection.
    if (principal.role !== 'founder') socket.join(VIEWERS_ROOM);
    try {
      await this.replayThenJoin(socket, parseLastEventId(auth.last_event_id), rooms, principal.role);
      socket.emit('ready', { rooms, denied, last_event_id: this.bus.lastAnnouncedId });
    } catch (error) {
      this.logger.error(`replay failed: ${(error as Error).message}`);
      socket.emit('error', { message: 'replay failed, reconnect to retry' });
      socket.disconnect(true);
    }
  }

  private async replayThenJoin(socket: Socket, lastEventId: number | null, rooms: string[], role: Principal['role']): Promise<void> {
    if (lastEventId !== null) {
      // Events after the client's id were pruned: say so rather than replay with a silent gap.
      const prunedThrough = await this.events.prunedThroughId();
      if (lastEventId < prunedThrough) {
        socket.emit('resync_required', {
          last_event_id: lastEventId,
          oldest_available_id: await this.events.oldestId(),
          pruned_through_id: prunedThrough,
        });
      }
      // First the committed table as it is now, whatever this instance's relay has seen so far
      // (another instance or the CLI may have committed rows it has not relayed yet).
      let cursor = lastEventId;
      for (let more = true; more; ) {
        const rows = await this.relay.committedAfter(cursor, REPLAY_BATCH);
        if (!this.sendReplay(socket, rows, rooms, role)) return;
        if (rows.length) cursor = rows[rows.length - 1].id;
        more = rows.length === REPLAY_BATCH;
      }
      // Then let the relay reach what was sent, and close the gap up to what it has announced live.
      await this.relay.reach(cursor);
      // No await between the final check and the join below: that is what closes the gap.
      while (cursor < this.bus.lastAnnouncedId) {
        const upTo = this.bus.lastAnnouncedId;
        const rows = await this.events.replayBatch(cursor, upTo, REPLAY_BATCH);
        if (!this.sendReplay(socket, rows, rooms, role)) return;
        cursor = rows.length < REPLAY_BATCH ? upTo : rows[rows.length - 1].id;
      }
    }
    socket.join(rooms);
  }

  /** Emits the rows this socket's rooms may see; false when the socket has gone meanwhile. */
  private sendReplay(socket: Socket, rows: EventLog[], rooms: string[], role: Principal['role']): boolean {
    if (socket.disconnected) return false;
    for (const row of rows) if (reaches(row.rooms, rooms) && mayReceive(role, row.rooms)) socket.emit(row.eventType, toEnvelope(row));
    return true;
  }

  @SubscribeMessage('subscribe')
  subscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Ack {
    const rooms = this.roomsOf(body);
    if (!rooms) return { ok: false, error: 'expected { rooms: string[] } with at most 50 rooms' };
    const role = (socket.data as SocketData).principal.role;
    const permitted = [...new Set(rooms.filter((room) => mayJoin(role, room)))];
    const overBudget = permitted.filter((room) => !socket.rooms.has(room)).slice(Math.max(0, MAX_ROOMS_PER_SOCKET - socket.rooms.size));
    const allowed = permitted.filter((room) => !overBudget.includes(room));
    socket.join(allowed);
    const denied = rooms.filter((r) => !allowed.includes(r));
    return {
      ok: denied.length === 0,
      rooms: [...socket.rooms].filter(isValidRoom),
      denied,
      ...(overBudget.length ? { error: `at most ${MAX_ROOMS_PER_SOCKET} rooms per connection` } : {}),
    };
  }

  @SubscribeMessage('unsubscribe')
  unsubscribe(@ConnectedSocket() socket: Socket, @MessageBody() body: unknown): Ack {
    const rooms = this.roomsOf(body);
    if (!rooms) return { ok: false, error: 'expected { rooms: string[] } with at most 50 rooms' };
    // Only client rooms: the internal viewers room cannot be left.
    for (const room of rooms) if (isValidRoom(room)) void socket.leave(room);
    return { ok: true, rooms: [...socket.rooms].filter(isValidRoom) };
  }

  @SubscribeMessage('ping')
  ping(): { ok: true; time: string; last_event_id: number } {
    return { ok: true, time: new Date().toISOString(), last_event_id: this.bus.lastAnnouncedId };
  }

  private roomsOf(body: unknown): string[] | null {
    const rooms = (body as { rooms?: unknown } | null)?.rooms;
    if (!Array.isArray(rooms) || rooms.length > MAX_ROOMS_PER_REQUEST || !rooms.every((r) => typeof r === 'string')) return null;
    return rooms as string[];
  }

  connectedCount(): number {
    return this.server?.engine?.clientsCount ?? 0;
  }
}
