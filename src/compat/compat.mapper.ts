import type { AuditLogEntryDto, BrainModelsDto, BrainStatusDto, CategorySessionDto, RecentEventDto } from './dto/compat-response.dto';
import type { SessionResponse } from '../chat/chat.mapper';
import type { EventEnvelope } from '../events/event-envelope';
import type { LlmStatusSnapshot } from '../llm/llm.types';

/** An event as the original's `/events/recent` listed it (`message`, `created_by`), beside our envelope fields. */
export function toRecentEvent(event: EventEnvelope): RecentEventDto {
  const message = (event.payload as { message?: unknown } | null)?.message;
  return {
    ...event,
    event_id: event.id,
    message: typeof message === 'string' ? message : '',
    created_by: event.actor,
    timestamp: event.created_at,
  };
}

/** An event-log row as an entry of the original's audit log (`timestamp, actor, resource, action, allowed, reason, context`). */
export function toAuditLogEntry(event: EventEnvelope): AuditLogEntryDto {
  return {
    id: event.id,
    timestamp: event.created_at,
    actor: event.actor,
    resource: event.entity_id === null ? event.entity_type : `${event.entity_type}:${event.entity_id}`,
    action: event.event_type,
    // Every row records something that was done: refused requests change nothing and log nothing.
    allowed: true,
    reason: null,
    context: event.payload,
  };
}

/** A session in the original's sessions-by-category list (`last_message_at`). */
export function toCategorySession(session: SessionResponse): CategorySessionDto {
  return { ...session, last_message_at: session.message_count ? session.updated_at : null };
}

const modelList = (llm: LlmStatusSnapshot) => llm.models.map((name) => ({ name, active: name === llm.active_model }));

/** The original's `/brain/status`: `status` operational/offline, `ollama_available`, `available_models`, `model`. */
export function toBrainStatus(llm: LlmStatusSnapshot): BrainStatusDto {
  const up = llm.state === 'up';
  return {
    success: true,
    status: up && !llm.paused ? 'operational' : 'offline',
    connected: up,
    ollama_available: up,
    llm_available: up && !llm.paused,
    provider: 'ollama',
    state: llm.state,
    paused: llm.paused,
    model: llm.active_model,
    active_model: llm.active_model,
    active_models: [llm.active_model],
    available_models: llm.models,
    models: modelList(llm),
    last_check: llm.last_check,
    error: llm.last_error,
  };
}

/** The original's `/brain/list-models` and `/brain/models`. */
export function toBrainModels(llm: LlmStatusSnapshot): BrainModelsDto {
  return {
    success: true,
    ollama_available: llm.state === 'up',
    models: modelList(llm),
    available_models: llm.models,
    active_model: llm.active_model,
    total: llm.models.length,
  };
}
