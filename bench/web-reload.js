'use strict';
// Dashboard: the JS the first page loads (gzipped) and the warm reload of /ui/dashboard until data
// shows (counts filled in), in Debian's Chromium against the built server (dist/src/main.js +
// dist/web) on a seeded temporary database with the fake Ollama. `npm run bench:web` (builds first).
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');
const { chromium } = require('playwright-core');
const { median, percentile, round, startFakeOllama, startServer, tempDir, TOKEN } = require('./lib');

const RELOADS = 15;
const ROOT = join(__dirname, '..');

/** The scripts index.html loads (entry + modulepreloads) and the CSS, gzipped at level 9. */
function firstLoadBytes() {
  const html = readFileSync(join(ROOT, 'dist/web/index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/ui\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const size = (ext) =>
    files.filter((f) => f.endsWith(ext)).reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, 'dist/web', f)), { level: 9 }).length, 0);
  return { js_gzip_kb: round(size('.js') / 1024, 1), css_gzip_kb: round(size('.css') / 1024, 1), files };
}

async function main() {
  const chromiumPath = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  const tmp = tempDir();
  const ollama = await startFakeOllama({ tokens: 20, delayMs: 10 });
  const server = await startServer({ database: join(tmp.dir, 'web.sqlite'), ollamaUrl: ollama.url });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/ui/login`);
    await page.getByLabel('Token').fill(TOKEN);
    const signedIn = Date.now();
    await page.getByRole('button', { name: 'Sign in' }).click();
    const filled = page.locator('[data-testid=counts] .value').first().filter({ hasText: /^\d+$/ });
    await filled.waitFor();
    const coldMs = Date.now() - signedIn;
    const warm = [];
    for (let i = 0; i < RELOADS; i++) {
      const started = Date.now();
      await page.reload({ waitUntil: 'commit' });
      await filled.waitFor();
      await page.locator('[data-testid=llm-card]').filter({ hasText: /Brain/ }).waitFor();
      warm.push(Date.now() - started);
    }
    const firstLoad = firstLoadBytes();
    const warmMedian = round(median(warm), 0);
    const result = {
      budgets: { first_load_js_gzip_kb_max: 250, warm_reload_ms_max: 1000, met: firstLoad.js_gzip_kb <= 250 && Math.max(...warm) <= 1000 },
      first_load: firstLoad,
      sign_in_to_data_ms: coldMs,
      warm_reload_to_data_ms: { runs: RELOADS, median: warmMedian, p90: round(percentile(warm, 90), 0), max: Math.max(...warm) },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (!result.budgets.met) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.stop();
    await ollama.stop();
    tmp.remove?.();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
