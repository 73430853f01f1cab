import { API_PREFIX } from '../../src/app.setup';
import { generateCases } from '../support/bad-input';
import { discoverRoutes, RouteInfo } from '../support/routes';
import { createTestApp, TestApp } from '../support/app';

/**
 * Issue 11: the bad-input suite (test/bad-input.e2e-spec.ts) reads its routes from the router; this
 * checks that it sees every alias route and generates cases for every field the aliases added.
 */
const ALIAS_ROUTES = [
  'PUT /api/v1/chat-history/sessions/:session_id',
  'POST /api/v1/chat-history/departments/:department_id/sessions',
  'GET /api/v1/chat-history/departments/:department_id/chats',
  'GET /api/v1/chat-history/departments/chats/all',
  'GET /api/v1/chat-history/scope/:scope_type',
  'GET /api/v1/chat-history/categories/:category',
  'GET /api/v1/chat-history/sessions-by-category/:category',
  'POST /api/v1/daena/chat/:session_id/message',
  'GET /api/v1/agents/department/:department_id',
  'GET /api/v1/agents/:cell_id/chat/history',
  'POST /api/v1/agents/:cell_id/reset-to-default',
  'DELETE /api/v1/departments/:slug/chat/sessions/:session_id',
  'GET /api/v1/events/recent',
  'GET /api/v1/audit/logs',
  'GET /api/v1/founder-panel/dashboard',
  'GET /api/v1/founder-panel/hidden-departments',
  'POST /api/v1/founder-panel/hidden-departments/:slug/reveal',
  'GET /api/v1/founder-panel/overrides',
  'POST /api/v1/founder-panel/override',
  'POST /api/v1/founder-panel/system/emergency/stop-all',
  'POST /api/v1/founder-panel/system/maintenance',
  'POST /api/v1/voice/settings',
  'POST /api/v1/voice/talk-mode',
  'GET /api/v1/voice/test',
  'GET /api/v1/health',
  'GET /api/v1/brain/status',
  'GET /api/v1/brain/list-models',
  'GET /api/v1/brain/models',
];

/** Route → the fields the original's clients send that the DTOs now declare. */
const NEW_FIELDS: Array<[string, string[]]> = [
  ['POST /api/v1/daena/chat', ['user_id', 'context']],
  ['POST /api/v1/daena/chat/stream', ['user_id', 'context']],
  ['POST /api/v1/daena/chat/start', ['user_id']],
  ['POST /api/v1/agents/:cell_id/chat', ['context']],
  ['POST /api/v1/departments/:slug/chat', ['context', 'agent_id']],
  ['GET /api/v1/departments', ['limit', 'offset']],
  ['GET /api/v1/departments/:slug', ['include_agents']],
  ['GET /api/v1/agents', ['offset']],
  ['PATCH /api/v1/agents/:cell_id', ['auto_backup']],
  ['POST /api/v1/chat-history/sessions/:session_id/messages', ['sender', 'category']],
  ['POST /api/v1/agents', ['department_id']],
  ['POST /api/v1/chat-history/sessions', ['category']],
  ['POST /api/v1/daena/chat/:session_id/message', ['content', 'context']],
  ['GET /api/v1/events/recent', ['limit', 'since_event_id']],
  ['POST /api/v1/founder-panel/override', ['action', 'target', 'value', 'impact_level']],
];

describe('compat: the bad-input suite covers the aliases', () => {
  let t: TestApp;
  let routes: Map<string, RouteInfo>;
  beforeAll(async () => {
    t = await createTestApp();
    routes = new Map(discoverRoutes(t.app, API_PREFIX).routes.map((r) => [r.key, r]));
  });
  afterAll(() => t.close());

  it('discovers every alias route', () => {
    expect(ALIAS_ROUTES.filter((key) => !routes.has(key))).toEqual([]);
  });

  it.each(NEW_FIELDS)('%s: generates malformed cases for %j', async (key, fields) => {
    const route = routes.get(key);
    expect(route).toBeDefined();
    const cases = await generateCases(route!, { realParams: { session_id: 'x', cell_id: 'A11', slug: 'engineering' }, bodyLimitBytes: 1024 * 1024 });
    const kinds = cases.map((c) => c.kind);
    for (const field of fields) {
      expect({ field, covered: kinds.some((k) => k.startsWith(`body ${field}=`) || k.startsWith(`query ${field}=`)) }).toEqual({ field, covered: true });
    }
  });
});
