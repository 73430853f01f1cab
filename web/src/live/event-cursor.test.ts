import { describe, expect, it } from 'vitest';
import { EventCursor } from './event-cursor';

describe('EventCursor (reconnect / replay buffer)', () => {
  it('starts with no id, so the first connection asks for no replay', () => {
    expect(new EventCursor().lastId).toBeNull();
  });

  it('keeps the highest id and drops a replayed event it already has', () => {
    const cursor = new EventCursor();
    expect([1, 2, 3].map((id) => cursor.accept(id))).toEqual([true, true, true]);
    expect(cursor.lastId).toBe(3);
    // Reconnect with last_event_id 3: the server replays 4, 5, and a racing live copy of 5 is dropped.
    expect([2, 3, 4, 5, 5].map((id) => cursor.accept(id))).toEqual([false, false, true, true, false]);
    expect(cursor.lastId).toBe(5);
  });

  it('lets transient events (no id) through without moving', () => {
    const cursor = new EventCursor(7);
    expect(cursor.accept(null)).toBe(true);
    expect(cursor.accept(undefined)).toBe(true);
    expect(cursor.lastId).toBe(7);
  });

  it('advances to an HTTP read position but never backwards', () => {
    const cursor = new EventCursor(10);
    cursor.advanceTo(4);
    expect(cursor.lastId).toBe(10);
    cursor.advanceTo(12);
    expect(cursor.lastId).toBe(12);
    expect(cursor.accept(11)).toBe(false);
  });
});
