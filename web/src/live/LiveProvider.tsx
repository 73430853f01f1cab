import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { EventEnvelope, Role } from '../api/types';
import { EventCursor } from './event-cursor';
import { queryKeysFor } from './invalidation';

/** live: replay done, events flow · catching_up: connected, replaying · reconnecting · connecting. */
export type ConnectionState = 'connecting' | 'catching_up' | 'live' | 'reconnecting';
type Listener = (event: EventEnvelope) => void;

interface Live {
  state: ConnectionState;
  /** Calls `listener` for every event (replayed or live) until the returned function is called. */
  listen(listener: Listener): () => void;
  /** Joins rooms for as long as the caller needs them (reference counted; rejoined on reconnect). */
  join(rooms: string[]): () => void;
  /** Resolves once `rooms` are joined (so a send after it never misses its first delta). */
  joined(rooms: string[]): Promise<void>;
}

const LiveContext = createContext<Live | null>(null);

export function useLive(): Live {
  const live = useContext(LiveContext);
  if (!live) throw new Error('useLive outside LiveProvider');
  return live;
}

/** Calls `handler` for each event the tab receives (the latest handler, without resubscribing). */
export function useLiveEvents(handler: Listener): void {
  const live = useLive();
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => live.listen((event) => ref.current(event)), [live]);
}

/** Joins `session:<id>` (or any rooms) while the component is mounted. */
export function useRooms(rooms: string[]): void {
  const live = useLive();
  const key = rooms.join(',');
  useEffect(() => (key ? live.join(key.split(',')) : undefined), [live, key]);
}

/**
 * The tab's one Socket.IO connection. It authenticates with the HttpOnly cookie (same origin), and
 * every (re)connect sends the last logged event id it saw, so the server replays what was missed
 * in order; the cursor drops duplicates. Logged events also mark the matching queries stale.
 */
export function LiveProvider({ role, children }: { role: Role; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ConnectionState>('connecting');
  const live = useMemo(() => {
    const cursor = new EventCursor();
    const listeners = new Set<Listener>();
    const roomCounts = new Map<string, number>();
    const base = role === 'founder' ? ['all', 'founder'] : ['all'];
    const rooms = () => [...base, ...roomCounts.keys()];
    let socket: Socket | null = null;
    let pendingKeys = new Set<string>();
    let flushTimer: ReturnType<typeof setTimeout> | null = null;
    const invalidate = (keys: string[][]) => {
      for (const key of keys) pendingKeys.add(JSON.stringify(key));
      // Bursts (a streaming reply's checkpoints) refetch once.
      flushTimer ??= setTimeout(() => {
        flushTimer = null;
        const batch = pendingKeys;
        pendingKeys = new Set();
        for (const key of batch) void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as string[] });
      }, 250);
    };
    const connect = () => {
      socket = io({
        path: '/socket.io',
        transports: ['websocket'],
        withCredentials: true,
        reconnectionDelay: 500,
        reconnectionDelayMax: 5000,
        auth: (cb) => cb({ last_event_id: cursor.lastId, rooms: rooms() }),
      });
      socket.on('connect', () => setState('catching_up'));
      socket.on('ready', (info: { last_event_id?: number }) => {
        const first = cursor.lastId === null;
        cursor.advanceTo(info?.last_event_id);
        setState('live');
        // The first connection had nothing to replay from: refresh what was read before it.
        if (first) void queryClient.invalidateQueries();
      });
      socket.on('resync_required', () => void queryClient.invalidateQueries());
      socket.on('disconnect', () => setState('reconnecting'));
      socket.io.on('reconnect_attempt', () => setState('reconnecting'));
      socket.on('connect_error', () => setState('reconnecting'));
      socket.onAny((name: string, event: EventEnvelope) => {
        if (!event || typeof event !== 'object' || event.event_type !== name) return;
        if (!cursor.accept(event.id)) return;
        if (event.id !== null) invalidate(queryKeysFor(event));
        for (const listener of listeners) listener(event);
      });
    };
    const value: Live & { connect(): void; close(): void } = {
      state: 'connecting',
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      join(list) {
        const added = list.filter((room) => {
          const n = roomCounts.get(room) ?? 0;
          roomCounts.set(room, n + 1);
          return n === 0;
        });
        if (added.length && socket?.connected) socket.emit('subscribe', { rooms: added }, () => undefined);
        return () => {
          const removed = list.filter((room) => {
            const n = (roomCounts.get(room) ?? 1) - 1;
            if (n <= 0) roomCounts.delete(room);
            else roomCounts.set(room, n);
            return n <= 0;
          });
          if (removed.length && socket?.connected) socket.emit('unsubscribe', { rooms: removed }, () => undefined);
        };
      },
      async joined(list) {
        if (!socket?.connected) return;
        await socket.timeout(5000).emitWithAck('subscribe', { rooms: list });
      },
      connect,
      close: () => socket?.close(),
    };
    return value;
  }, [queryClient, role]);

  useEffect(() => {
    (live as unknown as { connect(): void }).connect();
    return () => (live as unknown as { close(): void }).close();
  }, [live]);

  const value = useMemo(() => ({ ...live, state }), [live, state]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
