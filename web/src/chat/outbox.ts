/**
 * Messages typed while the server cannot be reached: kept in localStorage (they survive a reload)
 * with a client_message_id chosen once, and sent in order when the connection is back. The server
 * stores one message per client_message_id, so a send that was answered but whose answer was lost
 * is harmless when repeated.
 */
export type ChatTarget = { kind: 'daena' } | { kind: 'department'; slug: string } | { kind: 'agent'; cellId: string };

export interface OutboxEntry {
  client_message_id: string;
  session_id: string;
  target: ChatTarget;
  message: string;
  queued_at: string;
  /** Set when the server refused the message (a 4xx): kept visible, never retried. */
  error?: string;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What a send attempt ended as: sent, retry later (network, 5xx, 429), or refused for good. */
export type SendOutcome = { ok: true } | { ok: false; retry: true } | { ok: false; retry: false; error: string };

const KEY = 'daena.outbox.v1';

export class Outbox {
  private flushing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  entries(sessionId?: string): OutboxEntry[] {
    let all: OutboxEntry[] = [];
    try {
      all = JSON.parse(this.store.getItem(KEY) ?? '[]') as OutboxEntry[];
    } catch {
      all = [];
    }
    return sessionId ? all.filter((e) => e.session_id === sessionId) : all;
  }

  add(sessionId: string, target: ChatTarget, message: string): OutboxEntry {
    const entry: OutboxEntry = { client_message_id: this.newId(), session_id: sessionId, target, message, queued_at: new Date().toISOString() };
    this.save([...this.entries(), entry]);
    return entry;
  }

  remove(clientMessageId: string): void {
    this.save(this.entries().filter((e) => e.client_message_id !== clientMessageId));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends every pending entry in order through `send`; stops at the first that must wait (the rest
   * keep their order). One flush at a time: a second call joins the running one, so nothing is sent twice.
   */
  flush(send: (entry: OutboxEntry) => Promise<SendOutcome>): Promise<void> {
    this.flushing ??= (async () => {
      try {
        for (const entry of this.entries()) {
          if (entry.error) continue;
          const outcome = await send(entry);
          if (outcome.ok) this.remove(entry.client_message_id);
          else if (outcome.retry) return;
          else this.save(this.entries().map((e) => (e.client_message_id === entry.client_message_id ? { ...e, error: outcome.error } : e)));
        }
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  private save(entries: OutboxEntry[]): void {
    this.store.setItem(KEY, JSON.stringify(entries));
    for (const listener of this.listeners) listener();
  }
}
