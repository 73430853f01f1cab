import type { EventEnvelope } from '../api/types';

/** Which cached reads a logged event makes stale (query keys are defined in api/hooks.ts). */
export function queryKeysFor(event: EventEnvelope): string[][] {
  const [domain] = event.event_type.split('.');
  const keys: string[][] = [['counts'], ['event-stats']];
  switch (domain) {
    case 'chat':
      keys.push(['sessions']);
      break;
    case 'agent':
    case 'task':
      keys.push(['agents'], ['agent-activity']);
      break;
    case 'department':
      keys.push(['departments']);
      break;
    case 'llm':
      keys.push(['llm-status']);
      break;
  }
  return keys;
}
