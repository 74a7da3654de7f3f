/**
 * Starts a real Vigil server on a free port over a fresh database, for integration and browser tests,
 * with a small HTTP client that keeps the session cookie and CSRF token like a browser.
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/server/platform/config.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { DEMO_PASSWORD, freshDatabase, ROOT, type Template } from './backend.ts';

export interface TestServer extends RunningServer {
  /** A client signed in as `username` (demo password), or anonymous when omitted. */
  client(username?: string): Promise<Client>;
}

/** `onQuery`: called for every statement the server runs, with its error if it failed (tests that count round trips). */
export async function startTestServer(opts: { template?: Template; env?: Record<string, string>; onQuery?: (sql: string, error?: unknown) => void } = {}): Promise<TestServer> {
  const db = await freshDatabase(opts.template ?? 'demo');
  const config = {
    // Partners' TAXII reads see every change at once; reminder jobs stay off (they would change tables
    // under tests that compare snapshots; the tests of reminders call them directly).
    ...loadConfig({ PORT: '0', LOG_LEVEL: 'silent', VIGIL_WEB_DIR: join(ROOT, 'dist', 'web'), VIGIL_LOGIN_ATTEMPTS: '1000', VIGIL_SHARING_FRESH_WAIT_MS: '120000', VIGIL_REMINDER_MINUTES: '0', ...opts.env }),
    dataDir: db.dataDir,
    databaseUrl: db.databaseUrl,
    auditKeyFile: join(db.dataDir, 'keys', 'audit-ed25519.pem'),
    ...(opts.env?.VIGIL_SECRET_KEY_FILE ? {} : { secretKeyFile: join(db.dataDir, 'keys', 'secrets.key') }),
  };
  const server = await startServer(config, { quiet: true, ...(opts.onQuery ? { onQuery: opts.onQuery } : {}) });
  return {
    ...server,
    async close() {
      await server.close();
      await db.drop();
    },
    async client(username?: string) {
      const c = new Client(server.url);
      if (username) await c.login(username, DEMO_PASSWORD);
      return c;
    },
  };
}

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** An HTTP client with a cookie jar of one session cookie and the CSRF token. */
export class Client {
  cookie = '';
  csrf = '';
  bearer = '';

  constructor(readonly base: string) {}

  async login(username: string, password: string): Promise<Res> {
    const r = await this.req('POST', '/api/auth/login', { username, password });
    if (r.status === 200) this.csrf = r.body.csrfToken;
    return r;
  }

  async req<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.base + path, { method, headers: h, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const set = res.headers.getSetCookie();
    for (const c of set) if (c.startsWith('vigil_session=')) this.cookie = c.split(';')[0]!;
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (CSV export, HTML)
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = any>(path: string) => this.req<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.req<T>('POST', path, body ?? {});
  put = <T = any>(path: string, body?: unknown) => this.req<T>('PUT', path, body ?? {});
  patch = <T = any>(path: string, body?: unknown) => this.req<T>('PATCH', path, body ?? {});
  del = <T = any>(path: string, body?: unknown) => this.req<T>('DELETE', path, body);
}

/** Waits until a screening batch is done or failed (at most a minute); returns the batch. */
export async function waitBatchDone(c: Client, id: string): Promise<any> {
  for (let i = 0; i < 600; i++) {
    const b = await c.get(`/api/screening/batches/${id}`);
    if (b.body.status === 'done' || b.body.status === 'failed') return b.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('batch did not finish');
}
