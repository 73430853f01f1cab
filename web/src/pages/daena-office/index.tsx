import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useSessions } from '../../api/hooks';
import { api, read } from '../../api/client';
import type { ChatSessionView } from '../../api/types';
import { useSession } from '../../app/session';
import { ChatPanel } from '../../chat/ChatPanel';
import { SessionList } from '../../chat/SessionList';
import { SearchBox } from './SearchBox';

const CATEGORIES = [
  { id: 'executive', label: 'Executive' },
  { id: 'departments', label: 'Departments' },
  { id: 'agents', label: 'Agents' },
  { id: 'all', label: 'All' },
  { id: 'deleted', label: 'Deleted' },
] as const;

/** Daena's office: every conversation by category, and the chat with Daena. */
export default function DaenaOfficePage() {
  const { session_id: sessionId = null } = useParams();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const focusMessageId = Number(params.get('message')) || null;
  const [category, setCategory] = useState<(typeof CATEGORIES)[number]['id']>('executive');
  const sessions = useSessions({ kind: 'daena', category: category === 'deleted' ? 'all' : category, deleted: category === 'deleted' || undefined });
  const list = sessions.data?.sessions ?? [];
  const open = (id: string | null) => navigate(id ? `/daena-office/${id}` : '/daena-office');
  const current = list.find((s) => s.session_id === sessionId) ?? null;

  return (
    <div className="page office">
      <aside className="office-side" aria-label="Conversations">
        <div className="section-head">
          <h1>Daena's office</h1>
          <button onClick={() => open(null)}>New chat</button>
        </div>
        <SearchBox />
        <div role="tablist" aria-label="Category" className="tabs">
          {CATEGORIES.map((c) => (
            <button key={c.id} role="tab" aria-selected={category === c.id} onClick={() => setCategory(c.id)}>
              {c.label}
            </button>
          ))}
        </div>
        {sessions.error && <p role="alert" className="error">{sessions.error.message}</p>}
        <SessionList sessions={list} selected={sessionId} onSelect={open} empty={sessions.isPending ? 'Loading…' : 'No conversations here yet.'} />
      </aside>
      <div className="office-main">
        {current && <SessionTools key={`${current.session_id}:${current.title}:${current.category}`} session={current} onGone={() => open(null)} />}
        {current?.scope_type && current.scope_type !== 'executive' && current.scope_type !== 'general' ? (
          <p className="hint">
            This is a {current.scope_type} conversation ({current.scope_id}); it is answered from its own page, shown here read-only.
          </p>
        ) : null}
        <ChatPanel
          key={sessionId ?? 'new'}
          target={{ kind: 'daena' }}
          sessionId={sessionId}
          focusMessageId={focusMessageId}
          speaker="Daena"
          onSessionCreated={(id) => navigate(`/daena-office/${id}`, { replace: true })}
        />
      </div>
    </div>
  );
}

/** Rename, recategorise, delete (restorable) and restore. */
function SessionTools({ session, onGone }: { session: ChatSessionView; onGone: () => void }) {
  const { readOnlyReason } = useSession();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(session.title ?? '');
  const [error, setError] = useState<string | null>(null);
  const path = { session_id: session.session_id };
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const disabled = Boolean(readOnlyReason);
  return (
    <div className="session-tools">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => read(api.PATCH('/api/v1/chat-history/sessions/{session_id}', { params: { path }, body: { title: title.trim() } })));
        }}
      >
        <label htmlFor="session-title">Title</label>
        <input id="session-title" value={title} onChange={(e) => setTitle(e.target.value)} disabled={disabled} maxLength={200} />
        <button type="submit" disabled={disabled || !title.trim() || title === session.title} title={readOnlyReason ?? undefined}>
          Rename
        </button>
      </form>
      <label htmlFor="session-category">Category</label>
      <select
        id="session-category"
        value={session.category}
        disabled={disabled}
        title={readOnlyReason ?? undefined}
        onChange={(e) => void run(() => read(api.PATCH('/api/v1/chat-history/sessions/{session_id}', { params: { path }, body: { category: e.target.value } })))}
      >
        {['executive', 'departments', 'agents', 'council', 'general'].map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      {session.deleted_at ? (
        <button disabled={disabled} title={readOnlyReason ?? undefined} onClick={() => void run(() => read(api.POST('/api/v1/chat-history/sessions/{session_id}/restore', { params: { path } })))}>
          Restore
        </button>
      ) : (
        <button
          className="danger"
          disabled={disabled}
          title={readOnlyReason ?? undefined}
          onClick={() => void run(async () => {
            await read(api.DELETE('/api/v1/chat-history/sessions/{session_id}', { params: { path } }));
            onGone();
          })}
        >
          Delete
        </button>
      )}
      {readOnlyReason && <span className="hint">{readOnlyReason}</span>}
      {error && <p role="alert" className="error">{error}</p>}
    </div>
  );
}
