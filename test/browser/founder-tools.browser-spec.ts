import type { Browser, Page, Response } from 'playwright-core';
import type { FakeOllama } from '../support/fake-ollama';
import { apiCall, createViewerToken, describeInChromium, expectDirectLoads, FOUNDER, newPage, screenshot, signIn, startBrowserStack, stopBrowserStack, type BrowserStack, type Server } from './browser';

const ROUTES = ['/ui/task-timeline', '/ui/voice-panel', '/ui/connections', '/ui/brain-settings'];
// A GitHub token shape the test route accepts; it must never come back to the page.
const SECRET = 'ghp_S3cretValueThatMustNeverLeak0123456789';

interface TaskRow {
  task_id: string;
  status: string;
  progress: number;
}

describeInChromium('founder tools in Chromium: task timeline, voice panel, connections, brain settings, viewer read-only', () => {
  let browser: Browser;
  let server: Server;
  let fake: FakeOllama;
  let stack: BrowserStack | undefined;

  beforeAll(async () => {
    ({ browser, server, fake } = stack = await startBrowserStack({ ENCRYPTION_KEY: 'ab'.repeat(32) }));
  }, 120_000);
  afterAll(() => stopBrowserStack(stack));

  async function founderPage(path: string, width = 1280): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const { page, problems } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    await page.goto(`${server.url}${path}`);
    return { page, problems, close: () => context.close() };
  }
  const card = (page: Page, taskId: string) => page.getByTestId(`task-${taskId}`);
  const buttonsOf = async (page: Page, taskId: string) => (await card(page, taskId).locator('.task-actions button').allInnerTexts()).map((t) => t.trim());

  it('answers each new route with the page on a direct load', async () => {
    await expectDirectLoads(server, ROUTES);
  });

  it('moves a task through its transitions with only the legal buttons, and shows a 409 from a race plainly', async () => {
    const task = await apiCall<TaskRow>(server, 'POST', '/tasks', { title: 'Quarterly report', owner_type: 'agent', owner_id: 'A11', priority: 'high' });
    const other = await apiCall<TaskRow>(server, 'POST', '/tasks', { title: 'Hire a designer', owner_type: 'department', owner_id: 'engineering' });
    const { page, problems, close } = await founderPage('/ui/task-timeline');
    await page.getByRole('heading', { name: 'Task timeline' }).waitFor();

    await page.getByTestId('column-pending').getByTestId(`task-${task.task_id}`).waitFor();
    expect(await buttonsOf(page, task.task_id)).toEqual(['Start', 'Cancel']);
    await card(page, task.task_id).getByRole('button', { name: 'Start' }).click();
    await page.getByTestId('column-running').getByTestId(`task-${task.task_id}`).waitFor();
    expect(await buttonsOf(page, task.task_id)).toEqual(['Complete', 'Fail', 'Cancel', 'Set']);

    await card(page, task.task_id).getByLabel('Progress', { exact: true }).fill('40');
    await card(page, task.task_id).getByRole('button', { name: 'Set' }).click();
    await card(page, task.task_id).getByText('40%', { exact: true }).waitFor();
    expect((await apiCall<TaskRow>(server, 'GET', `/tasks/${task.task_id}`)).progress).toBe(40);
    await screenshot(page, 'task-timeline');

    await card(page, task.task_id).getByRole('button', { name: 'Complete' }).click();
    await page.getByTestId('column-completed').getByTestId(`task-${task.task_id}`).waitFor();
    expect(await buttonsOf(page, task.task_id)).toEqual([]);
    expect(await apiCall<TaskRow>(server, 'GET', `/tasks/${task.task_id}`)).toMatchObject({ status: 'completed', progress: 100 });
    const events = await apiCall<{ events: Array<{ event_type: string; actor: string }> }>(server, 'GET', `/events?entity_type=task&entity_id=${task.task_id}`);
    expect(events.events.map((e) => e.event_type)).toEqual(['task.created', 'task.started', 'task.progressed', 'task.completed']);

    // The race: the page still shows `other` pending (its reload is slow) when someone else starts it.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/api/v1/tasks',
      async (route) => {
        if (route.request().method() === 'GET') await held;
        await route.continue();
      },
    );
    await apiCall(server, 'POST', `/tasks/${other.task_id}/start`);
    await card(page, other.task_id).getByRole('button', { name: 'Start' }).click();
    const alert = card(page, other.task_id).getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`Task ${other.task_id} cannot go from 'running' to 'running'`);
    release();
    await page.unroute((url) => url.pathname === '/api/v1/tasks');
    await page.getByTestId('column-running').getByTestId(`task-${other.task_id}`).waitFor();
    // The message stays with the task after it moved, until the next action on it.
    expect(await card(page, other.task_id).getByRole('alert').innerText()).toContain('cannot go from');
    await screenshot(page, 'task-timeline-409');
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('keeps a connection secret out of the DOM and every response after saving, and tests it', async () => {
    const { page, problems, close } = await founderPage('/ui/connections');
    const bodies: Array<Promise<string>> = [];
    page.on('response', (res: Response) => bodies.push(res.text().catch(() => '')));
    await page.getByRole('heading', { name: 'Known tools' }).waitFor();
    await page.getByRole('button', { name: 'Add a connection' }).click();
    await page.getByRole('form', { name: 'Add a connection' }).getByRole('combobox').selectOption('github');
    await page.getByLabel('Display name').fill('Company GitHub');
    await page.getByLabel(/^token/).fill(SECRET);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Connection added.').waitFor();
    const row = page.getByTestId('connection-github');
    await row.getByTestId('field-token').filter({ hasText: /^set$/ }).waitFor();

    await row.getByRole('button', { name: 'Test' }).click();
    await row.getByTestId('test-result').getByText('Test passed').waitFor();
    await row.locator('.status-connected').waitFor();

    // Edit the name only: the stored secret stays (still "set"), nothing is sent back.
    await row.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Display name').fill('GitHub (company)');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Connection saved.').waitFor();
    await page.getByRole('heading', { name: /GitHub \(company\)/ }).waitFor();
    expect(await row.getByTestId('field-token').innerText()).toBe('set');

    // A bad credential shows the server's message (the field name, never the value).
    await page.getByRole('button', { name: 'Add a connection' }).click();
    await page.getByRole('form', { name: 'Add a connection' }).getByRole('combobox').selectOption('slack');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'bot_token' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await screenshot(page, 'connections');

    await page.reload();
    await page.getByTestId('connection-github').waitFor();
    const stored = await apiCall<{ connections: Array<{ tool_name: string; credential_fields: string[]; status: string }> }>(server, 'GET', '/connections');
    expect(stored.connections).toEqual([expect.objectContaining({ tool_name: 'github', credential_fields: ['token'], status: 'connected' })]);
    expect(await page.content()).not.toContain(SECRET);
    const texts = await Promise.all(bodies);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).not.toContain(SECRET);
    expect(texts.some((t) => t.includes('"credential_fields":["token"]'))).toBe(true);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('connection-github').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No connection yet.').waitFor();
    expect((await apiCall<{ total: number }>(server, 'GET', '/connections')).total).toBe(0);
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('brain settings: detail, choosing the active model (founder override), transitions live', async () => {
    fake.setModels(['qwen2.5:7b-instruct', 'llama3.2:3b']);
    await apiCall(server, 'POST', '/llm/status/refresh');
    const { page, problems, close } = await founderPage('/ui/brain-settings');
    await page.getByTestId('llm-detail').getByText(fake.url.replace(/\/$/, '')).waitFor();
    expect(await page.getByTestId('queue').innerText()).toMatch(/0 running, 0 waiting \(at most \d+ at once\)/);
    await page.getByText('No founder override').waitFor();
    await page.getByRole('button', { name: 'Use llama3.2:3b' }).click();
    await page.getByTestId('active-model').filter({ hasText: 'llama3.2:3b' }).waitFor();
    await page.getByText('Founder override: llama3.2:3b').waitFor();
    expect(await apiCall(server, 'GET', '/founder/config/llm.active_model')).toMatchObject({ value: 'llama3.2:3b' });
    expect(await apiCall(server, 'GET', '/llm/status')).toMatchObject({ active_model: 'llama3.2:3b', state: 'up' });

    // The state machine: Ollama goes away and comes back; both transitions appear without a reload.
    await fake.setFault('down');
    await apiCall(server, 'POST', '/llm/status/refresh');
    await page.getByTestId('transitions').locator('tbody tr').filter({ hasText: 'down' }).first().waitFor();
    await fake.setFault(null);
    await apiCall(server, 'POST', '/llm/status/refresh');
    const first = page.getByTestId('transitions').locator('tbody tr').first();
    await first.filter({ hasText: /down.*up/s }).waitFor();
    await page.getByTestId('active-model').filter({ hasText: 'llama3.2:3b' }).waitFor();
    await screenshot(page, 'brain-settings');

    await page.getByRole('button', { name: 'Back to the server default' }).click();
    await page.getByTestId('active-model').filter({ hasText: 'qwen2.5:7b-instruct' }).waitFor();
    expect(await apiCall(server, 'GET', '/founder/config/llm.active_model')).toMatchObject({ value: null, is_default: true });
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it("voice panel: Daena's and an agent's settings, the server's range messages, speak with those settings", async () => {
    await apiCall(server, 'POST', '/daena/chat', { message: 'Read me the status please' });
    const { page, problems, close } = await founderPage('/ui/voice-panel');
    const form = page.getByRole('form', { name: 'Voice of Daena' });
    await form.waitFor();
    // The text to read is Daena's newest stored reply (the fake Ollama's echo of the question).
    await form.getByLabel("Daena's latest reply").waitFor();
    expect(await form.getByLabel("Daena's latest reply").inputValue()).toContain('to: Read me the status please');
    await form.getByLabel('Rate', { exact: true }).fill('500');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').filter({ hasText: 'rate must not be greater than 400' }).waitFor();
    expect(await apiCall(server, 'GET', '/voice/settings')).toMatchObject({ rate: 175, is_default: true });

    await form.getByLabel('Rate', { exact: true }).fill('210');
    await form.getByLabel('Pitch', { exact: true }).fill('1.2');
    await form.getByLabel(/Talk mode/).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved.').waitFor();
    expect(await apiCall(server, 'GET', '/voice/settings')).toMatchObject({ rate: 210, pitch: 1.2, talk_active: true, is_default: false });

    const canSpeak = await page.evaluate(() => 'speechSynthesis' in window);
    if (canSpeak) {
      // Record what the page hands the Web Speech API (headless Chromium has no audio out).
      await page.evaluate(() => {
        const w = window as unknown as { spoken: unknown[] };
        w.spoken = [];
        window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void w.spoken.push({ text: u.text, rate: u.rate, pitch: u.pitch, volume: u.volume });
      });
      await form.getByRole('button', { name: 'Speak' }).click();
      const spoken = await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken);
      expect(spoken).toEqual([{ text: expect.stringContaining('to: Read me the status please'), rate: expect.closeTo(1.2, 5), pitch: expect.closeTo(1.2, 5), volume: 1 }]);
    } else {
      await form.getByText('This browser has no speech synthesis').waitFor();
    }

    await page.getByLabel('Whose voice').selectOption('A11');
    const agentForm = page.getByRole('form', { name: /^Voice of (?!Daena)/ });
    await agentForm.waitFor();
    await agentForm.getByLabel('Volume', { exact: true }).fill('0.4');
    await agentForm.getByRole('button', { name: 'Save' }).click();
    await agentForm.getByText('Saved.').waitFor();
    expect(await apiCall(server, 'GET', '/voice/agents/A11')).toMatchObject({ volume: 0.4, rate: 175 });
    await page.getByTestId('voice-status').filter({ hasText: 'agents with their own settings: 1' }).waitFor();
    await screenshot(page, 'voice-panel');
    expect(problems).toEqual([]);
    await close();
  }, 90_000);

  it('fits a 390-px phone screen (no horizontal scroll) on every new page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page, problems } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    for (const [route, ready] of [
      ['/ui/task-timeline', 'Tasks by status over time'],
      ['/ui/voice-panel', 'Try it'],
      ['/ui/connections', 'Known tools'],
      ['/ui/brain-settings', 'State transitions'],
    ]) {
      await page.goto(`${server.url}${route}`);
      await page.getByText(ready, { exact: true }).first().waitFor();
      await screenshot(page, `${route.slice(4)}-390`);
      expect({ route, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ route, width: 390 });
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('gives a viewer these pages read-only: no write control, the reason shown, connections withheld', async () => {
    await apiCall(server, 'POST', '/tasks', { title: 'Visible to the viewer', owner_type: 'agent', owner_id: 'A11' });
    const viewer = createViewerToken(server.dbFile);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await newPage(context);
    await signIn(page, server.url, viewer);
    const reason = 'Read-only: you are signed in with a viewer token.';

    await page.goto(`${server.url}/ui/task-timeline`);
    await page.getByText('Visible to the viewer').waitFor();
    await page.getByText(reason).waitFor();
    expect(await page.locator('.task-actions').count()).toBe(0);
    await screenshot(page, 'task-timeline-viewer');

    await page.goto(`${server.url}/ui/voice-panel`);
    await page.getByRole('form', { name: 'Voice of Daena' }).waitFor();
    await page.getByText(reason).waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await page.getByLabel('Rate', { exact: true }).isDisabled()).toBe(true);

    await page.goto(`${server.url}/ui/connections`);
    await page.getByTestId('founder-only').waitFor();
    expect(await page.getByRole('button', { name: 'Add a connection' }).count()).toBe(0);

    await page.goto(`${server.url}/ui/brain-settings`);
    await page.getByTestId('active-model').waitFor();
    await page.getByText(reason).waitFor();
    expect(await page.getByRole('button').filter({ hasText: /^Use|Check Ollama|Back to the server default/ }).count()).toBe(0);
    await screenshot(page, 'brain-settings-viewer');
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
