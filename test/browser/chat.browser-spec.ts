import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import type { FakeOllama } from '../support/fake-ollama';
import { apiCall, createViewerToken, describeInChromium, FOUNDER, newPage, screenshot, signIn, startBrowserStack, stopBrowserStack, type BrowserStack, type Server } from './browser';

interface MessageRow {
  id: number;
  session_id: string;
  role: string;
  content: string;
  status: string;
  client_message_id: string | null;
}

describeInChromium('chat in Chromium: streaming, stop, offline and regenerate, live second client, restart, departments, viewer', () => {
  let browser: Browser;
  let fake: FakeOllama;
  let server: Server;

  const rows = (sessionId: string): MessageRow[] => {
    const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT id, session_id, role, content, status, client_message_id FROM chat_messages WHERE session_id = ? ORDER BY id').all(sessionId) as MessageRow[];
    } finally {
      db.close();
    }
  };
  const sessionOf = (page: Page) => /\/daena-office\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  const bubbles = (page: Page) => page.getByTestId('messages').getByTestId('message');
  const send = async (page: Page, text: string) => {
    await page.getByRole('textbox', { name: /^Message to/ }).fill(text);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
  };

  let stack: BrowserStack | undefined;

  beforeAll(async () => {
    ({ browser, fake, server } = stack = await startBrowserStack());
  }, 120_000);
  afterAll(() => stopBrowserStack(stack));
  afterEach(() => {
    fake.setReply(null);
  });

  it('streams Daena\'s reply token by token, renders sanitised Markdown, and stores one exchange', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: "Daena's office" }).click();
    fake.setReply(['Here ', 'is ', 'the ', '**plan**', ': ', '<img src=x onerror="window.pwned=1">', '<script>window.pwned=2</script>', 'ship ', 'it.'], 250);
    await send(page, 'What is the plan for this week?');
    const reply = page.locator('[data-testid=message][data-role=assistant]').last();
    // Partial text while streaming, then the whole reply.
    await page.locator('[data-testid=message][data-role=assistant][data-status=streaming]').filter({ hasText: 'Here is' }).waitFor({ timeout: 10_000 });
    const partial = await reply.innerText();
    expect(partial).not.toContain('ship it.');
    await page.locator('[data-testid=message][data-role=assistant][data-status=complete]').filter({ hasText: 'ship it.' }).waitFor({ timeout: 15_000 });
    expect(await reply.locator('strong').innerText()).toBe('plan');
    expect(await reply.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    const sessionId = sessionOf(page);
    expect(rows(sessionId).map((r) => [r.role, r.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(rows(sessionId)[0].client_message_id).toMatch(/[0-9a-f-]{36}/);
    await page.locator('#session-title[value="What is the plan for this week?"]').waitFor();
    await screenshot(page, 'daena-office-1280');
    // Search: a result opens the message in its session.
    await page.goto(`${server.url}/ui/daena-office`);
    await page.getByRole('searchbox', { name: 'Search conversations' }).fill('plan week');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByTestId('search-results').getByRole('button').first().click();
    await page.waitForURL(/\/daena-office\/[0-9a-f-]{36}\?message=\d+/);
    await page.locator('[data-testid=message].focused').filter({ hasText: 'What is the plan for this week?' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'daena-office-390');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('stops a streaming reply (kept as interrupted), and a reload mid-stream shows the stored text and completes live', async () => {
    const context = await browser.newContext();
    const { page } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    await page.goto(`${server.url}/ui/daena-office`);
    fake.setReply(Array.from({ length: 40 }, (_, i) => `word${i} `), 200);
    await send(page, 'Tell me a long story');
    await page.locator('[data-testid=message][data-role=assistant][data-status=streaming]').filter({ hasText: 'word3' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Stop' }).first().click();
    await page.locator('[data-testid=message][data-role=assistant][data-status=interrupted]').waitFor({ timeout: 10_000 });
    const sessionId = sessionOf(page);
    const stopped = rows(sessionId).find((r) => r.role === 'assistant')!;
    expect(stopped.status).toBe('interrupted');
    expect(stopped.content).toMatch(/^word0 word1 word2 word3/);
    expect(stopped.content).not.toContain('word39');

    // Reload while the next reply streams: the stored text shows at once, then it completes live.
    fake.setReply(Array.from({ length: 16 }, (_, i) => `part${i} `), 250);
    await send(page, 'Again, shorter');
    await page.locator('[data-testid=message][data-role=assistant][data-status=streaming]').filter({ hasText: 'part4' }).waitFor({ timeout: 10_000 });
    await page.reload();
    await page.locator('[data-testid=message][data-role=assistant]').last().filter({ hasText: 'part0' }).waitFor({ timeout: 10_000 });
    await page.locator('[data-testid=message][data-role=assistant][data-status=complete]').filter({ hasText: 'part15' }).waitFor({ timeout: 15_000 });
    const final = rows(sessionId).at(-1)!;
    expect(final.content.trim()).toBe(Array.from({ length: 16 }, (_, i) => `part${i}`).join(' '));
    expect((await page.locator('[data-testid=message][data-role=assistant]').last().innerText())).toContain(Array.from({ length: 16 }, (_, i) => `part${i}`).join(' '));
    await context.close();
  }, 90_000);

  it('answers offline while the brain is down, then regenerates the reply once it is back', async () => {
    const context = await browser.newContext();
    const { page } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    await fake.setFault('down');
    await apiCall(server, 'POST', '/llm/status/refresh');
    await page.goto(`${server.url}/ui/daena-office`);
    await page.getByTestId('llm-banner').waitFor();
    expect(await page.getByTestId('llm-banner').innerText()).toContain('You can keep chatting');
    await send(page, 'Are you there?');
    const offline = page.locator('[data-testid=message][data-role=assistant][data-status=offline]');
    await offline.waitFor({ timeout: 10_000 });
    await screenshot(page, 'daena-office-offline');
    const sessionId = sessionOf(page);
    expect(rows(sessionId).map((r) => r.status)).toEqual(['complete', 'offline']);

    await fake.setFault(null);
    await apiCall(server, 'POST', '/llm/status/refresh');
    await page.getByTestId('llm-status').filter({ hasText: 'Brain up' }).waitFor({ timeout: 35_000 });
    await offline.getByRole('button', { name: 'Regenerate' }).click();
    await page.locator('[data-testid=message][data-role=assistant][data-status=complete]').filter({ hasText: 'Are you there?' }).waitFor({ timeout: 15_000 });
    const after = rows(sessionId);
    expect(after.map((r) => [r.role, r.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(after[1].content).toContain('Reply from');
    await context.close();
  }, 90_000);

  it("shows a second client's message live, and after a server restart catches up without losing or doubling a message", async () => {
    const a = await browser.newContext();
    const b = await browser.newContext();
    const { page: pageA } = await newPage(a);
    const { page: pageB } = await newPage(b);
    await signIn(pageA, server.url, FOUNDER);
    await signIn(pageB, server.url, FOUNDER);
    await pageA.goto(`${server.url}/ui/daena-office`);
    await send(pageA, 'First message from A');
    await pageA.locator('[data-testid=message][data-role=assistant][data-status=complete]').waitFor({ timeout: 15_000 });
    const sessionId = sessionOf(pageA);
    await pageB.goto(`${server.url}/ui/daena-office/${sessionId}`);
    await bubbles(pageB).nth(1).waitFor();
    await pageB.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();

    await send(pageA, 'Second message from A');
    await pageB.locator('[data-testid=message][data-role=user]').filter({ hasText: 'Second message from A' }).waitFor({ timeout: 10_000 });
    await pageB.locator('[data-testid=message][data-role=assistant][data-status=complete]').nth(1).waitFor({ timeout: 15_000 });
    await pageB.setViewportSize({ width: 1280, height: 800 });
    await screenshot(pageB, 'daena-office-live');

    // Restart: while the server is down, A types a message; it waits in the outbox and is sent once.
    await server.stop();
    await pageA.getByTestId('connection').filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 15_000 });
    await pageA.getByTestId('offline-banner').waitFor();
    await send(pageA, 'Typed while the server was down');
    await pageA.getByTestId('queued-message').filter({ hasText: 'Typed while the server was down' }).waitFor();
    await screenshot(pageA, 'daena-office-reconnecting');
    await server.restart();
    // Written by another client right after the restart, before the pages are back: replayed to both.
    await apiCall(server, 'POST', `/chat-history/sessions/${sessionId}/messages`, { role: 'user', content: 'Written over HTTP after the restart', client_message_id: 'http-after-restart' });
    for (const page of [pageA, pageB]) {
      await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor({ timeout: 20_000 });
      await page.locator('[data-testid=message][data-role=user]').filter({ hasText: 'Typed while the server was down' }).waitFor({ timeout: 20_000 });
      await page.locator('[data-testid=message][data-role=user]').filter({ hasText: 'Written over HTTP after the restart' }).waitFor({ timeout: 10_000 });
    }
    await pageA.locator('[data-testid=queued-message]').waitFor({ state: 'detached', timeout: 20_000 });
    await pageA.locator('[data-testid=message][data-status=streaming]').waitFor({ state: 'detached', timeout: 20_000 });
    await pageB.locator('[data-testid=message][data-status=streaming]').waitFor({ state: 'detached', timeout: 20_000 });
    const stored = rows(sessionId);
    expect(stored.filter((r) => r.content === 'Typed while the server was down')).toHaveLength(1);
    for (const page of [pageA, pageB]) {
      const shown = await bubbles(page).evaluateAll((nodes) => nodes.map((n) => n.querySelector('.text')?.textContent?.trim() ?? ''));
      expect(shown).toHaveLength(stored.length);
      expect(new Set(shown).size).toBe(shown.length);
      expect(shown.filter((t) => t === 'Typed while the server was down')).toHaveLength(1);
    }
    await a.close();
    await b.close();
  }, 150_000);

  it("shows a department's spokesperson reply, each agent's note as it arrives, and only that department's sessions", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    await page.goto(`${server.url}/ui/departments/engineering`);
    await page.getByTestId('team').locator('li').nth(5).waitFor();
    expect(await page.getByTestId('team').locator('li').count()).toBe(6);
    fake.setReply(['A ', 'short ', 'note.'], 150);
    await send(page, 'How is the release going?');
    await page.getByTestId('agent-notes').locator('li').first().waitFor({ timeout: 20_000 });
    await page.locator('[data-testid=message][data-role=assistant][data-status=complete]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('agent-notes').locator('li').count()).toBe(5);
    await page.getByTestId('synthesis').filter({ hasText: 'Synthesised from 5 agents' }).waitFor();
    await screenshot(page, 'department-engineering');
    const own = await apiCall<{ sessions: Array<{ session_id: string; scope_id: string }> }>(server, 'GET', '/departments/engineering/chat/sessions');
    expect(own.sessions.length).toBe(1);
    const shownSessions = await page.getByTestId('sessions').locator('li').count();
    expect(shownSessions).toBe(1);
    // The dual view: the same session is listed under Daena's office "Departments".
    await page.goto(`${server.url}/ui/daena-office`);
    await page.getByRole('tab', { name: 'Departments' }).click();
    await page.getByTestId('sessions').getByText('How is the release going?').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('gives a viewer every page read-only: write controls disabled with the reason, and the server refuses writes', async () => {
    const viewer = createViewerToken(server.dbFile);
    const context = await browser.newContext();
    const { page } = await newPage(context);
    await signIn(page, server.url, viewer);
    expect(await page.getByTestId('role').innerText()).toMatch(/viewer/i);
    const sessions = await apiCall<{ sessions: Array<{ session_id: string }> }>(server, 'GET', '/chat-history/sessions?category=all');
    await page.goto(`${server.url}/ui/daena-office/${sessions.sessions[0].session_id}`);
    const composer = page.getByRole('textbox', { name: /^Message to/ });
    await composer.waitFor();
    expect(await composer.isDisabled()).toBe(true);
    await page.getByText('Read-only: you are signed in with a viewer token.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Send', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'daena-office-viewer');
    // Even with the CSRF header, the viewer's cookie cannot write.
    const status = await page.evaluate(async () => {
      const session = await (await fetch('/api/v1/auth/session')).json();
      const res = await fetch('/api/v1/daena/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrf_token },
        body: JSON.stringify({ message: 'viewer write' }),
      });
      return res.status;
    });
    expect(status).toBe(403);
    await page.goto(`${server.url}/ui/departments`);
    await page.getByTestId('departments').locator('li').first().waitFor();
    expect(await page.getByText('Hidden (founder only)').count()).toBe(0);
    await context.close();
  }, 60_000);
});
