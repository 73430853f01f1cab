import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCounts, useEventStats, useLlmStatus, useRecentEvents } from '../../api/hooks';
import type { EventEnvelope } from '../../api/types';
import { LLM_LABEL } from '../../app/Layout';
import { BarChart, fillBuckets } from '../../components/Chart';
import { entityPath } from '../../components/entity-link';
import { useLiveEvents } from '../../live/LiveProvider';

const FEED_SIZE = 200;

/** Counts, the brain's state, the live event feed and the activity charts. */
export function DashboardPage() {
  const counts = useCounts();
  const llm = useLlmStatus();
  const stats = useEventStats(24);
  const recent = useRecentEvents(50);
  const [live, setLive] = useState<EventEnvelope[]>([]);
  const [paused, setPaused] = useState(false);
  const [held, setHeld] = useState<EventEnvelope[]>([]);
  const [typeFilter, setTypeFilter] = useState('');

  useLiveEvents((event) => {
    if (event.id === null) return; // token deltas are not feed items
    if (paused) setHeld((h) => [event, ...h].slice(0, FEED_SIZE));
    else setLive((l) => [event, ...l].slice(0, FEED_SIZE));
  });

  const feed = useMemo(() => {
    const seen = new Set<number>();
    const all = [...live, ...[...(recent.data ?? [])].reverse()].filter((e) => e.id !== null && !seen.has(e.id) && seen.add(e.id));
    return all.sort((a, b) => (b.id ?? 0) - (a.id ?? 0)).slice(0, FEED_SIZE);
  }, [live, recent.data]);
  const types = useMemo(() => [...new Set([...feed.map((e) => e.event_type), ...Object.keys(stats.data?.by_type ?? {})])].sort(), [feed, stats.data]);
  const shown = typeFilter ? feed.filter((e) => e.event_type === typeFilter) : feed;

  const resume = () => {
    setLive((l) => [...held, ...l].slice(0, FEED_SIZE));
    setHeld([]);
    setPaused(false);
  };

  const perHour = useMemo(() => fillBuckets((stats.data?.per_hour ?? []).map((r) => ({ key: r.hour, count: r.count })), 'hour', 24), [stats.data]);
  const perDay = useMemo(() => fillBuckets((stats.data?.messages_per_day ?? []).map((r) => ({ key: r.day, count: r.count })), 'day', 14), [stats.data]);
  const c = counts.data;

  return (
    <div className="page dashboard">
      <h1>Dashboard</h1>
      <section aria-label="Counts" className="cards" data-testid="counts">
        <Count label="Departments" value={c?.departments} to="/departments" />
        <Count label="Agents" value={c?.agents} to="/agents" />
        <Count label="Sessions" value={c?.sessions} to="/daena-office" />
        <Count label="Tasks" value={c?.tasks} detail={c ? `${c.activeTasks} active` : undefined} />
        <Count label="Events" value={c?.events} />
        <div className="card count">
          <span className="label">LLM</span>
          <span className={`value llm-text-${llm.data?.state ?? 'unknown'}`} data-testid="llm-card">
            {llm.data ? (llm.data.paused ? 'Paused' : LLM_LABEL[llm.data.state]) : '…'}
          </span>
          <span className="detail" title={llm.data?.active_model}>
            {llm.data?.active_model}
          </span>
        </div>
      </section>
      {counts.error && <p role="alert" className="error">Counts could not be loaded: {counts.error.message}</p>}

      <div className="grid-2">
        <section aria-labelledby="feed-title" className="card feed">
          <div className="section-head">
            <h2 id="feed-title">Live events</h2>
            <label>
              <span className="sr-only">Filter by type</span>
              <select value={typeFilter} onChange={(e) => setTypeFilter(e.target.value)} aria-label="Filter events by type">
                <option value="">All types</option>
                {types.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            </label>
            <button onClick={() => (paused ? resume() : setPaused(true))} aria-pressed={paused}>
              {paused ? `Resume${held.length ? ` (${held.length} new)` : ''}` : 'Pause'}
            </button>
          </div>
          <ol className="feed-list" aria-live={paused ? 'off' : 'polite'} aria-relevant="additions" data-testid="feed">
            {shown.length === 0 && <li className="muted">No events yet.</li>}
            {shown.map((event) => (
              <FeedItem key={event.id} event={event} />
            ))}
          </ol>
        </section>
        <section aria-label="Activity charts" className="card charts">
          {stats.data ? (
            <>
              <BarChart title="Events per hour (last 24 h)" points={perHour} unit="hour" />
              <BarChart title="Messages per day (last 14 days)" points={perDay} unit="day" />
            </>
          ) : (
            <p className="muted">Loading charts…</p>
          )}
        </section>
      </div>
    </div>
  );
}

function Count({ label, value, to, detail }: { label: string; value: number | undefined; to?: string; detail?: string }) {
  const body = (
    <>
      <span className="label">{label}</span>
      <span className="value">{value ?? '…'}</span>
      {detail && <span className="detail">{detail}</span>}
    </>
  );
  return to ? (
    <Link className="card count" to={to}>
      {body}
    </Link>
  ) : (
    <div className="card count">{body}</div>
  );
}

function FeedItem({ event }: { event: EventEnvelope }) {
  const path = entityPath(event);
  const p = event.payload as Record<string, unknown>;
  const summary = typeof p?.content === 'string' ? p.content : typeof p?.title === 'string' ? p.title : typeof p?.name === 'string' ? p.name : '';
  return (
    <li className="feed-item">
      <time dateTime={event.created_at}>{new Date(event.created_at).toLocaleTimeString()}</time>
      <span className="type">{event.event_type}</span>
      {path ? (
        <Link to={path} className="entity">
          {event.entity_type} {event.entity_id}
        </Link>
      ) : (
        <span className="entity">
          {event.entity_type} {event.entity_id}
        </span>
      )}
      {summary && <span className="summary">{summary.slice(0, 140)}</span>}
    </li>
  );
}
