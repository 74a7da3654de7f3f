/** Global setup of the browser tests: makes sure dist/web is built (skips when it is up to date). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/backend.ts';

export default function setup(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-web.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
