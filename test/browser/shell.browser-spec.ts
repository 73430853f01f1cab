import type { Browser } from 'playwright-core';
import { describeInChromium, FOUNDER, newPage, screenshot, signIn, startBrowserStack, stopBrowserStack, type BrowserStack, type Server } from './browser';

const ROUTES = ['/ui/dashboard', '/ui/daena-office', '/ui/departments', '/ui/departments/engineering', '/ui/agents', '/ui/agents/A11', '/ui/login'];

describeInChromium('dashboard shell in Chromium: served by the service, cookie login, CSRF, viewer read-only', () => {
  let browser: Browser;
  let server: Server;
  let stack: BrowserStack | undefined;

  beforeAll(async () => {
    ({ browser, server } = stack = await startBrowserStack());
  }, 120_000);
  afterAll(() => stopBrowserStack(stack));

  it('answers every route with the page on a direct load, and / redirects to the dashboard', async () => {
    for (const route of ROUTES) {
      const res = await fetch(`${server.url}${route}`);
      expect({ route, status: res.status, type: res.headers.get('content-type') }).toEqual({ route, status: 200, type: expect.stringContaining('text/html') });
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await res.text()).toContain('<div id="root">');
    }
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/ui/dashboard');
    // A missing asset is a 404 with the one error body, not the page.
    const missing = await fetch(`${server.url}/ui/assets/nope.js`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status_code: 404 });
  });

  it('signs in with a pasted token into an HttpOnly SameSite=Strict cookie, live, and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, problems } = await newPage(context);
    await page.goto(`${server.url}/ui/dashboard`);
    await page.getByRole('heading', { name: 'Sign in to Daena' }).waitFor();
    await page.getByLabel('Token').fill('wrong-token-0123456789abcdef');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This token is not valid.').waitFor();
    await signIn(page, server.url, FOUNDER);

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'daena_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, value: FOUNDER });
    expect(await page.evaluate(() => document.cookie)).not.toContain(FOUNDER);
    await page.getByTestId('connection').filter({ hasText: 'Live' }).waitFor();
    await page.getByTestId('counts').getByText('Departments').waitFor();
    await page.locator('[data-testid=counts] .value').first().filter({ hasText: /^\d+$/ }).waitFor();
    await page.getByTestId('llm-status').filter({ hasText: 'Brain up' }).waitFor();
    await page.getByTestId('feed').locator('li.feed-item').first().waitFor();
    await screenshot(page, 'dashboard-1280');

    // The cookie alone cannot write: a request without the CSRF header is refused.
    const refused = await page.evaluate(async () => {
      const res = await fetch('/api/v1/chat-history/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return { status: res.status, body: await res.json() };
    });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('x-csrf-token');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Daena' }).waitFor();
    expect((await context.cookies()).find((c) => c.name === 'daena_session')).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('works on a 390-px phone screen (menu, no horizontal scroll)', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const { page, problems } = await newPage(context);
    await signIn(page, server.url, FOUNDER);
    await page.locator('[data-testid=counts] .value').first().filter({ hasText: /^\d+$/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'dashboard-390');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Departments' }).click();
    await page.getByTestId('departments').locator('li').nth(7).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'departments-390');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
