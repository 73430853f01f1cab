import { ScopeType } from './entities/chat-session.entity';
import { agentRoom, councilRoom, departmentRoom, sessionRoom } from '../events/rooms';

/** Stored categories; the plural forms are the Daena office's list filters. */
export const CATEGORIES = ['executive', 'departments', 'agents', 'council', 'general'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_FILTERS = [...CATEGORIES, 'department', 'agent', 'all'] as const;

const SINGULAR_TO_PLURAL: Record<string, Category> = { department: 'departments', agent: 'agents' };

/** The known categories keep their plural form; any other (free-form, the original took any string) is kept as given. */
export function normalizeCategory(category: string | undefined, scopeType: ScopeType): string {
  if (category) return SINGULAR_TO_PLURAL[category] ?? category;
  return defaultCategory(scopeType);
}

/** List filters that mean a scope rather than a stored category (`departments` = every department session). */
export const SCOPE_OF_CATEGORY: Partial<Record<string, ScopeType>> = {
  departments: 'department',
  agents: 'agent',
  council: 'council',
  executive: 'executive',
};

export function defaultCategory(scopeType: ScopeType): Category {
  switch (scopeType) {
    case 'executive':
      return 'executive';
    case 'department':
      return 'departments';
    case 'agent':
      return 'agents';
    case 'council':
      return 'council';
    default:
      return 'general';
  }
}

/** Rooms a session's events go to: its own and its scope's. */
export function roomsForSession(sessionId: string, scopeType: string, scopeId: string | null): string[] {
  const rooms = [sessionRoom(sessionId)];
  if (scopeId && scopeType === 'department') rooms.push(departmentRoom(scopeId));
  if (scopeId && scopeType === 'agent') rooms.push(agentRoom(scopeId));
  if (scopeId && scopeType === 'council') rooms.push(councilRoom(scopeId));
  return rooms;
}

export const qualifiedThreadKey = (scopeType: string, scopeId: string | null | undefined, key: string) =>
  `${scopeType}/${scopeId ?? ''}/${key}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
export const isSessionId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
