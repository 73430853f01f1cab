import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, read } from '../../api/client';
import { useAgent, useSessions } from '../../api/hooks';
import type { AgentActivityView, EventEnvelope } from '../../api/types';
import { ChatPanel } from '../../chat/ChatPanel';
import { SessionList } from '../../chat/SessionList';
import { entityPath } from '../../components/entity-link';
import { useLiveEvents, useRooms } from '../../live/LiveProvider';

/** One agent: its chat (its own sessions), current task and progress, recent events. */
export default function AgentPage() {
  const { cell_id: cellId = '' } = useParams();
  const agent = useAgent(cellId);
  const activity = useQuery({
    queryKey: ['agent-activity', 'one', cellId],
    queryFn: () => read<AgentActivityView>(api.GET('/api/v1/agents/{cell_id}/activity', { params: { path: { cell_id: cellId } } })),
  });
  const sessions = useSessions({ kind: 'agent', cellId });
  const events = useQuery({
    queryKey: ['agent-events', cellId],
    queryFn: () =>
      read<{ events: EventEnvelope[] }>(api.GET('/api/v1/events', { params: { query: { entity_type: 'agent', entity_id: cellId, limit: 20 } } })).then((r) => r.events),
  });
  const [liveEvents, setLiveEvents] = useState<EventEnvelope[]>([]);
  const [sessionId, setSessionId] = useState<string | null>(null);
  useRooms([`agent:${cellId}`]);
  useLiveEvents((e) => {
    if (e.id !== null && (e.entity_id === cellId || (e.payload as { scope_id?: string })?.scope_id === cellId)) setLiveEvents((l) => [e, ...l].slice(0, 20));
  });
  const a = agent.data;
  const act = activity.data;
  const list = sessions.data?.sessions ?? [];
  const openId = sessionId ?? list[0]?.session_id ?? null;
  const recent = [...liveEvents, ...[...(events.data ?? [])].reverse()].slice(0, 20);

  if (agent.error) return <p role="alert" className="error">{agent.error.message}</p>;
  return (
    <div className="page agent">
      <nav aria-label="Breadcrumb" className="crumbs">
        <Link to="/agents">Agents</Link> / <span>{a?.name ?? cellId}</span>
      </nav>
      <h1>{a?.name ?? cellId}</h1>
      <p className="muted">
        {a?.type ?? a?.role} · <Link to={`/departments/${encodeURIComponent(a?.department ?? '')}`}>{a?.department_name ?? a?.department}</Link> · {cellId}
      </p>
      <div className="grid-2">
        <section className="card" aria-labelledby="task-title">
          <h2 id="task-title">Current task</h2>
          {act ? (
            <>
              <p>
                Status: <span className={`status status-${act.status}`}>{act.status}</span>
              </p>
              {act.current_task ? (
                <p>
                  {act.current_task.title}{' '}
                  <progress max={100} value={act.current_task.progress} aria-label="Task progress" /> {act.current_task.progress}%
                </p>
              ) : (
                <p className="muted">No running task{act.pending_tasks ? ` (${act.pending_tasks} pending)` : ''}.</p>
              )}
            </>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </section>
        <section className="card" aria-labelledby="events-title">
          <h2 id="events-title">Recent events</h2>
          <ol className="feed-list">
            {recent.length === 0 && <li className="muted">No events for this agent yet.</li>}
            {recent.map((e) => {
              const path = entityPath(e);
              return (
                <li key={e.id} className="feed-item">
                  <time dateTime={e.created_at}>{new Date(e.created_at).toLocaleString()}</time> <span className="type">{e.event_type}</span>
                  {path && <Link to={path}>open</Link>}
                </li>
              );
            })}
          </ol>
        </section>
      </div>
      <div className="office">
        <aside className="office-side" aria-label="Conversations with this agent">
          <div className="section-head">
            <h2>Conversations</h2>
            <button onClick={() => setSessionId('')}>New chat</button>
          </div>
          <SessionList sessions={list} selected={openId} onSelect={setSessionId} empty="No conversations with this agent yet." />
        </aside>
        <div className="office-main">
          <ChatPanel
            key={`${cellId}:${sessionId === '' ? 'new' : openId}`}
            target={{ kind: 'agent', cellId }}
            sessionId={sessionId === '' ? null : openId}
            onSessionCreated={setSessionId}
            speaker={a?.name ?? cellId}
          />
        </div>
      </div>
    </div>
  );
}
