/**
 * The one catalogue of event types: each `event_type` with the entity it is about and its payload
 * type. `EventsService.publish`/`emitTransient` and `EventBus.on` are typed against it, and
 * docs/events.md is checked against it (src/events/event-catalogue.spec.ts).
 *
 * The payload types are written here (events/ imports no domain module); a row's full snapshot, as
 * its module's mapper shapes it, is typed `Snapshot`.
 */

/** A row as its owning module's mapper shapes it (e.g. `toSessionResponse`). */
export type Snapshot = object;
type Changes = Record<string, unknown>;

export interface ChatMessagePayload {
  id: number;
  session_id: string;
  status: string;
  scope_type: string;
  scope_id: string | null;
  /** Checkpoint-style events carry the length instead of the text. */
  content_length?: number;
}

interface DebatePayload {
  session_id: string;
  council_id: string;
}

interface DebateMember {
  member_id: number;
  member_name: string;
  role: string | null;
}

interface TaskTransition {
  task_id: string;
  from: string;
  to: string;
  task: Snapshot;
}

interface VoiceToggle {
  target: string;
  agent_id: null;
  mode: 'talk' | 'listen';
  enabled: boolean;
  previous: unknown;
}

/** Phantom value: carries the payload type, nothing at run time. */
function payload<P>(): P {
  return undefined as P;
}

function event<E extends string, P>(entity: E, logged: 'logged' | 'transient' = 'logged') {
  return { entity, logged: logged === 'logged', payload: payload<P>() };
}

export const EVENT_CATALOGUE = {
  'chat.session.created': event<'chat_session', Snapshot>('chat_session'),
  'chat.session.updated': event<'chat_session', { session_id: string; changes: Changes }>('chat_session'),
  'chat.session.deleted': event<'chat_session', { session_id: string; deleted: true; soft: true }>('chat_session'),
  'chat.session.restored': event<'chat_session', { session_id: string }>('chat_session'),
  'chat.session.imported': event<
    'chat_session',
    { session_id: string; title: string; scope_type: string; scope_id: null; imported_from: string; source_id: string | null; message_count: number }
  >('chat_session'),
  'chat.message.created': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.checkpoint': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.regenerating': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.completed': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.interrupted': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.offline': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.regenerated': event<'chat_message', ChatMessagePayload>('chat_message'),
  'chat.message.delta': event<'chat_message', { session_id: string; message_id: number; seq: number; offset: number; delta: string }>('chat_message', 'transient'),
  'department.agent.note': event<
    'agent',
    { session_id: string; department: string; agent_id: string; agent_name: string; role: string; note: string }
  >('agent', 'transient'),
  'agent.created': event<'agent', { agent: Snapshot }>('agent'),
  'agent.updated': event<'agent', { cell_id: string; department: string; changes: Changes; previous: Changes }>('agent'),
  'agent.deleted': event<'agent', { cell_id: string; name: string; department: string }>('agent'),
  'department.updated': event<'department', { slug: string; changes: { hidden: boolean; status: string }; previous: { hidden: boolean; status: string } }>('department'),
  'config.updated': event<'system_config', { key: string; version: number; type: string; value?: unknown; [detail: string]: unknown }>('system_config'),
  'system.seeded': event<'system', { reset: boolean; changes: Snapshot; [summary: string]: unknown }>('system'),
  'llm.status.changed': event<'llm', { previous: string; state: string; model: string; error: string | null }>('llm'),
  'events.pruned': event<'event_log', { pruned: number; pruned_through_id: number; kept: number }>('event_log'),
  'council.created': event<'council', { council_id: string; council: Snapshot }>('council'),
  'council.updated': event<'council', { council_id: string; changes: Changes; previous: Changes }>('council'),
  'council.enabled': event<'council', { council_id: string; name: string; enabled: boolean }>('council'),
  'council.disabled': event<'council', { council_id: string; name: string; enabled: boolean }>('council'),
  'council.deleted': event<'council', { council_id: string; name: string }>('council'),
  'council.restored': event<'council', { council_id: string; name: string }>('council'),
  'council.member.created': event<'council_member', { council_id: string; member: Snapshot }>('council_member'),
  'council.member.updated': event<'council_member', { council_id: string; member_id: number; name: string; changes: Changes; previous: Changes }>('council_member'),
  'council.member.deleted': event<'council_member', { council_id: string; member_id: number; name: string }>('council_member'),
  'council.debate.started': event<
    'council_debate',
    DebatePayload & { council_name: string; title: string; topic: string; round: 1; message_id: number; members: DebateMember[] }
  >('council_debate'),
  'council.debate.round.started': event<'council_debate', DebatePayload & { round: number; members: DebateMember[] }>('council_debate'),
  'council.debate.message': event<
    'council_debate',
    DebatePayload & {
      kind: 'position' | 'founder';
      round: number;
      message_id: number;
      member_id: number | null;
      author: string;
      content: string;
      status: string;
      order?: number;
      member_name?: string | null;
      member_role?: string | null;
      model?: string | null;
    }
  >('council_debate'),
  'council.debate.synthesized': event<
    'council_debate',
    DebatePayload & { council_name: string; round: number; message_id: number; author: string; content: string; status: string; model: string | null; synthesized_from: unknown }
  >('council_debate'),
  'task.created': event<'task', { task_id: string; task: Snapshot }>('task'),
  'task.updated': event<'task', { task_id: string; changes: Changes; previous: Changes; task: Snapshot }>('task'),
  'task.progressed': event<'task', { task_id: string; progress: number; previous_progress: number; task: Snapshot }>('task'),
  'task.started': event<'task', TaskTransition>('task'),
  'task.completed': event<'task', TaskTransition>('task'),
  'task.failed': event<'task', TaskTransition>('task'),
  'task.cancelled': event<'task', TaskTransition>('task'),
  'task.deleted': event<'task', { task_id: string; title: string; status: string; assigned_agent_id: string | null; department_id: string | null }>('task'),
  'voice.settings.updated': event<'voice', { target: string; agent_id: string | null; changes: Changes; previous: Changes }>('voice'),
  'voice.talk.toggled': event<'voice', VoiceToggle>('voice'),
  'voice.listen.toggled': event<'voice', VoiceToggle>('voice'),
  'voice.reset': event<'voice', { target: string | null; agent_id?: string | null; include_agents?: boolean; agents_reset?: number }>('voice'),
  'connection.created': event<'connection', { connection: Snapshot; changed?: string[] }>('connection'),
  'connection.updated': event<'connection', { connection: Snapshot; changed?: string[] }>('connection'),
  'connection.deleted': event<'connection', { id: number; tool_name: string }>('connection'),
  'connection.tested': event<
    'connection',
    { id: number; tool_name: string; ok: boolean; status: string; last_error: string | null; checks: Array<{ check: string; ok: boolean }> }
  >('connection'),
  'founder.emergency_stop.engaged': event<'system', { reason: string | null; aborted: number; dropped: number; llm_available: boolean }>('system'),
  'founder.emergency_stop.released': event<'system', Record<string, never>>('system'),
  'founder.reset': event<'system', { keys_reset: string[]; maintenance_released: boolean; emergency_released: boolean }>('system'),
} as const;

export type EventCatalogue = typeof EVENT_CATALOGUE;
export type EventType = keyof EventCatalogue;
export type EventPayload<T extends EventType> = EventCatalogue[T]['payload'];
export type EventEntity<T extends EventType> = EventCatalogue[T]['entity'];

/** Every catalogued type, for tests and docs checks. */
export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isCatalogued(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_CATALOGUE, type);
}
