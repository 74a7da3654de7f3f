/**
 * A small server-sent-events reader over fetch, and a `vigil serve` process of its own, for the crisis
 * tests and the bench (bench/crisis).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

export interface SseConn {
  events: SseEvent[];
  status: number;
  contentType: string;
  /** Resolves when `n` events (of any kind) have arrived, or rejects after `ms`. */
  waitFor(n: number, ms?: number): Promise<SseEvent[]>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseConn> {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ac.signal });
  const events: SseEvent[] = [];
  const waiters: Array<() => void> = [];
  if (res.ok && res.body) {
    void (async () => {
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const e: SseEvent = { id: null, event: 'message', data: '' };
            let any = false;
            for (const line of block.split('\n')) {
              if (line.startsWith(':') || line.startsWith('retry:')) continue;
              const [k, ...rest] = line.split(':');
              const v = rest.join(':').replace(/^ /, '');
              if (k === 'id') e.id = v;
              else if (k === 'event') e.event = v;
              else if (k === 'data') e.data += (e.data ? '\n' : '') + v;
              any = true;
            }
            if (any) {
              events.push(e);
              for (const w of waiters.splice(0)) w();
            }
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return {
    events,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    async waitFor(n, ms = 10_000) {
      const until = Date.now() + ms;
      while (events.length < n) {
        if (Date.now() > until) throw new Error(`only ${events.length} of ${n} events arrived`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 100);
        });
      }
      return events;
    },
    close: () => ac.abort(),
  };
}

/** A `vigil serve` process of its own (the real command), for the two-process test and the bench. */
export interface VigilProcess {
  url: string;
  pid: number;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  /** Peak and current resident memory, from /proc (Linux), in bytes; null elsewhere. */
  memory(): { peakRss: number; rss: number } | null;
  stop(): Promise<void>;
}

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Starts `vigil serve` with `env` over the current environment (PORT 0, quiet logs) and resolves with its
 * address once it listens. Give it the DATABASE_URL and VIGIL_DATA_DIR (audit and secret keys) of the
 * database it should share.
 */
export async function startVigilProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<VigilProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'vigil.js'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, VIGIL_DEMO: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vigil serve did not start in ${timeoutMs} ms:\n${out}`)), timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Vigil is running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vigil serve exited (${code}) before listening:\n${out}`));
    });
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    url,
    pid: child.pid!,
    output: () => out,
    memory() {
      try {
        const s = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN) * 1024;
        return { peakRss: kb('VmHWM'), rss: kb('VmRSS') };
      } catch {
        return null;
      }
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
    },
  };
}
