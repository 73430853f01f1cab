import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { api, read } from '../api/client';
import type { ChatMessageView, EventEnvelope, MessagePage } from '../api/types';
import { useSession } from '../app/session';
import { useLive, useLiveEvents, useRooms } from '../live/LiveProvider';
import { renderMarkdown } from './markdown';
import { createSession, flushOutbox, outbox } from './send';
import type { ChatTarget, OutboxEntry } from './outbox';
import { StreamAssembly } from './stream-assembly';

const PAGE = 50;

export interface AgentNote {
  agent_id?: string;
  agent_name: string;
  role?: string;
  note: string;
}

interface Props {
  target: ChatTarget;
  /** null: a new conversation starts with the first message. */
  sessionId: string | null;
  onSessionCreated?: (sessionId: string) => void;
  /** Who answers (for labels): "Daena", the department, the agent. */
  speaker: string;
  /** Shown under an assistant reply (a department's "synthesised from N agents"). */
  renderReplyExtras?: (message: ChatMessageView) => ReactNode;
  placeholder?: string;
  /** Open at this message (a search result): older pages load until it is in the list. */
  focusMessageId?: number | null;
}

/**
 * One conversation: the messages (virtualised, older pages by cursor when scrolling up), the live
 * stream of the reply, stop and regenerate, and the composer whose messages go through the outbox.
 */
export function ChatPanel({ target, sessionId, onSessionCreated, speaker, renderReplyExtras, placeholder, focusMessageId = null }: Props) {
  const { readOnlyReason } = useSession();
  const live = useLive();
  const queryClient = useQueryClient();
  const [, bump] = useReducer((n: number) => n + 1, 0);
  const assembly = useMemo(() => (sessionId ? new StreamAssembly(sessionId) : null), [sessionId]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [notes, setNotes] = useState<AgentNote[]>([]);
  const [queued, setQueued] = useState<OutboxEntry[]>(() => (sessionId ? outbox.entries(sessionId) : []));
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const prepended = useRef<{ height: number; top: number } | null>(null);
  const pendingFocus = useRef<number | null>(null);

  useRooms(sessionId ? [`session:${sessionId}`] : []);

  // First page: the newest messages.
  useEffect(() => {
    if (!sessionId || !assembly) return;
    let cancelled = false;
    setLoading(true);
    setLoadError(null);
    setNotes([]);
    const pageBefore = (beforeId?: number) =>
      read<MessagePage>(
        api.GET('/api/v1/chat-history/sessions/{session_id}/messages', { params: { path: { session_id: sessionId }, query: { limit: PAGE, before_id: beforeId } } }),
      );
    (async () => {
      let page = await pageBefore();
      for (const m of page.messages) assembly.upsertRow(m);
      // A search result further back: page back to it (bounded), then show it instead of the end.
      for (let i = 0; focusMessageId && !assembly.get(focusMessageId) && page.has_more && i < 40 && !cancelled; i++) {
        page = await pageBefore(assembly.oldestId ?? undefined);
        for (const m of page.messages) assembly.upsertRow(m);
      }
      return page;
    })()
      .then((page) => {
        if (cancelled) return;
        setHasMore(page.has_more);
        atBottom.current = !(focusMessageId && assembly.get(focusMessageId));
        if (!atBottom.current) pendingFocus.current = focusMessageId;
        bump();
      })
      .catch((e: Error) => !cancelled && setLoadError(e.message))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [sessionId, assembly, focusMessageId]);

  // After a reconnect the server replays what this room missed; a first connection reloads.
  useLiveEvents((event: EventEnvelope) => {
    if (!assembly) return;
    if (event.event_type === 'department.agent.note' && (event.payload as { session_id?: string }).session_id === sessionId) {
      setNotes((n) => [...n, event.payload as unknown as AgentNote]);
      return;
    }
    if (assembly.apply(event)) bump();
  });

  // The outbox: what this session still has to send, and sending it whenever the line is back.
  useEffect(() => {
    const refresh = () => setQueued(sessionId ? outbox.entries(sessionId) : []);
    refresh();
    return outbox.subscribe(refresh);
  }, [sessionId]);
  useEffect(() => {
    if (live.state === 'live' && outbox.entries().length) void flushOutbox();
  }, [live.state]);
  useEffect(() => {
    const retry = () => void flushOutbox();
    window.addEventListener('online', retry);
    const timer = setInterval(() => outbox.entries().some((e) => !e.error) && retry(), 5000);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, []);

  const messages = assembly?.list() ?? [];
  const knownClientIds = new Set(messages.map((m) => m.client_message_id).filter(Boolean));
  const pending = queued.filter((e) => !knownClientIds.has(e.client_message_id));
  const rows: Array<{ kind: 'message'; message: ChatMessageView } | { kind: 'queued'; entry: OutboxEntry }> = [
    ...messages.map((message) => ({ kind: 'message' as const, message })),
    ...pending.map((entry) => ({ kind: 'queued' as const, entry })),
  ];
  const streaming = messages.filter((m) => m.status === 'streaming' && m.role === 'assistant');

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => (rows[i].kind === 'message' ? `m${(rows[i] as { message: ChatMessageView }).message.id}` : `q${(rows[i] as { entry: OutboxEntry }).entry.client_message_id}`),
  });

  // Keep the newest message in view while at the bottom; keep the reading position when older pages arrive.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (pendingFocus.current !== null) {
      const index = rows.findIndex((r) => r.kind === 'message' && r.message.id === pendingFocus.current);
      pendingFocus.current = null;
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
    } else if (prepended.current) {
      el.scrollTop = prepended.current.top + (virtualizer.getTotalSize() - prepended.current.height);
      prepended.current = null;
    } else if (atBottom.current && rows.length) {
      virtualizer.scrollToIndex(rows.length - 1, { align: 'end' });
    }
  });

  const loadOlder = useCallback(async () => {
    if (!assembly || !sessionId || loading || !hasMore) return;
    const before = assembly.oldestId;
    if (before === null) return;
    setLoading(true);
    try {
      const page = await read<MessagePage>(
        api.GET('/api/v1/chat-history/sessions/{session_id}/messages', { params: { path: { session_id: sessionId }, query: { before_id: before, limit: PAGE } } }),
      );
      prepended.current = { height: virtualizer.getTotalSize(), top: scroller.current?.scrollTop ?? 0 };
      for (const m of page.messages) assembly.upsertRow(m);
      setHasMore(page.has_more);
      bump();
    } catch (e) {
      setLoadError((e as Error).message);
    } finally {
      setLoading(false);
    }
  }, [assembly, sessionId, loading, hasMore, virtualizer]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
    if (el.scrollTop < 300) void loadOlder();
  };

  const send = async () => {
    const text = draft.trim();
    if (!text || readOnlyReason) return;
    setActionError(null);
    let id = sessionId;
    try {
      if (!id) {
        const session = await createSession(target);
        id = session.session_id;
        onSessionCreated?.(id);
        await queryClient.invalidateQueries({ queryKey: ['sessions'] });
      }
      await live.joined([`session:${id}`]).catch(() => undefined);
    } catch (e) {
      if (!id) {
        setActionError(`Could not start a conversation: ${(e as Error).message}. Your text is still here.`);
        return;
      }
    }
    outbox.add(id, target, text);
    setDraft('');
    setNotes([]);
    atBottom.current = true;
    void flushOutbox();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  };

  const act = async (what: 'stop' | 'regenerate', message: ChatMessageView) => {
    setActionError(null);
    const path = { session_id: message.session_id, message_id: message.id };
    try {
      if (what === 'stop') await read(api.POST('/api/v1/chat-history/sessions/{session_id}/messages/{message_id}/stop', { params: { path } }));
      else await read(api.POST('/api/v1/chat-history/sessions/{session_id}/messages/{message_id}/regenerate', { params: { path } }));
    } catch (e) {
      setActionError(`${what === 'stop' ? 'Stop' : 'Regenerate'} failed: ${(e as Error).message}`);
    }
  };

  return (
    <section className="chat" aria-label={`Conversation with ${speaker}`}>
      {loadError && (
        <p role="alert" className="error">
          Messages could not be loaded: {loadError}
        </p>
      )}
      <div className="chat-scroll" ref={scroller} onScroll={onScroll} data-testid="messages" tabIndex={0} aria-label="Messages">
        {hasMore && (
          <button className="link-button load-older" onClick={() => void loadOlder()} disabled={loading}>
            {loading ? 'Loading…' : 'Load older messages'}
          </button>
        )}
        {!sessionId && <p className="muted empty-chat">Start a new conversation with {speaker}.</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="vrow" style={{ transform: `translateY(${item.start}px)` }}>
                {row.kind === 'message' ? (
                  <MessageBubble
                    message={row.message}
                    speaker={speaker}
                    readOnlyReason={readOnlyReason}
                    onStop={() => void act('stop', row.message)}
                    onRegenerate={() => void act('regenerate', row.message)}
                    extras={renderReplyExtras?.(row.message)}
                    focused={row.message.id === focusMessageId}
                  />
                ) : (
                  <QueuedBubble entry={row.entry} />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {notes.length > 0 && (
        <section className="notes" aria-label="Agents' notes" data-testid="agent-notes">
          <h3>Agents consulted ({notes.length})</h3>
          <ul>
            {notes.map((n, i) => (
              <li key={i}>
                <strong>{n.agent_name}</strong>
                {n.role ? <span className="muted"> · {n.role}</span> : null}: {n.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      {actionError && (
        <p role="alert" className="error">
          {actionError}
        </p>
      )}
      <form
        className="composer"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label htmlFor={`composer-${sessionId ?? 'new'}`} className="sr-only">
          Message to {speaker}
        </label>
        <textarea
          id={`composer-${sessionId ?? 'new'}`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={readOnlyReason ?? placeholder ?? `Message ${speaker} (Enter sends, Shift+Enter adds a line)`}
          disabled={Boolean(readOnlyReason)}
          aria-describedby={readOnlyReason ? 'ro-reason' : undefined}
          rows={2}
          maxLength={32000}
        />
        {streaming.length > 0 ? (
          <button type="button" onClick={() => void act('stop', streaming[streaming.length - 1])} disabled={Boolean(readOnlyReason)} className="danger">
            Stop
          </button>
        ) : null}
        <button type="submit" disabled={Boolean(readOnlyReason) || !draft.trim()}>
          Send
        </button>
        {readOnlyReason && (
          <p id="ro-reason" className="hint">
            {readOnlyReason}
          </p>
        )}
      </form>
    </section>
  );
}

const STATUS_NOTE: Partial<Record<ChatMessageView['status'], string>> = {
  streaming: 'Writing…',
  offline: 'Offline reply: the brain was not available',
  interrupted: 'Interrupted: partial reply',
  error: 'Failed',
};

function MessageBubble({
  message,
  speaker,
  readOnlyReason,
  onStop,
  onRegenerate,
  extras,
  focused,
}: {
  focused?: boolean;
  message: ChatMessageView;
  speaker: string;
  readOnlyReason: string | null;
  onStop: () => void;
  onRegenerate: () => void;
  extras?: ReactNode;
}) {
  const mine = message.role === 'user';
  const html = useMemo(() => (mine ? null : renderMarkdown(message.content)), [mine, message.content]);
  const note = STATUS_NOTE[message.status];
  const canRegenerate = !mine && ['offline', 'interrupted', 'error'].includes(message.status);
  return (
    <article className={`bubble ${mine ? 'mine' : 'theirs'} status-${message.status}${focused ? ' focused' : ''}`} data-testid="message" data-status={message.status} data-role={message.role} aria-busy={message.status === 'streaming'}>
      <header>
        <span className="author">{mine ? 'You' : (message.author ?? speaker)}</span>
        <time dateTime={message.created_at}>{new Date(message.created_at).toLocaleString()}</time>
      </header>
      {mine ? <p className="text">{message.content}</p> : <div className="text md" dangerouslySetInnerHTML={{ __html: html ?? '' }} />}
      {extras}
      {(note || canRegenerate) && (
        <footer>
          {note && <span className="status-note">{note}</span>}
          {message.status === 'streaming' && !mine && (
            <button className="link-button" onClick={onStop} disabled={Boolean(readOnlyReason)} title={readOnlyReason ?? undefined}>
              Stop
            </button>
          )}
          {canRegenerate && (
            <button className="link-button" onClick={onRegenerate} disabled={Boolean(readOnlyReason)} title={readOnlyReason ?? 'Ask again now'}>
              Regenerate
            </button>
          )}
        </footer>
      )}
    </article>
  );
}

function QueuedBubble({ entry }: { entry: OutboxEntry }) {
  return (
    <article className="bubble mine queued" data-testid="queued-message">
      <header>
        <span className="author">You</span>
        <span className="status-note">{entry.error ? `Not sent: ${entry.error}` : 'Waiting to send (kept in this browser)'}</span>
      </header>
      <p className="text">{entry.message}</p>
      {entry.error && (
        <footer>
          <button className="link-button" onClick={() => outbox.remove(entry.client_message_id)}>
            Discard
          </button>
        </footer>
      )}
    </article>
  );
}
