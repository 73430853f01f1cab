import { EventLog } from '../events/entities/event-log.entity';
import { EventEnvelope, toEnvelope } from '../events/event-envelope';

/** An event as the audit sees it: the envelope plus what its hash covers and links to. */
export interface AuditRow extends EventEnvelope {
  rooms: string[];
  prev_hash: string;
  hash: string;
}

export function toAuditRow(row: EventLog): AuditRow {
  return { ...toEnvelope(row), rooms: row.rooms, prev_hash: row.prevHash, hash: row.hash };
}

export const CSV_COLUMNS = ['id', 'created_at', 'event_type', 'entity_type', 'entity_id', 'actor', 'payload', 'rooms', 'prev_hash', 'hash'] as const;

/** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** One CSV record; `payload` and `rooms` are JSON text, a null `entity_id` is an empty field. */
export function toCsvLine(row: AuditRow): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    ...row,
    payload: JSON.stringify(row.payload),
    rooms: JSON.stringify(row.rooms),
  };
  return `${CSV_COLUMNS.map((column) => csvField(cells[column])).join(',')}\r\n`;
}

export function toJsonLine(row: AuditRow): string {
  return `${JSON.stringify(row)}\n`;
}
