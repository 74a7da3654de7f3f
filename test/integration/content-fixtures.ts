/** What the online-content tests share: users with content roles, the job run until a condition holds, raw uploads. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { Client, TestServer } from '../helpers/server.ts';

const PASSWORD = 'content-test-password-1';

/** The ids of the demo organisations by name. */
export async function organisationIds(s: TestServer): Promise<Record<string, string>> {
  const admin = await s.client('admin');
  return Object.fromEntries(((await admin.get('/api/organisations')).body as Array<{ name: string; id: string }>).map((o) => [o.name, o.id]));
}

/** Creates a user of `orgId` with `roles` and answers a client signed in as them. */
export async function userClient(s: TestServer, username: string, orgId: string | undefined, roles: Record<string, string[]>): Promise<Client> {
  const admin = await s.client('admin');
  const r = await admin.post('/api/users', { username, displayName: username, orgId, clearance: 'secret', roles, password: PASSWORD });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const c = await s.client();
  expect((await c.login(username, PASSWORD)).status).toBe(200);
  return c;
}

/** Runs the content job until `done` holds (deliveries are real HTTP calls). */
export async function untilJob(s: TestServer, done: () => Promise<boolean>, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    await s.app.contentRuntime!.worker.tick();
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached');
}

/** POSTs a raw body (an upload) with the client's session. */
export async function upload(c: Client, path: string, body: Buffer | string, type = 'application/octet-stream') {
  const res = await fetch(c.base + path, { method: 'POST', headers: { 'content-type': type, cookie: c.cookie, 'x-csrf-token': c.csrf }, body: typeof body === 'string' ? body : new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as any };
}

export interface Received { headers: IncomingHttpHeaders; raw: string; body: any }

/** A hosting provider's webhook endpoint on 127.0.0.1: keeps what it receives; `failNext` answers 500 that many times. */
export async function webhookReceiver(): Promise<{ url: string; received: Received[]; failNext: number; close(): Promise<void> }> {
  const hook = {
    url: '',
    received: [] as Received[],
    failNext: 0,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      hook.received.push({ headers: req.headers, raw, body: JSON.parse(raw) });
      if (hook.failNext > 0) {
        hook.failNext--;
        res.writeHead(500).end('try later');
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hook.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tco`;
  return hook;
}
