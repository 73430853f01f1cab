import { EventEnvelopeDto, HourCountDto } from '../../events/dto/event-response.dto';

/** An event as the audit sees it: the envelope plus what its hash covers and links to. */
export class AuditRowDto extends EventEnvelopeDto {
  rooms: string[];
  prev_hash: string;
  hash: string;
}

/** `GET /audit/events`: newest first. */
export class AuditPageDto {
  events: AuditRowDto[];
  /** Rows matching the filter. */
  total: number;
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  next_cursor: string | null;
}

/** `GET /audit/stats`. */
export class AuditStatsDto {
  since: string | null;
  until: string | null;
  total: number;
  by_type: Record<string, number>;
  by_actor: Record<string, number>;
  per_hour: HourCountDto[];
}

/** `GET /audit/verify`. */
export class ChainVerificationDto {
  ok: boolean;
  /** Rows walked. */
  checked: number;
  last_event_id: number | null;
  /** The first row whose hash or link does not match; null when the chain is intact. */
  first_broken_id: number | null;
  reason: string | null;
  /** Where the walk started after a prune: the last pruned row (absent = the genesis, nothing pruned). */
  anchor_id?: number;
}
