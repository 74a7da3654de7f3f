/**
 * Waits until the machine is quiet before a measurement: the work a phase leaves behind (PostgreSQL's
 * autovacuum and checkpoints after a burst of writes, a server's background jobs) must not be counted
 * against the next phase. Quiet means all cores together at most `busyMax` busy over half a second
 * (/proc/stat); gives up after `maxMs` and says so. Returns the time waited and whether it was quiet.
 */
import { existsSync, readFileSync } from 'node:fs';

function cpuTimes(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: total - idle, total };
}

export async function settle(busyMax = 0.15, maxMs = 15_000): Promise<{ waitedMs: number; quiet: boolean }> {
  const t0 = performance.now();
  if (!existsSync('/proc/stat')) {
    await new Promise((r) => setTimeout(r, 1_000));
    return { waitedMs: performance.now() - t0, quiet: false };
  }
  for (;;) {
    const a = cpuTimes();
    await new Promise((r) => setTimeout(r, 500));
    const b = cpuTimes();
    const busy = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    if (busy <= busyMax) return { waitedMs: performance.now() - t0, quiet: true };
    if (performance.now() - t0 >= maxMs) return { waitedMs: performance.now() - t0, quiet: false };
  }
}
