import { resolve } from 'node:path';
import { SecretUrl } from '../common/secret-url';
import { AllConfig } from '../config/configuration';
import type { LlmStatusSnapshot } from '../llm/llm.types';

export interface BannerFacts {
  url: string;
  /** Whether GET /ui/ answers with the dashboard page (it is absent until `npm run build` built it). */
  dashboard: boolean;
  llm: Pick<LlmStatusSnapshot, 'state' | 'base_url' | 'active_model'>;
  departments: { visible: number; hidden: number };
  founderToken: string | null;
}

const TOKEN_HINT = 'Use it as "Authorization: Bearer <token>". Lost it? npm run cli -- token --rotate';

function describeLlm(llm: BannerFacts['llm']): string {
  if (llm.state === 'up') return `${llm.active_model} at ${llm.base_url}`;
  if (llm.state === 'model_missing') return `${llm.base_url} is up but has no ${llm.active_model} (ollama pull ${llm.active_model}); replies are offline notes until then`;
  return `${llm.state} at ${llm.base_url}: replies are in-character offline notes until Ollama answers`;
}

function describeDatabase(database: AllConfig['database']): string {
  if (database.type === 'postgres') return `PostgreSQL ${new SecretUrl(database.url ?? '').safe}`;
  return database.database === ':memory:' ? 'SQLite in memory (nothing is kept after exit)' : `SQLite ${resolve(database.database)}`;
}

/** The start-up summary, as plain lines (≤ 15 with the token block). */
export function bannerLines(facts: BannerFacts, config: AllConfig): string[] {
  const { visible, hidden } = facts.departments;
  const lines = [
    '',
    `  Daena is running at ${facts.url}`,
    `    Dashboard  ${facts.dashboard ? `${facts.url}/ui/` : 'not built (npm run build builds it)'}`,
    `    API docs   ${config.app.swaggerEnabled ? `${facts.url}/docs` : 'off (SWAGGER_ENABLED=false)'}`,
    `    Database   ${describeDatabase(config.database)}`,
    `    LLM        ${describeLlm(facts.llm)}`,
    `    Company    ${visible + hidden} departments: ${visible} visible + ${hidden} hidden (founder-only, see docs/seed.md)`,
    '',
  ];
  if (facts.founderToken) lines.push('  Founder token (shown once, keep it safe):', `    ${facts.founderToken}`, `  ${TOKEN_HINT}`, '');
  return lines;
}

/** The same facts as one JSON record (and the token as its own line), so log collectors parse stdout. */
export function bannerRecords(facts: BannerFacts, config: AllConfig): object[] {
  const base = { level: 'info', timestamp: new Date().toISOString(), pid: process.pid, context: 'Bootstrap' };
  const records: object[] = [
    {
      ...base,
      message: `Daena is running at ${facts.url}`,
      url: facts.url,
      dashboard_url: facts.dashboard ? `${facts.url}/ui/` : null,
      docs_url: config.app.swaggerEnabled ? `${facts.url}/docs` : null,
      database: describeDatabase(config.database),
      llm_state: facts.llm.state,
      llm: describeLlm(facts.llm),
      departments_visible: facts.departments.visible,
      departments_hidden: facts.departments.hidden,
    },
  ];
  if (facts.founderToken) records.push({ ...base, message: `Founder token (shown once, keep it safe). ${TOKEN_HINT}`, founder_token: facts.founderToken });
  return records;
}
