/**
 * Builds the web app into dist/web with Vite. Skips when dist/web is newer than every source file
 * (src/web, src/core, index.html, vite.config.ts) unless --force. Runs from npm's `prepare`.
 * Exits non-zero when the build fails.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist', 'web');
const force = process.argv.includes('--force');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(path)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, e)));
  }
  return max;
}

function builtAt() {
  const index = join(out, 'index.html');
  return existsSync(index) ? statSync(index).mtimeMs : 0;
}

const sources = ['src/web', 'src/core', 'index.html', 'vite.config.ts'].map((p) => join(root, p));
const latest = Math.max(...sources.map(newest));
const built = builtAt();
if (!force && built > 0 && built >= latest) {
  console.log('web: dist/web is up to date (use --force to rebuild)');
  process.exit(0);
}

let vite;
try {
  vite = await import('vite');
} catch {
  // Installed without dev dependencies (npm ci --omit=dev): the server runs without the web app.
  console.log('web: vite is not installed; skipping the web build');
  process.exit(0);
}

console.log(force ? 'web: building dist/web (forced)' : built ? 'web: sources changed; rebuilding dist/web' : 'web: building dist/web');
const started = Date.now();
try {
  await vite.build({ configFile: join(root, 'vite.config.ts'), root, logLevel: 'warn' });
  console.log(`web: built dist/web in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (err) {
  console.error('web: build failed');
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
