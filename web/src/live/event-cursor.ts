/**
 * The replay bookkeeping of the live connection: the highest logged event id seen (sent back as
 * `last_event_id` on reconnect) and the drop of anything at or below it, so a replay that overlaps
 * what already arrived never shows an event twice. Transient events (token deltas) have no id.
 */
export class EventCursor {
  constructor(private last: number | null = null) {}

  get lastId(): number | null {
    return this.last;
  }

  /** True when the event is new (and then it becomes the last seen); false for a duplicate. */
  accept(id: number | null | undefined): boolean {
    if (id === null || id === undefined) return true;
    if (this.last !== null && id <= this.last) return false;
    this.last = id;
    return true;
  }

  /** Start from a known point (the newest id of an HTTP read), never going back. */
  advanceTo(id: number | null | undefined): void {
    if (typeof id === 'number' && (this.last === null || id > this.last)) this.last = id;
  }
}
