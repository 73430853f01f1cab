import type { Role } from '../auth/principal';

/** Room names: `all` (global feed), `founder`, and one per entity. */
export const ALL_ROOM = 'all';
export const FOUNDER_ROOM = 'founder';

export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const departmentRoom = (slug: string) => `department:${slug}`;
export const agentRoom = (cellId: string) => `agent:${cellId}`;
export const councilRoom = (id: string | number) => `council:${id}`;

const ROOM_PATTERN = /^(all|founder|(session|department|agent|council):[A-Za-z0-9_.:-]{1,100})$/;

export function isValidRoom(room: unknown): room is string {
  return typeof room === 'string' && ROOM_PATTERN.test(room);
}

/** Viewers see everything public but never the founder room. */
export function mayJoin(role: Role, room: string): boolean {
  return isValidRoom(room) && (room !== FOUNDER_ROOM || role === 'founder');
}

/**
 * Internal room of every viewer connection; not a valid room name, so it cannot be joined, left or
 * listed by a client. Founder-only events are emitted `except` it.
 */
export const VIEWERS_ROOM = '#viewers';

/**
 * An event is founder-only when it names the `founder` room and not the public feed (`all`): then it
 * reaches founder connections only, whatever entity room it also names (live, replay, GET /events).
 */
export function isFounderOnly(eventRooms: readonly string[]): boolean {
  return eventRooms.includes(FOUNDER_ROOM) && !eventRooms.includes(ALL_ROOM);
}

export function mayReceive(role: Role, eventRooms: readonly string[]): boolean {
  return role === 'founder' || !isFounderOnly(eventRooms);
}

/** Whether an event stored with `eventRooms` reaches a socket in `socketRooms`. */
export function reaches(eventRooms: string[], socketRooms: Iterable<string>): boolean {
  for (const room of socketRooms) if (eventRooms.includes(room)) return true;
  return false;
}
