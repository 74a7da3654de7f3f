/**
 * Public alerts over HTTP: drafting, checks naming the field, second-person approval, signed
 * publication valid against the CAP 1.2 schema, the public feed with ETag/304, Update and Cancel.
 */
import { spawnSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { alertContent, hasXmllint, validateCap } from './alerts-fixtures.ts';

let s: TestServer;
let editor: Client;
let authority: Client;
let anon: Client;

beforeAll(async () => {
  s = await startTestServer();
  editor = await s.client('alert.editor');
  authority = await s.client('alert.authority');
  anon = await s.client();
});
afterAll(async () => {
  await s?.close();
});

async function draft(c: Client, content = alertContent()): Promise<{ id: string; version: number }> {
  const r = await c.post('/api/alerts', { content });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

/** Drafted by the editor, approved and published by the authority. */
async function published(content = alertContent()): Promise<any> {
  const d = await draft(editor, content);
  expect((await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version })).status).toBe(200);
  const a = await authority.post(`/api/alerts/${d.id}/approve`, { version: d.version });
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  const p = await authority.post(`/api/alerts/${d.id}/publish`);
  expect(p.status, JSON.stringify(p.body)).toBe(200);
  return p.body;
}

const getText = async (path: string, headers: Record<string, string> = {}) => {
  const r = await fetch(s.url + path, { headers });
  return { status: r.status, text: await r.text(), headers: r.headers, bytes: r };
};

describe('drafting and checks', () => {
  it('drafts an alert in four languages and reports its SMS counts', async () => {
    const r = await editor.post('/api/alerts', { content: alertContent() });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ msgType: 'Alert', status: 'Exercise', state: 'draft', problems: [], can: { edit: true, submit: true, approve: false } });
    expect(r.body.sms).toHaveLength(4);
    expect(r.body.sms[0]).toMatchObject({ encoding: 'GSM-7', limit: 160, fits: true });
  });

  it('refuses submission with a message naming each bad field', async () => {
    const c = alertContent();
    c.info[2]!.headline = '';
    c.info[1]!.sms = 'Restez à l’intérieur, fenêtres fermées, n’ouvrez à personne, écoutez la radio !!';
    const d = await draft(editor, c);
    const r = await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('info.1.sms');
    expect(r.body.error.message).toMatch(/^info\.1\.sms: the SMS text takes \d+ of 70 characters: .*UCS-2.*\(and 1 more: info\.2\.headline\)/);
    const got = await editor.get(`/api/alerts/${d.id}`);
    expect(got.body.problems.map((p: { field: string }) => p.field)).toEqual(['info.1.sms', 'info.2.headline']);
    expect(got.body.state).toBe('draft');
  });

  it('refuses an open or self-crossing polygon with the reason, and an unknown municipality', async () => {
    const open = alertContent();
    open.area.polygons = [[[50.84, 4.35], [50.84, 4.36], [50.85, 4.36], [50.85, 4.35]]];
    let r = await editor.post('/api/alerts', { content: open });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ field: 'area.polygons.0' });
    expect(r.body.error.message).toMatch(/not closed/);
    const bow = alertContent();
    bow.area.polygons = [[[50.84, 4.35], [50.85, 4.36], [50.84, 4.36], [50.85, 4.35], [50.84, 4.35]]];
    r = await editor.post('/api/alerts', { content: bow });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/crosses itself: edge 1 .* meets edge 3/);
    const nis = alertContent();
    nis.area.municipalities = ['99999'];
    const d = await draft(editor, nis);
    r = await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version });
    expect(r.body.error).toMatchObject({ field: 'area.municipalities.0' });
  });

  it('saves a draft only at the version read', async () => {
    const d = await draft(editor);
    const c = alertContent({ headline: 'Changed' });
    expect((await editor.put(`/api/alerts/${d.id}`, { version: d.version, content: c })).body.version).toBe(d.version + 1);
    const stale = await editor.put(`/api/alerts/${d.id}`, { version: d.version, content: c });
    expect(stale.status).toBe(409);
  });
});

describe('approval by a second person', () => {
  it('refuses approval and publication by whoever wrote the alert', async () => {
    const d = await draft(authority);
    expect((await authority.post(`/api/alerts/${d.id}/submit`, { version: d.version })).status).toBe(200);
    const r = await authority.post(`/api/alerts/${d.id}/approve`, { version: d.version });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/second person/);
    expect((await authority.get(`/api/alerts/${d.id}`)).body.state).toBe('awaiting_approval');
  });

  it('refuses approval without the approve right, and publication before approval', async () => {
    const d = await draft(editor);
    await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version });
    expect((await editor.post(`/api/alerts/${d.id}/approve`, { version: d.version })).status).toBe(403);
    expect((await authority.post(`/api/alerts/${d.id}/publish`)).status).toBe(409);
  });

  it('returns an alert to its drafter with the reason', async () => {
    const d = await draft(editor);
    await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version });
    const r = await authority.post(`/api/alerts/${d.id}/return`, { version: d.version, reason: 'Add the metro lines' });
    expect(r.body).toMatchObject({ state: 'draft', returnedReason: 'Add the metro lines' });
  });
});

describe('publication', () => {
  it('publishes a signed message that validates against the CAP 1.2 schema', async () => {
    const a = await published();
    expect(a).toMatchObject({ state: 'published', identifier: expect.stringMatching(/^VIGIL-\d{4}-\d{5}$/), links: { xml: `/cap/alerts/${a.id}.xml` } });
    const x = await getText(`/cap/alerts/${a.id}.xml`);
    expect(x.status).toBe(200);
    expect(x.headers.get('content-type')).toMatch(/^application\/cap\+xml/);
    expect(x.text).toContain('<status>Exercise</status>');
    expect(x.text).toContain('&amp; &quot;quotes&quot; &lt;tags&gt;');
    expect(x.text).toContain('<valueName>NIS</valueName>');
    expect(x.text.match(/<info>/g)).toHaveLength(4);
    if (hasXmllint) {
      const v = validateCap(x.text);
      expect(v.ok, v.output).toBe(true);
    }
    // Verify the detached signature as a notice board would: the public key, the bytes, the signature.
    const sig = Buffer.from(await (await fetch(`${s.url}/cap/alerts/${a.id}.xml.sig`)).arrayBuffer());
    expect(sig).toHaveLength(64);
    const pem = await (await fetch(`${s.url}/cap/keys.pem`)).text();
    const key = createPublicKey(pem.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/)![0]);
    expect(verify(null, Buffer.from(x.text, 'utf8'), key, sig)).toBe(true);
    expect(verify(null, Buffer.from(x.text.replace('Exercise', 'Actual'), 'utf8'), key, sig)).toBe(false);
    // …and with openssl, as docs/ALERTS.md tells a receiver to.
    if (existsSync('/usr/bin/openssl')) {
      const dir = mkdtempSync(join(tmpdir(), 'vigil-sig-'));
      writeFileSync(join(dir, 'keys.pem'), pem);
      writeFileSync(join(dir, 'alert.xml'), x.text);
      writeFileSync(join(dir, 'alert.xml.sig'), sig);
      const o = spawnSync('/usr/bin/openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', join(dir, 'keys.pem'), '-rawin', '-in', join(dir, 'alert.xml'), '-sigfile', join(dir, 'alert.xml.sig')], { encoding: 'utf8' });
      expect(o.stdout, o.stderr).toContain('Signature Verified Successfully');
    }
  });

  it.skipIf(!hasXmllint)('a message with a hand-broken element fails the schema (the check can fail)', () => {
    const v = validateCap('<?xml version="1.0"?><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier></alert>');
    expect(v.ok).toBe(false);
  });

  it('publishes once when two publications race', async () => {
    const d = await draft(editor);
    await editor.post(`/api/alerts/${d.id}/submit`, { version: d.version });
    await authority.post(`/api/alerts/${d.id}/approve`, { version: d.version });
    const second = await s.client('alert.authority');
    const rs = await Promise.all([authority.post(`/api/alerts/${d.id}/publish`), second.post(`/api/alerts/${d.id}/publish`)]);
    expect(rs.map((r) => r.status).sort()).toEqual([200, 409]);
    const feed = (await getText('/cap/feed.atom')).text;
    expect(feed.split(`/cap/alerts/${d.id}.xml"`).length - 1).toBe(1);
  });

  it('never changes a published alert', async () => {
    const a = await published();
    const r = await editor.put(`/api/alerts/${a.id}`, { version: a.version, content: alertContent() });
    expect(r.status).toBe(409);
    expect((await editor.req('DELETE', `/api/alerts/${a.id}?version=${a.version}`)).status).toBe(409);
  });
});

describe('the public feed', () => {
  it('is public, newest first, with an ETag and 304', async () => {
    const a = await published(alertContent({ headline: 'Feed first' }));
    const b = await published(alertContent({ headline: 'Feed second' }));
    const r = await getText('/cap/feed.atom');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    expect(r.headers.get('cache-control')).toMatch(/public/);
    expect(r.text.indexOf(`/cap/alerts/${b.id}.xml`)).toBeLessThan(r.text.indexOf(`/cap/alerts/${a.id}.xml`));
    const etag = r.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await getText('/cap/feed.atom', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const x = await getText(`/cap/alerts/${a.id}.xml`);
    expect((await getText(`/cap/alerts/${a.id}.xml`, { 'if-none-match': x.headers.get('etag')! })).status).toBe(304);
    await published(alertContent({ headline: 'Feed third' }));
    expect((await getText('/cap/feed.atom', { 'if-none-match': etag })).status).toBe(200);
  });

  it('never shows drafts, alerts awaiting approval or approved ones', async () => {
    const d = await draft(editor, alertContent({ headline: 'Secret draft' }));
    const w = await draft(editor, alertContent({ headline: 'Secret waiting' }));
    await editor.post(`/api/alerts/${w.id}/submit`, { version: w.version });
    const ap = await draft(editor, alertContent({ headline: 'Secret approved' }));
    await editor.post(`/api/alerts/${ap.id}/submit`, { version: ap.version });
    await authority.post(`/api/alerts/${ap.id}/approve`, { version: ap.version });
    const feed = (await getText('/cap/feed.atom')).text;
    for (const id of [d.id, w.id, ap.id]) {
      expect(feed).not.toContain(id);
      expect((await getText(`/cap/alerts/${id}.xml`)).status).toBe(404);
      expect((await getText(`/cap/alerts/${id}.xml.sig`)).status).toBe(404);
    }
    expect(feed).not.toContain('Secret');
    expect((await anon.get('/api/alerts')).status).toBe(401);
  });

  it('holds the demo exercise alert and its published Update', async () => {
    const feed = (await getText('/cap/feed.atom')).text;
    expect(feed).toContain('EXERCISE: Update: EXERCISE: Situation under control');
    expect(feed).toContain('EXERCISE: EXERCISE: Attack at Brussels-Central');
  });
});

describe('Update and Cancel', () => {
  it('refer to the earlier messages and close the chain', async () => {
    const first = await published(alertContent({ headline: 'Chain start' }));
    const up = await editor.post(`/api/alerts/${first.id}/follow-up`, { msgType: 'Update' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ msgType: 'Update', referencesId: first.id, state: 'draft' });
    expect((await editor.post(`/api/alerts/${first.id}/follow-up`, { msgType: 'Cancel' })).status).toBe(409);
    await editor.post(`/api/alerts/${up.body.id}/submit`, { version: up.body.version });
    await authority.post(`/api/alerts/${up.body.id}/approve`, { version: up.body.version });
    const upd = (await authority.post(`/api/alerts/${up.body.id}/publish`)).body;
    const xml = (await getText(`/cap/alerts/${upd.id}.xml`)).text;
    expect(xml).toContain('<msgType>Update</msgType>');
    expect(xml).toMatch(new RegExp(`<references>[^<]+,${first.identifier},${first.sent.replace('+', '\\+')}</references>`));
    if (hasXmllint) expect(validateCap(xml).ok).toBe(true);
    expect((await editor.post(`/api/alerts/${first.id}/follow-up`, { msgType: 'Update' })).status).toBe(409);

    const cancel = (await editor.post(`/api/alerts/${upd.id}/follow-up`, { msgType: 'Cancel' })).body;
    await editor.post(`/api/alerts/${cancel.id}/submit`, { version: cancel.version });
    await authority.post(`/api/alerts/${cancel.id}/approve`, { version: cancel.version });
    const c = (await authority.post(`/api/alerts/${cancel.id}/publish`)).body;
    const cx = (await getText(`/cap/alerts/${c.id}.xml`)).text;
    expect(cx).toContain('<msgType>Cancel</msgType>');
    expect(cx).toContain(`,${first.identifier},`);
    expect(cx).toContain(`,${upd.identifier},`);
    if (hasXmllint) expect(validateCap(cx).ok).toBe(true);
    const cancelled = (await editor.get('/api/alerts?state=cancelled')).body.map((a: { id: string }) => a.id);
    expect(cancelled).toEqual(expect.arrayContaining([first.id, upd.id, c.id]));
    expect((await editor.post(`/api/alerts/${c.id}/follow-up`, { msgType: 'Update' })).status).toBe(409);
  });
});
