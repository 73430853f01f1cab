import { io, Socket } from 'socket.io-client';
import { FOUNDER_TOKEN } from './app';

export interface ReceivedEvent {
  id: number | null;
  event_type: string;
  entity_type: string;
  entity_id: string | null;
  payload: Record<string, any>;
  actor: string;
  created_at: string;
}

/** A real Socket.IO client; resolves once the server said `ready` (replay done, rooms joined). */
export function connectSocket(
  url: string,
  auth: { token?: string; last_event_id?: number; rooms?: string[] } = {},
): Promise<{ socket: Socket; received: ReceivedEvent[]; ready: { rooms: string[]; denied: string[] } }> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: { token: FOUNDER_TOKEN, ...auth },
  });
  const received: ReceivedEvent[] = [];
  socket.onAny((name: string, envelope: ReceivedEvent) => {
    if (envelope && typeof envelope === 'object' && 'event_type' in envelope) received.push(envelope);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not become ready')), 5000);
    socket.once('ready', (ready) => {
      clearTimeout(timer);
      resolve({ socket, received, ready });
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

/** Waits until `predicate` holds for the events received so far. */
export async function waitFor<T>(check: () => T | undefined | false, timeoutMs = 3000, what = 'condition'): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
