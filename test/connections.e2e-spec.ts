import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthService } from '../src/auth/auth.service';
import { EventsService } from '../src/events/events.service';
import { createTestApp, eventRows, expectErrorBody, tableCounts, TestApp, useTestApp } from './support/app';

const KEY = randomBytes(32).toString('hex');
const OTHER_KEY = randomBytes(32).toString('hex');
// Distinctive, so that finding it anywhere in the database bytes means it leaked.
const SECRET = `ghp_PlainTextLeakCanary${randomBytes(12).toString('hex')}`;
const SECOND_SECRET = `ghp_SecondLeakCanary${randomBytes(12).toString('hex')}`;
const HOOK_TOKEN = `hooktoken${randomBytes(8).toString('hex')}`;


describe('connections with ENCRYPTION_KEY set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daena-connections-'));
  const database = join(dir, 'daena.sqlite');
  let t: TestApp;
  let hook: Server;
  let hookUrl: string;
  let hookStatus = 204;
  const hookRequests: IncomingMessage[] = [];

  beforeAll(async () => {
    t = await createTestApp({ ENCRYPTION_KEY: KEY, DB_DATABASE: database });
    hook = createServer((req, res) => {
      hookRequests.push(req);
      res.statusCode = hookStatus;
      res.end();
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook?token=${HOOK_TOKEN}`;
  });
  afterAll(async () => {
    await t?.close();
    await new Promise((resolve) => hook.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Every file of the database (main file, -wal, -shm) as raw bytes. */
  const databaseBytes = () =>
    Buffer.concat(
      readdirSync(dir)
        .filter((name) => name.startsWith('daena.sqlite'))
        .map((name) => readFileSync(join(dir, name))),
    );
  const events = (type: string, entityId?: string) => eventRows(t.dataSource, type, entityId);
  const row = async (id: number) => (await t.dataSource.query('SELECT * FROM connections WHERE id = ?', [id]))[0];
  const counts = () => tableCounts(t.dataSource, ['connections', 'event_log']);

  let githubId: number;

  it('lists the known tools with their credential fields', async () => {
    const res = await t.api().get('/api/v1/connections/tools').expect(200);
    const names = res.body.tools.map((tool: { tool_name: string }) => tool.tool_name);
    expect(names).toEqual(expect.arrayContaining(['gmail', 'slack', 'github', 'notion', 'http_webhook']));
    const github = res.body.tools.find((tool: { tool_name: string }) => tool.tool_name === 'github');
    expect(github.required_fields.map((f: { name: string }) => f.name)).toEqual(['token']);
  });

  it('stores credentials encrypted: never in the database bytes, responses or events', async () => {
    const res = await t
      .api()
      .post('/api/v1/connections')
      .send({ tool_name: 'github', credentials: { token: SECRET }, settings: { org: 'daena-settings-marker' } })
      .expect(201);
    githubId = res.body.id;
    expect(res.body).toMatchObject({
      tool_name: 'github',
      display_name: 'GitHub',
      status: 'configured',
      has_credentials: true,
      credential_fields: ['token'],
      settings: { org: 'daena-settings-marker' },
      last_checked: null,
      last_error: null,
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);

    const stored = await row(githubId);
    const sealed = JSON.parse(stored.credentials_encrypted);
    expect(sealed).toMatchObject({ v: 1, alg: 'aes-256-gcm', fields: ['token'] });
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(stored.credentials_encrypted).not.toContain(SECRET);

    const bytes = databaseBytes();
    // Positive control: the non-secret setting written in the same transaction is in these bytes.
    expect(bytes.includes('daena-settings-marker')).toBe(true);
    expect(bytes.includes(SECRET)).toBe(false);
    expect(bytes.includes(Buffer.from(SECRET, 'utf16le'))).toBe(false);

    const [created] = await events('connection.created', String(githubId));
    expect(created.payload).not.toContain(SECRET);
    expect(JSON.parse(created.rooms)).toEqual(['founder']);
    expect(JSON.parse(created.payload)).toMatchObject({ connection: { tool_name: 'github', credential_fields: ['token'] } });

    for (const path of ['/api/v1/connections', `/api/v1/connections/${githubId}`, '/api/v1/events?limit=1000']) {
      expect(JSON.stringify((await t.api().get(path).expect(200)).body)).not.toContain(SECRET);
    }
  });

  it('upserts by tool_name with a fresh IV, and never stores the new secret in clear either', async () => {
    const before = JSON.parse((await row(githubId)).credentials_encrypted);
    const res = await t.api().post('/api/v1/connections').send({ tool_name: 'github', credentials: { token: SECOND_SECRET } }).expect(201);
    expect(res.body).toMatchObject({ id: githubId, status: 'configured', settings: { org: 'daena-settings-marker' } });
    const after = JSON.parse((await row(githubId)).credentials_encrypted);
    expect(after.iv).not.toBe(before.iv);
    expect(after.data).not.toBe(before.data);
    expect((await t.dataSource.query("SELECT COUNT(*) AS n FROM connections WHERE tool_name = 'github'"))[0].n).toBe(1);
    const [updated] = await events('connection.updated', String(githubId));
    expect(JSON.parse(updated.payload)).toMatchObject({ changed: ['credentials'] });
    expect(updated.payload).not.toContain(SECOND_SECRET);
    const bytes = databaseBytes();
    expect(bytes.includes(SECRET)).toBe(false);
    expect(bytes.includes(SECOND_SECRET)).toBe(false);
  });

  it('tests a connection by decrypting it and checking its fields', async () => {
    const res = await t.api().post(`/api/v1/connections/${githubId}/test`).expect(200);
    expect(res.body).toMatchObject({ success: true, connection: { status: 'connected', last_error: null, last_checked: expect.any(String) } });
    expect(res.body.checks).toEqual([
      { check: 'decrypt', ok: true, detail: expect.any(String) },
      { check: 'field:token', ok: true, detail: 'well-formed' },
    ]);
    expect(await row(githubId)).toMatchObject({ status: 'connected', last_error: null });
    const [tested] = await events('connection.tested', String(githubId));
    expect(JSON.parse(tested.payload)).toMatchObject({ ok: true, status: 'connected' });
    expect(JSON.stringify(res.body) + tested.payload).not.toContain(SECOND_SECRET);

    // A malformed value is stored (presence is all a write checks) but the test reports it.
    const slack = await t.api().post('/api/v1/connections').send({ tool_name: 'slack', credentials: { bot_token: 'not-a-slack-token' } }).expect(201);
    const bad = await t.api().post(`/api/v1/connections/${slack.body.id}/test`).expect(200);
    expect(bad.body).toMatchObject({ success: false, connection: { status: 'error', last_error: 'credentials.bot_token is not xoxb-…' } });
    expect(JSON.stringify(bad.body)).not.toContain('not-a-slack-token');
  });

  it('reports a tampered row as "credentials cannot be decrypted"', async () => {
    const notion = await t
      .api()
      .post('/api/v1/connections')
      .send({ tool_name: 'notion', credentials: { api_key: `secret_${randomBytes(16).toString('hex')}` } })
      .expect(201);
    const id = notion.body.id as number;
    await t.api().post(`/api/v1/connections/${id}/test`).expect(200);
    expect((await row(id)).status).toBe('connected');

    const sealed = JSON.parse((await row(id)).credentials_encrypted);
    const data = Buffer.from(sealed.data, 'base64');
    data[0] ^= 0x01;
    await t.dataSource.query('UPDATE connections SET credentials_encrypted = ? WHERE id = ?', [JSON.stringify({ ...sealed, data: data.toString('base64') }), id]);
    const res = await t.api().post(`/api/v1/connections/${id}/test`).expect(200);
    expect(res.body).toMatchObject({ success: false, connection: { status: 'error', last_error: 'credentials cannot be decrypted', credential_fields: ['api_key'] } });
    expect(await row(id)).toMatchObject({ status: 'error', last_error: 'credentials cannot be decrypted' });

    // Renaming the field list (authenticated data) breaks it too.
    const intact = JSON.parse((await row(githubId)).credentials_encrypted);
    await t.dataSource.query('UPDATE connections SET credentials_encrypted = ? WHERE id = ?', [JSON.stringify({ ...intact, fields: ['other'] }), githubId]);
    const renamed = await t.api().post(`/api/v1/connections/${githubId}/test`).expect(200);
    expect(renamed.body.connection).toMatchObject({ status: 'error', last_error: 'credentials cannot be decrypted' });
    await t.dataSource.query('UPDATE connections SET credentials_encrypted = ? WHERE id = ?', [JSON.stringify(intact), githubId]);
  });

  it('checks an http_webhook with a real request to its URL, without revealing the URL', async () => {
    const created = await t.api().post('/api/v1/connections').send({ tool_name: 'http_webhook', credentials: { url: hookUrl } }).expect(201);
    const id = created.body.id as number;
    hookStatus = 204;
    const ok = await t.api().post(`/api/v1/connections/${id}/test`).expect(200);
    expect(ok.body).toMatchObject({ success: true, connection: { status: 'connected' } });
    expect(ok.body.checks.at(-1)).toEqual({ check: 'reachable', ok: true, detail: 'webhook answered HTTP 204' });
    expect(hookRequests.at(-1)).toMatchObject({ method: 'HEAD', url: `/hook?token=${HOOK_TOKEN}` });

    hookStatus = 503;
    const down = await t.api().post(`/api/v1/connections/${id}/test`).expect(200);
    expect(down.body.connection).toMatchObject({ status: 'error', last_error: 'webhook answered HTTP 503' });

    const closedPort = createServer();
    await new Promise<void>((resolve) => closedPort.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closedPort.address() as AddressInfo).port}/hook?token=${HOOK_TOKEN}`;
    await new Promise((resolve) => closedPort.close(resolve));
    await t.api().patch(`/api/v1/connections/${id}`).send({ credentials: { url: deadUrl } }).expect(200);
    const unreachable = await t.api().post(`/api/v1/connections/${id}/test`).expect(200);
    expect(unreachable.body.connection).toMatchObject({ status: 'error', last_error: 'webhook unreachable' });

    const everything = JSON.stringify([ok.body, down.body, unreachable.body, await t.dataSource.query('SELECT payload FROM event_log')]);
    expect(everything).not.toContain(HOOK_TOKEN);
    expect(databaseBytes().includes(HOOK_TOKEN)).toBe(false);
  });

  it.each([
    ['a missing required field', { tool_name: 'github', credentials: {} }],
    ['an unknown field of a known tool', { tool_name: 'github', credentials: { token: SECRET, password: 'x' } }],
    ['a non-string value', { tool_name: 'gmail', credentials: { email: 'a@b.co', app_password: 1234 } }],
    ['a secret-looking setting', { tool_name: 'slack', credentials: { bot_token: 'xoxb-1234567890abc' }, settings: { api_key: 'x' } }],
    ['a bad tool name', { tool_name: 'Not A Tool', credentials: { x: 'y' } }],
    ['credentials that are not an object', { tool_name: 'custom', credentials: 'token' }],
    ['no credentials', { tool_name: 'custom' }],
  ])('refuses %s with 400 and stores nothing', async (_, body) => {
    const before = await counts();
    const snapshot = await t.dataSource.query('SELECT * FROM connections ORDER BY id');
    const res = await t.api().post('/api/v1/connections').send(body);
    expect(res.status).toBe(400);
    expectErrorBody(res.body, 400);
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    expect(await counts()).toEqual(before);
    expect(await t.dataSource.query('SELECT * FROM connections ORDER BY id')).toEqual(snapshot);
  });

  it('edits settings and the display name, and 404s unknown ids', async () => {
    const res = await t.api().patch(`/api/v1/connections/${githubId}`).send({ settings: { org: 'other' }, display_name: 'Company GitHub' }).expect(200);
    expect(res.body).toMatchObject({ display_name: 'Company GitHub', settings: { org: 'other' }, credential_fields: ['token'] });
    const updated = await events('connection.updated', String(githubId));
    expect(JSON.parse(updated.at(-1)!.payload)).toMatchObject({ changed: ['display_name', 'settings'] });
    for (const res404 of [
      await t.api().get('/api/v1/connections/99999'),
      await t.api().patch('/api/v1/connections/99999').send({ display_name: 'x' }),
      await t.api().post('/api/v1/connections/99999/test'),
      await t.api().delete('/api/v1/connections/99999'),
    ]) {
      expect(res404.status).toBe(404);
      expectErrorBody(res404.body, 404);
    }
    expect((await t.api().get('/api/v1/connections/abc')).status).toBe(400);
  });

  it('rolls the write back when its event cannot be written', async () => {
    const before = await counts();
    const spy = jest.spyOn(t.app.get(EventsService), 'publish').mockRejectedValueOnce(new Error('event log unavailable'));
    try {
      const res = await t.api().post('/api/v1/connections').send({ tool_name: 'custom_tool', credentials: { key_one: 'value' } });
      expect(res.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(await counts()).toEqual(before);
  });

  it('is founder-only, reads included', async () => {
    const viewer = await t.app.get(AuthService).createToken('viewer', 'connections-test');
    for (const path of ['/api/v1/connections', '/api/v1/connections/tools', `/api/v1/connections/${githubId}`]) {
      const res = await t.api(viewer).get(path);
      expect(res.status).toBe(403);
      expectErrorBody(res.body, 403);
    }
    const events = (await t.api(viewer).get('/api/v1/events?limit=1000').expect(200)).body.events;
    expect(events.some((e: { entity_type: string }) => e.entity_type === 'connection')).toBe(false);
  });

  it('deletes a connection with its event', async () => {
    const created = await t.api().post('/api/v1/connections').send({ tool_name: 'to_delete', credentials: { token_value: 'x' } }).expect(201);
    await t.api().delete(`/api/v1/connections/${created.body.id}`).expect(200, { success: true, id: created.body.id, deleted: true });
    expect(await row(created.body.id)).toBeUndefined();
    expect(JSON.parse((await events('connection.deleted', String(created.body.id)))[0].payload)).toEqual({ id: created.body.id, tool_name: 'to_delete' });
  });

  it('with another key, the same file reads as "cannot be decrypted"; the bytes never held a secret', async () => {
    await t.close();
    expect(databaseBytes().includes(SECRET)).toBe(false);
    expect(databaseBytes().includes(SECOND_SECRET)).toBe(false);
    t = await createTestApp({ ENCRYPTION_KEY: OTHER_KEY, DB_DATABASE: database });
    const listed = (await t.api().get(`/api/v1/connections/${githubId}`).expect(200)).body;
    expect(listed).toMatchObject({ has_credentials: true, credential_fields: ['token'] });
    const res = await t.api().post(`/api/v1/connections/${githubId}/test`).expect(200);
    expect(res.body).toMatchObject({ success: false, connection: { status: 'error', last_error: 'credentials cannot be decrypted' } });
  });
});

describe('connections without ENCRYPTION_KEY', () => {
  const t = useTestApp();

  it('refuses to store credentials (409, never plaintext) and stores nothing', async () => {
    const before = await tableCounts(t.dataSource, ['connections', 'event_log']);
    const res = await t.api().post('/api/v1/connections').send({ tool_name: 'github', credentials: { token: SECRET } });
    expect(res.status).toBe(409);
    expectErrorBody(res.body, 409);
    expect(res.body.message).toContain('ENCRYPTION_KEY');
    expect(JSON.stringify(res.body)).not.toContain(SECRET);
    expect(await tableCounts(t.dataSource, ['connections', 'event_log'])).toEqual(before);
    // Reads still work.
    expect((await t.api().get('/api/v1/connections').expect(200)).body).toEqual({ connections: [], total: 0 });
  });
});
