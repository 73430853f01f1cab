/** An event as clients receive it, on Socket.IO (event name = event_type) and from GET /events. */
export class EventEnvelopeDto {
  /** Ascending; replay with `after_id` / the socket's `last_event_id`. Null only for transient events (never in the log). */
  id: number | null;
  /** `domain.verb` past tense, e.g. `chat.message.created` (docs/events.md lists them). */
  event_type: string;
  entity_type: string;
  entity_id: string | null;
  payload: Record<string, unknown>;
  actor: string;
  created_at: string;
}

/** `GET /events`: the events after `after_id`, ascending. */
export class EventPageDto {
  events: EventEnvelopeDto[];
  /** Pass as `after_id` for the next page (the same `after_id` when nothing came). */
  next_after_id: number;
  has_more: boolean;
  /** Events after `after_id` were pruned: reload state instead of continuing. */
  resync_required: boolean;
}

export class HourCountDto {
  /** The UTC hour's start (ISO 8601). */
  hour: string;
  count: number;
}

export class DayCountDto {
  /** The UTC day (YYYY-MM-DD). */
  day: string;
  count: number;
}

/** `GET /events/stats`. */
export class EventStatsDto {
  total_events: number;
  latest_event_id: number;
  /** The `hours` asked for; null for all time. */
  period_hours: number | null;
  /** Event counts by event_type. */
  by_type: Record<string, number>;
  /** Events per UTC hour over the period (the last 24 h when no `hours`). */
  per_hour: HourCountDto[];
  /** `chat.message.created` per UTC day over the last 14 days. */
  messages_per_day: DayCountDto[];
}

export class ChainAnchorDto {
  id: number;
  hash: string;
}

/** `POST /events/prune`. */
export class PruneResultDto {
  pruned: number;
  /** The retention anchor after the prune (unchanged when nothing was pruned). */
  anchor: ChainAnchorDto | null;
  oldest_id: number | null;
  latest_id: number;
}
