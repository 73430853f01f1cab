import { useQuery } from '@tanstack/react-query';
import { api, read } from './client';
import type {
  AgentActivityView,
  AuditPage,
  AuditStats,
  ConfigEntryView,
  ConfigVersion,
  CouncilView,
  DebateSummary,
  DebateTranscript,
  FounderDashboard,
  AgentView,
  DaenaStatus,
  DepartmentView,
  EventEnvelope,
  EventStats,
  LlmStatusView,
  ConnectionView,
  MessagePage,
  SessionList,
  TaskList,
  TaskStats,
  TaskStatus,
  ToolView,
  VoiceSettingsView,
} from './types';

/** Founder-only reads: a viewer gets 403 (the pages say so instead of retrying). */
export const founderOnlyRetry = (count: number, error: Error) => (error as { status?: number }).status !== 403 && count < 2;

/**
 * Every server read of the pages, one hook each. Query keys start with the names that
 * live/invalidation.ts marks stale when a matching event arrives.
 */
export const useLlmStatus = () =>
  useQuery({ queryKey: ['llm-status'], queryFn: () => read<LlmStatusView>(api.GET('/api/v1/llm/status')), refetchInterval: 30_000 });

export const useCounts = () =>
  useQuery({
    queryKey: ['counts'],
    queryFn: async () => {
      const [status, tasks, events] = await Promise.all([
        read<DaenaStatus>(api.GET('/api/v1/daena/status')),
        read<TaskStats>(api.GET('/api/v1/tasks/stats')),
        read<EventStats>(api.GET('/api/v1/events/stats')),
      ]);
      return {
        departments: status.system_health.departments_online,
        agents: status.system_health.agents_active,
        sessions: status.system_health.sessions,
        messages: status.system_health.messages,
        tasks: tasks.total,
        activeTasks: tasks.active,
        events: events.total_events,
      };
    },
  });

export const useEventStats = (hours = 24) =>
  useQuery({ queryKey: ['event-stats', hours], queryFn: () => read<EventStats>(api.GET('/api/v1/events/stats', { params: { query: { hours } } })) });

/** The newest logged events (the feed's starting point; the socket carries on from there). */
export const useRecentEvents = (limit = 50) =>
  useQuery({
    queryKey: ['recent-events', limit],
    queryFn: async () => {
      const stats = await read<EventStats>(api.GET('/api/v1/events/stats', { params: { query: { hours: 1 } } }));
      const after = Math.max(0, (stats.latest_event_id ?? 0) - limit);
      const page = await read<{ events: EventEnvelope[] }>(api.GET('/api/v1/events', { params: { query: { after_id: after, limit } } }));
      return page.events;
    },
    staleTime: Infinity,
  });

export const useDepartments = (includeHidden: boolean) =>
  useQuery({
    queryKey: ['departments', includeHidden],
    queryFn: () => read<{ departments: DepartmentView[] }>(api.GET('/api/v1/departments', { params: { query: { include_hidden: includeHidden } } })),
  });

export const useDepartment = (slug: string, includeHidden: boolean) =>
  useQuery({
    queryKey: ['departments', slug, includeHidden],
    queryFn: () =>
      read<{ department?: DepartmentView } & DepartmentView>(
        api.GET('/api/v1/departments/{slug}', { params: { path: { slug }, query: { include_hidden: includeHidden } } }),
      ).then((d) => d.department ?? d),
  });

export const useAgents = (department: string | undefined, includeHidden: boolean) =>
  useQuery({
    queryKey: ['agents', department ?? '', includeHidden],
    queryFn: () =>
      read<{ agents: AgentView[]; total: number }>(
        api.GET('/api/v1/agents', { params: { query: { department, include_hidden: includeHidden, limit: 200 } } }),
      ),
  });

export const useAgent = (cellId: string) =>
  useQuery({
    queryKey: ['agents', 'one', cellId],
    queryFn: () => read<{ agent?: AgentView } & AgentView>(api.GET('/api/v1/agents/{cell_id}', { params: { path: { cell_id: cellId } } })).then((a) => a.agent ?? a),
  });

export const useAgentActivity = (includeHidden: boolean) =>
  useQuery({
    queryKey: ['agent-activity', includeHidden],
    queryFn: () => read<{ agents: AgentActivityView[] }>(api.GET('/api/v1/agents/activity', { params: { query: { include_hidden: includeHidden } } })),
  });

export type SessionFilter =
  | { kind: 'daena'; category: string; deleted?: boolean }
  | { kind: 'department'; slug: string }
  | { kind: 'agent'; cellId: string };

/** Sessions newest activity first: the Daena office by category, a department's or an agent's own. */
export const useSessions = (filter: SessionFilter) =>
  useQuery({
    queryKey: ['sessions', filter],
    queryFn: () => {
      if (filter.kind === 'department') {
        return read<SessionList>(api.GET('/api/v1/departments/{slug}/chat/sessions', { params: { path: { slug: filter.slug } } }));
      }
      if (filter.kind === 'agent') {
        return read<SessionList>(api.GET('/api/v1/chat-history/sessions', { params: { query: { scope_type: 'agent', scope_id: filter.cellId, include_empty: true } } }));
      }
      return read<SessionList>(
        api.GET('/api/v1/chat-history/sessions', {
          params: { query: { category: filter.category, deleted: filter.deleted, include_empty: filter.category !== 'all' ? true : undefined } },
        }),
      );
    },
  });

export const useTaskStats = () => useQuery({ queryKey: ['tasks', 'stats'], queryFn: () => read<TaskStats>(api.GET('/api/v1/tasks/stats')) });

/** The newest tasks (up to 200, the server's page cap), optionally one status. */
export const useTasks = (status?: TaskStatus) =>
  useQuery({
    queryKey: ['tasks', 'list', status ?? 'all'],
    queryFn: () => read<TaskList>(api.GET('/api/v1/tasks', { params: { query: { status, limit: 200 } } })),
  });

/** Daena's voice (target `daena`) or one agent's (its cell_id). */
export const useVoiceSettings = (target: string) =>
  useQuery({
    queryKey: ['voice', target],
    queryFn: () =>
      target === 'daena'
        ? read<VoiceSettingsView>(api.GET('/api/v1/voice/settings'))
        : read<VoiceSettingsView>(api.GET('/api/v1/voice/agents/{cell_id}', { params: { path: { cell_id: target } } })),
  });

export const useTools = () =>
  useQuery({ queryKey: ['connections', 'tools'], queryFn: () => read<{ tools: ToolView[] }>(api.GET('/api/v1/connections/tools')), retry: founderOnlyRetry, staleTime: Infinity });

export const useConnections = () =>
  useQuery({ queryKey: ['connections', 'list'], queryFn: () => read<{ connections: ConnectionView[]; total: number }>(api.GET('/api/v1/connections')), retry: founderOnlyRetry });

/** One founder config key (founder-only). */
export const useConfigKey = (key: string, enabled = true) =>
  useQuery({
    queryKey: ['config', key],
    queryFn: () => read<ConfigEntryView>(api.GET('/api/v1/founder/config/{key}', { params: { path: { key } } })),
    retry: founderOnlyRetry,
    enabled,
  });

/**
 * The logged events of one type, oldest first, the newest `keep` of them: pages through
 * `GET /events` (ascending by id) so it works for viewers too (the audit list is founder-only).
 */
export const useEventsOfType = (eventType: string, keep = 20) =>
  useQuery({
    queryKey: ['events-of-type', eventType],
    queryFn: async () => {
      let after = 0;
      let rows: EventEnvelope[] = [];
      for (let page = 0; page < 10; page++) {
        const res = await read<{ events: EventEnvelope[]; next_after_id: number; has_more: boolean }>(
          api.GET('/api/v1/events', { params: { query: { event_type: eventType, after_id: after, limit: 1000 } } }),
        );
        rows = [...rows, ...res.events].slice(-keep);
        if (!res.has_more) break;
        after = res.next_after_id;
      }
      return rows;
    },
  });

/** The newest finished reply in Daena's (target `daena`) or one agent's most recent session, or null. */
export const useLatestReply = (target: string) =>
  useQuery({
    queryKey: ['sessions', 'latest-reply', target],
    queryFn: async () => {
      const query = target === 'daena' ? { scope_type: 'executive' as const } : { scope_type: 'agent' as const, scope_id: target };
      const list = await read<SessionList>(api.GET('/api/v1/chat-history/sessions', { params: { query } }));
      const session = list.sessions.find((s) => s.message_count > 0) ?? null;
      if (!session) return null;
      const page = await read<MessagePage>(
        api.GET('/api/v1/chat-history/sessions/{session_id}/messages', { params: { path: { session_id: session.session_id }, query: { limit: 20 } } }),
      );
      const replies = page.messages.filter((m) => m.role === 'assistant' && m.status === 'complete' && m.content.trim());
      return replies.sort((a, b) => a.id - b.id).at(-1)?.content ?? null;
    },
  });

export const useCouncils = () =>
  useQuery({
    queryKey: ['councils', 'list'],
    queryFn: () => read<{ councils: CouncilView[]; total: number }>(api.GET('/api/v1/councils', { params: { query: { include_disabled: true } } })),
  });

export const useCouncil = (slug: string) =>
  useQuery({ queryKey: ['councils', 'one', slug], queryFn: () => read<CouncilView>(api.GET('/api/v1/councils/{slug}', { params: { path: { slug } } })) });

export const useDebates = (slug: string) =>
  useQuery({
    queryKey: ['debates', slug, 'list'],
    queryFn: () =>
      read<{ debates: DebateSummary[]; total: number; next_cursor: string | null }>(
        api.GET('/api/v1/councils/{slug}/debates', { params: { path: { slug }, query: { limit: 50 } } }),
      ),
  });

export const useDebate = (slug: string, sessionId: string | null) =>
  useQuery({
    queryKey: ['debates', slug, 'one', sessionId ?? ''],
    enabled: !!sessionId,
    queryFn: () => read<DebateTranscript>(api.GET('/api/v1/councils/{slug}/debates/{session_id}', { params: { path: { slug, session_id: sessionId! } } })),
  });

/** Maintenance / emergency state for the banner on every page (founder only; config events refresh it). */
export const useFounderState = (enabled: boolean) =>
  useQuery({
    queryKey: ['founder-state'],
    enabled,
    queryFn: () => read<FounderDashboard>(api.GET('/api/v1/founder/dashboard')),
    retry: founderOnlyRetry,
    refetchInterval: 60_000,
  });

export const useFounderConfig = () =>
  useQuery({
    queryKey: ['config', 'all'],
    queryFn: () => read<{ config: ConfigEntryView[]; total: number }>(api.GET('/api/v1/founder/config')),
    retry: founderOnlyRetry,
  });

export const useConfigHistory = (key: string, enabled: boolean) =>
  useQuery({
    queryKey: ['config', 'history', key],
    enabled,
    queryFn: () => read<{ key: string; versions: ConfigVersion[]; total: number }>(api.GET('/api/v1/founder/config/{key}/history', { params: { path: { key } } })),
  });

export const useHiddenDepartments = () =>
  useQuery({
    queryKey: ['departments', 'hidden'],
    queryFn: () => read<{ hidden_departments: DepartmentView[]; total: number }>(api.GET('/api/v1/founder/hidden-departments')),
    retry: founderOnlyRetry,
  });

export interface AuditQuery {
  actor?: string;
  event_type?: string;
  entity_type?: string;
  entity_id?: string;
  since?: string;
  until?: string;
}

/** One keyset page of the event log (newest first); `cursor` is the previous page's `next_cursor`. */
export const useAuditEvents = (filter: AuditQuery, cursor: string | null, limit = 50) =>
  useQuery({
    queryKey: ['audit', 'events', filter, cursor ?? '', limit],
    queryFn: () => read<AuditPage>(api.GET('/api/v1/audit/events', { params: { query: { ...filter, cursor: cursor ?? undefined, limit } } })),
    retry: founderOnlyRetry,
    staleTime: Infinity,
  });

export const useAuditStats = (range: Pick<AuditQuery, 'since' | 'until'>) =>
  useQuery({
    queryKey: ['audit', 'stats', range],
    queryFn: () => read<AuditStats>(api.GET('/api/v1/audit/stats', { params: { query: range } })),
    retry: founderOnlyRetry,
  });
