import { describe, expect, it } from 'vitest';
import { CursorTrail, EMPTY_FORM, exportHref, toAuditQuery, toIso, typeFilter } from './audit-filters';

describe('typeFilter', () => {
  it('reads bare words and trailing dots as prefixes, keeps exact types and a.*', () => {
    expect(typeFilter('council')).toBe('council.*');
    expect(typeFilter('council.debate.')).toBe('council.debate.*');
    expect(typeFilter('config.updated, founder.*')).toBe('config.updated,founder.*');
    expect(typeFilter(' , ')).toBeUndefined();
  });
});

describe('toAuditQuery', () => {
  it('leaves out empty fields and trims', () => {
    expect(toAuditQuery(EMPTY_FORM)).toEqual({});
    expect(toAuditQuery({ ...EMPTY_FORM, actor: ' founder ', entityType: 'council', entityId: 'finance_council' })).toEqual({
      actor: 'founder',
      entity_type: 'council',
      entity_id: 'finance_council',
    });
  });
  it('turns local date-times into ISO UTC and passes unreadable text for the server to refuse', () => {
    const iso = toIso('2026-12-02T01:30');
    expect(iso).toBe(new Date(2026, 11, 2, 1, 30).toISOString());
    expect(toIso('yesterday')).toBe('yesterday');
    expect(toAuditQuery({ ...EMPTY_FORM, since: '2026-12-02T01:30', until: '' })).toEqual({ since: iso });
  });
});

describe('exportHref', () => {
  it('carries the same filters and the format', () => {
    const href = exportHref({ event_type: 'council.*', actor: 'founder' }, 'jsonl');
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/api/v1/audit/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'jsonl', event_type: 'council.*', actor: 'founder' });
  });
});

describe('CursorTrail', () => {
  it('goes older by next_cursor and back newer to the exact page seen', () => {
    let trail = new CursorTrail();
    expect([trail.current, trail.page]).toEqual([null, 1]);
    trail = trail.older('c1').older('c2');
    expect([trail.current, trail.page]).toEqual(['c2', 3]);
    expect(trail.older(null)).toBe(trail); // the last page: nothing older
    trail = trail.newer();
    expect(trail.current).toBe('c1');
    expect(trail.newer().newer().current).toBeNull();
  });
});
