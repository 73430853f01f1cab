#!/usr/bin/env node
/**
 * Builds the dashboard into dist/web, unless its inputs are unchanged since the last build (the
 * hash of web/ sources, the Vite config and the lockfile is kept in dist/web/.inputs-hash): a
 * second `npm start` does not pay for a web build it does not need. `--force` always builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(webDir);
const outDir = join(root, 'dist', 'web');
const hashFile = join(outDir, '.inputs-hash');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
    return /\.test\.tsx?$/.test(entry.name) ? [] : [path];
  });
}

const inputs = [...files(webDir), join(root, 'package-lock.json')].filter(existsSync).sort();
const hash = createHash('sha256');
for (const file of inputs) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
const digest = hash.digest('hex');

const upToDate = existsSync(hashFile) && readFileSync(hashFile, 'utf8') === digest && existsSync(join(outDir, 'index.html'));
if (upToDate && !process.argv.includes('--force')) {
  process.stdout.write('web: dist/web is up to date (inputs unchanged), build skipped\n');
  process.exit(0);
}
const started = Date.now();
// Always the production React build, even when called from a test run (NODE_ENV=test).
process.env.NODE_ENV = 'production';
const { build } = await import('vite');
await build({ configFile: join(webDir, 'vite.config.mts'), mode: 'production', logLevel: 'warn' });
writeFileSync(hashFile, digest);
const size = statSync(join(outDir, 'index.html')).size;
process.stdout.write(`web: built dist/web in ${Date.now() - started} ms (index.html ${size} B)\n`);
