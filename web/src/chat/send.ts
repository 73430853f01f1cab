import { api, ApiError, read } from '../api/client';
import type { ChatSessionView } from '../api/types';
import { Outbox, type ChatTarget, type OutboxEntry, type SendOutcome } from './outbox';

export const outbox = new Outbox(window.localStorage);

/** Statuses worth retrying: the server was not reachable, restarting, or asked to slow down. */
const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** One send of a queued message to the chat route of its target, classified for the outbox. */
export async function sendEntry(entry: OutboxEntry): Promise<SendOutcome> {
  const body = { message: entry.message, session_id: entry.session_id, client_message_id: entry.client_message_id };
  try {
    const t = entry.target;
    if (t.kind === 'daena') await read(api.POST('/api/v1/daena/chat', { body }));
    else if (t.kind === 'department') await read(api.POST('/api/v1/departments/{slug}/chat', { params: { path: { slug: t.slug } }, body }));
    else await read(api.POST('/api/v1/agents/{cell_id}/chat', { params: { path: { cell_id: t.cellId } }, body }));
    return { ok: true };
  } catch (error) {
    if (error instanceof ApiError && !RETRYABLE.has(error.status)) return { ok: false, retry: false, error: error.message };
    return { ok: false, retry: true };
  }
}

export const flushOutbox = () => outbox.flush(sendEntry);

/** A new, empty session in the target's scope (so the page can join its room before the first send). */
export async function createSession(target: ChatTarget): Promise<ChatSessionView> {
  const body =
    target.kind === 'daena'
      ? { scope_type: 'executive' as const, category: 'executive' }
      : target.kind === 'department'
        ? { scope_type: 'department' as const, scope_id: target.slug, category: 'departments' }
        : { scope_type: 'agent' as const, scope_id: target.cellId, category: 'agents' };
  return read<ChatSessionView>(api.POST('/api/v1/chat-history/sessions', { body }));
}
