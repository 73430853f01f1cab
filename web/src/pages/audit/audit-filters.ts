import type { AuditQuery } from '../../api/hooks';

/** The filter form as typed: free text, and datetime-local values (the browser's local time). */
export interface AuditForm {
  actor: string;
  type: string;
  entityType: string;
  entityId: string;
  since: string;
  until: string;
}

export const EMPTY_FORM: AuditForm = { actor: '', type: '', entityType: '', entityId: '', since: '', until: '' };

/**
 * Event types as the server takes them (comma-separated, `a.*` a prefix). A bare word or a type
 * ending in a dot is read as a prefix ("council" → "council.*"), since that is what the field offers.
 */
export function typeFilter(text: string): string | undefined {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.endsWith('.*') ? p : p.endsWith('.') ? `${p}*` : p.includes('.') ? p : `${p}.*`));
  return parts.length ? parts.join(',') : undefined;
}

/** datetime-local text ("2026-12-02T01:30") in the browser's zone → ISO 8601 UTC; other text passes (the server says what is wrong). */
export function toIso(local: string): string | undefined {
  const text = local.trim();
  if (!text) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? text : new Date(ms).toISOString();
}

/** The query the audit routes take; empty fields are left out. */
export function toAuditQuery(form: AuditForm): AuditQuery {
  const query: AuditQuery = {
    actor: form.actor.trim() || undefined,
    event_type: typeFilter(form.type),
    entity_type: form.entityType.trim() || undefined,
    entity_id: form.entityId.trim() || undefined,
    since: toIso(form.since),
    until: toIso(form.until),
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as AuditQuery;
}

/** The export link for the same filters (`format` csv or jsonl); the cookie authenticates the download. */
export function exportHref(query: AuditQuery, format: 'csv' | 'jsonl'): string {
  const params = new URLSearchParams({ format, ...(query as Record<string, string>) });
  return `/api/v1/audit/export?${params.toString()}`;
}

/**
 * Keyset paging, newest first: the cursors of the pages opened so far (null = the first page), so
 * "Newer" goes back exactly to the page seen before, even while new rows arrive.
 */
export class CursorTrail {
  constructor(readonly cursors: ReadonlyArray<string | null> = [null]) {}

  get current(): string | null {
    return this.cursors[this.cursors.length - 1];
  }

  get page(): number {
    return this.cursors.length;
  }

  older(nextCursor: string | null): CursorTrail {
    return nextCursor ? new CursorTrail([...this.cursors, nextCursor]) : this;
  }

  newer(): CursorTrail {
    return this.cursors.length > 1 ? new CursorTrail(this.cursors.slice(0, -1)) : this;
  }
}
