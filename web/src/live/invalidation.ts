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
      keys.push(['agents'], ['agent-activity']);
      break;
    case 'task':
      keys.push(['agents'], ['agent-activity'], ['tasks']);
      break;
    case 'voice':
      keys.push(['voice']);
      break;
    case 'connection':
      keys.push(['connections']);
      break;
    case 'config':
      // llm.active_model lives in the config: the status names the model in use.
      keys.push(['config'], ['llm-status'], ['founder-state']);
      break;
    case 'department':
      keys.push(['departments']);
      break;
    case 'council':
      keys.push(['councils'], ['debates']);
      break;
    case 'founder':
      keys.push(['config'], ['founder-state']);
      break;
    case 'llm':
      keys.push(['llm-status'], ['events-of-type']);
      break;
  }
  return keys;
}
