import { Readable } from 'node:stream';
import { BadRequestException, Injectable, StreamableFile } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '../common/utils/cursor';
import { EventLog } from '../events/entities/event-log.entity';
import { EventsService } from '../events/events.service';
import { AuditFilter, AuditRepository } from './audit.repository';
import { CSV_HEADER, toAuditRow, toCsvLine, toJsonLine } from './audit.mapper';
import { AuditPageDto, AuditStatsDto, ChainVerificationDto } from './dto/audit-response.dto';
import { AuditFilterQueryDto, AuditRangeQueryDto, ExportAuditQueryDto, ExportFormat, ListAuditQueryDto } from './dto/audit-query.dto';

const DEFAULT_LIMIT = 100;
/** Rows per flushed chunk of an export: small writes cost syscalls, big ones memory. */
const EXPORT_CHUNK_CHARS = 64 * 1024;

const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** Read-only views of the event log for the founder: filtered pages, stats, streamed exports, chain check. */
@Injectable()
export class AuditService {
  constructor(
    private readonly events: EventsService,
    private readonly audit: AuditRepository,
  ) {}

  /** Newest first; `next_cursor` continues below the last id of this page. */
  async list(query: ListAuditQueryDto): Promise<AuditPageDto> {
    const filter = toAuditFilter(query);
    const beforeId = query.cursor === undefined ? undefined : (decodeCursor(query.cursor, ['number'])[0] as number);
    const page = await this.audit.queryAudit(filter, { beforeId, limit: query.limit ?? DEFAULT_LIMIT });
    const last = page.rows.at(-1);
    return {
      events: page.rows.map(toAuditRow),
      total: page.total,
      next_cursor: page.hasMore && last ? encodeCursor([last.id]) : null,
    };
  }

  async stats(query: AuditRangeQueryDto): Promise<AuditStatsDto> {
    const range = toRange(query);
    const stats = await this.audit.auditStats(range);
    return { since: range.since?.toISOString() ?? null, until: range.until?.toISOString() ?? null, ...stats };
  }

  /** Streams matching rows ascending by id, written batch by batch as they are read. */
  async export(query: ExportAuditQueryDto): Promise<StreamableFile> {
    const filter = toAuditFilter(query);
    const format = query.format ?? 'csv';
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const stream = Readable.from(exportChunks(this.audit.streamRows(filter), format));
    return new StreamableFile(stream, {
      type: EXPORT_TYPES[format],
      disposition: `attachment; filename="daena-audit-${stamp}.${format}"`,
    });
  }

  verify(): Promise<ChainVerificationDto> {
    return this.events.verifyChain();
  }
}

async function* exportChunks(rows: AsyncGenerator<EventLog>, format: ExportFormat): AsyncGenerator<string> {
  const line = format === 'csv' ? toCsvLine : toJsonLine;
  let chunk = format === 'csv' ? CSV_HEADER : '';
  for await (const row of rows) {
    chunk += line(toAuditRow(row));
    if (chunk.length >= EXPORT_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

function toRange(query: AuditRangeQueryDto): Pick<AuditFilter, 'since' | 'until'> {
  const since = query.since === undefined ? undefined : parseDate(query.since, 'since');
  const until = query.until === undefined ? undefined : parseDate(query.until, 'until');
  if (since && until && since > until) throw new BadRequestException(['since must not be after until']);
  return { since, until };
}

function parseDate(value: string, field: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new BadRequestException([`${field} must be a valid ISO 8601 date`]);
  return date;
}

export function toAuditFilter(query: AuditFilterQueryDto): AuditFilter {
  return {
    ...toRange(query),
    actor: query.actor,
    eventTypes: query.event_type?.split(','),
    entityType: query.entity_type,
    entityId: query.entity_id,
  };
}
