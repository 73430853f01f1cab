import { useMemo, useState } from 'react';
import { api, read } from '../../api/client';
import { useAuditEvents, useAuditStats, type AuditQuery } from '../../api/hooks';
import type { ChainVerification, EventEnvelope } from '../../api/types';
import { BarChart, fillBuckets } from '../../components/Chart';
import { ActionError, FounderOnlyNotice, useAction } from '../../components/actions';
import { CursorTrail, EMPTY_FORM, exportHref, toAuditQuery, type AuditForm } from './audit-filters';

const PAGE_SIZE = 50;

/** The event log: filters, keyset pages (newest first), stats, chain verification, exports. */
export default function AuditPage() {
  const [form, setForm] = useState<AuditForm>(EMPTY_FORM);
  const [query, setQuery] = useState<AuditQuery>({});
  const [trail, setTrail] = useState(new CursorTrail());
  const events = useAuditEvents(query, trail.current, PAGE_SIZE);
  const field = (name: keyof AuditForm) => ({ value: form[name], onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }) });

  if (events.error && (events.error as { status?: number }).status === 403) {
    return (
      <div className="page audit">
        <h1>Audit</h1>
        <FounderOnlyNotice error={events.error} what="The audit log" />
      </div>
    );
  }
  const page = events.data;
  return (
    <div className="page audit">
      <h1>Audit</h1>
      <form
        className="filters card"
        aria-label="Filter events"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(toAuditQuery(form));
          setTrail(new CursorTrail());
        }}
      >
        <label>
          Actor <input {...field('actor')} placeholder="founder" />
        </label>
        <label>
          Event type <input {...field('type')} placeholder="council or config.updated" title="A bare word or a.* is a prefix; separate several with commas" />
        </label>
        <label>
          Entity type <input {...field('entityType')} placeholder="council" />
        </label>
        <label>
          Entity id <input {...field('entityId')} />
        </label>
        <label>
          Since <input type="datetime-local" {...field('since')} />
        </label>
        <label>
          Until <input type="datetime-local" {...field('until')} />
        </label>
        <button type="submit">Apply</button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setForm(EMPTY_FORM);
            setQuery({});
            setTrail(new CursorTrail());
          }}
        >
          Clear
        </button>
      </form>
      <div className="grid-2">
        <Verify />
        <section className="card" aria-labelledby="export-title">
          <h2 id="export-title">Export</h2>
          <p className="muted">The rows matching the filters, oldest first (an unfiltered export holds what an offline chain check needs).</p>
          <p className="export-links">
            <a className="button" href={exportHref(query, 'csv')} download data-testid="export-csv">
              Download CSV
            </a>{' '}
            <a className="button" href={exportHref(query, 'jsonl')} download data-testid="export-jsonl">
              Download JSONL
            </a>
          </p>
        </section>
      </div>
      <Stats range={{ since: query.since, until: query.until }} />
      <section className="card" aria-labelledby="log-title">
        <div className="section-head">
          <h2 id="log-title">Events</h2>
          <span className="muted" data-testid="audit-total">
            {page ? `${page.total} matching · page ${trail.page}` : ''}
          </span>
          <button disabled={trail.page === 1} onClick={() => setTrail(trail.newer())}>
            Newer
          </button>
          <button disabled={!page?.next_cursor} onClick={() => setTrail(trail.older(page?.next_cursor ?? null))}>
            Older
          </button>
          <button className="link-button" onClick={() => void events.refetch()}>
            Refresh
          </button>
        </div>
        {events.error && (
          <p role="alert" className="error" data-testid="audit-error">
            {events.error.message}
          </p>
        )}
        {!page && !events.error && <p className="muted">Loading…</p>}
        {page && (
          <table className="table audit-table" data-testid="audit-events">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Type</th>
                <th scope="col">Entity</th>
                <th scope="col">Actor</th>
                <th scope="col">Payload</th>
              </tr>
            </thead>
            <tbody>
              {page.events.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted">
                    No event matches these filters.
                  </td>
                </tr>
              )}
              {page.events.map((e) => (
                <tr key={e.id} data-testid="audit-row">
                  <td>{e.id}</td>
                  <td>
                    <time dateTime={e.created_at}>{new Date(e.created_at).toLocaleString()}</time>
                  </td>
                  <td>
                    <code>{e.event_type}</code>
                  </td>
                  <td>
                    {e.entity_type}
                    {e.entity_id !== null && e.entity_id !== '' ? ` / ${e.entity_id}` : ''}
                  </td>
                  <td>{e.actor}</td>
                  <td>
                    <details>
                      <summary>{summary(e.payload)}</summary>
                      <pre className="payload">{JSON.stringify(e.payload, null, 2)}</pre>
                      <p className="muted small">
                        rooms {e.rooms.join(', ')} · hash <code>{e.hash.slice(0, 16)}…</code>
                      </p>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** The hours from the first to the last busy one (12 to 48 of them, ending at the last), quiet hours as zero. */
function hourPoints(perHour: Array<{ hour: string; count: number }>) {
  if (!perHour.length) return [];
  const times = perHour.map((p) => Date.parse(p.hour));
  const last = Math.max(...times);
  const span = Math.min(48, Math.max(12, Math.round((last - Math.min(...times)) / 3_600_000) + 1));
  return fillBuckets(perHour.map((p) => ({ key: p.hour, count: p.count })), 'hour', span, last);
}

function summary(payload: Record<string, unknown>): string {
  const text = JSON.stringify(payload);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function Verify() {
  const verify = useAction(async () => {
    const result = await read<ChainVerification>(api.GET('/api/v1/audit/verify'));
    let broken: EventEnvelope | null = null;
    if (result.first_broken_id !== null) {
      const page = await read<{ events: EventEnvelope[] }>(api.GET('/api/v1/events', { params: { query: { after_id: result.first_broken_id - 1, limit: 1 } } }));
      broken = page.events.find((e) => e.id === result.first_broken_id) ?? null;
    }
    return { ...result, broken };
  });
  const r = verify.data;
  return (
    <section className="card" aria-labelledby="verify-title">
      <h2 id="verify-title">Hash chain</h2>
      <p className="muted">Every event row links to the one before by its hash; verifying walks the whole chain.</p>
      <button onClick={() => void verify.run()} disabled={verify.pending}>
        {verify.pending ? 'Verifying…' : 'Verify chain'}
      </button>
      <ActionError error={verify.error} />
      {r && (
        <p role="status" data-testid="verify-result" className={r.ok ? 'llm-text-up' : 'llm-text-down'}>
          {r.ok
            ? `Chain intact: ${r.checked} rows checked${r.last_event_id !== null ? `, up to #${r.last_event_id}` : ''}${r.anchor_id ? ` (from the retention anchor #${r.anchor_id})` : ''}.`
            : `Chain broken at row #${r.first_broken_id}${r.broken ? ` (${r.broken.event_type}, ${r.broken.entity_type} / ${r.broken.entity_id}, ${new Date(r.broken.created_at).toLocaleString()})` : ''}: ${r.reason}. ${r.checked} row${r.checked === 1 ? '' : 's'} before it ${r.checked === 1 ? 'is' : 'are'} intact.`}
        </p>
      )}
    </section>
  );
}

function Stats({ range }: { range: Pick<AuditQuery, 'since' | 'until'> }) {
  const stats = useAuditStats(range);
  const points = useMemo(() => hourPoints(stats.data?.per_hour ?? []), [stats.data]);
  if (stats.error) return <p className="error">{stats.error.message}</p>;
  const s = stats.data;
  const top = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8);
  return (
    <section className="card" aria-labelledby="stats-title" data-testid="audit-stats">
      <h2 id="stats-title">Stats {s && <span className="muted">({s.total} events{range.since || range.until ? ' in the range' : ''})</span>}</h2>
      {s && (
        <div className="grid-2 stats">
          <div>
            {points.length > 0 && <BarChart title="Events per hour (UTC)" points={points} unit="hour" />}
          </div>
          <div className="stat-lists">
            <h3>By type</h3>
            <ol>
              {top(s.by_type).map(([type, n]) => (
                <li key={type}>
                  <code>{type}</code> {n}
                </li>
              ))}
            </ol>
            <h3>By actor</h3>
            <ol>
              {top(s.by_actor).map(([actor, n]) => (
                <li key={actor}>
                  {actor} {n}
                </li>
              ))}
            </ol>
          </div>
        </div>
      )}
    </section>
  );
}
