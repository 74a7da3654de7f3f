/**
 * Passenger messages in their standards over HTTP (issue #15): a UN/EDIFACT PAXLST and a PNRGOV message
 * become screening batches like a passenger list — every traveller screened, hits found against list
 * entries, a traveller with a malformed field screened and flagged, a passenger without a name kept as an
 * error line; a message that cannot be read is refused with its segment and line and leaves nothing.
 * Every person, document and flight is synthetic (test/fixtures/passenger-messages).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/backend.ts';
import { startTestServer, type Client, type Res, type TestServer, waitBatchDone } from '../helpers/server.ts';

const FIXTURES = join(ROOT, 'test/fixtures/passenger-messages');
const PAXLST = readFileSync(join(FIXTURES, 'paxlst-sample.edi'), 'utf8');
const PNRGOV = readFileSync(join(FIXTURES, 'pnrgov-sample.edi'), 'utf8');

let s: TestServer;
let border: Client;

/** A request with a raw body of the given media type (the test client sends JSON only). */
async function raw(c: Client, path: string, body: string, type: string): Promise<Res> {
  const res = await fetch(c.base + path, { method: 'POST', headers: { 'content-type': type, cookie: c.cookie, 'x-csrf-token': c.csrf }, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** A PAXLST interchange of these passengers (segments between DTM+232 and CNT), envelope counts right. */
function paxlst(passengers: string[][]): string {
  const body = ["BGM+745'", "NAD+MS+++OPS DESK'", "TDT+20+ZZ777+++ZZ'", "LOC+125+FRA'", "DTM+189:2612050800:201'", "LOC+87+BRU'", "DTM+232:2612050915:201'", ...passengers.flat(), `CNT+42:${passengers.length}'`];
  return ['UNA:+.? \'', "UNB+UNOA:4+ZZAIRLINE:ZZ+ZZBORDER:ZZ+261205:0700+000000077++PAXLST'", "UNH+M77+PAXLST:D:05B:UN:IATA+ZZ777/261205/0800+01:F'", ...body, `UNT+${body.length + 2}+M77'`, "UNZ+1+000000077'"].join('\n');
}

async function counts(): Promise<string> {
  const { rows } = await sql<{ b: string; t: string }>`SELECT (SELECT count(*) FROM screening_batches) AS b, (SELECT count(*) FROM screening_travellers) AS t`.execute(s.platform.db);
  return `${rows[0]!.b}/${rows[0]!.t}`;
}

type Result = { seq: number; line: number; id: string | null; status: string; error: string | null; hits: number; traveller: Record<string, any> | null };
async function results(id: string): Promise<Result[]> {
  const r = await border.get(`/api/screening/batches/${id}/results?limit=500`);
  expect(r.status).toBe(200);
  return r.body.items;
}

beforeAll(async () => {
  s = await startTestServer();
  border = await s.client('border.officer');
  // A custom list with four of the synthetic passengers (different spellings and details, as a list would have them).
  const csv = [
    'id,name,birthDate,nationality,document,gender',
    'v1,Maarten Jan Verhoeven,1981-05-05,NL,NX4512987,male',
    'v2,Eloise Darcy,1992-02-13,FR,23FV10522,female',
    'v3,Katarzyna Nowak,1988-03-14,PL,EA7734219,female',
    'v4,Oskar Lindqvist,1979-02-13,SE,91288734,male',
  ].join('\n');
  const imp = await border.post('/api/screening/lists/pax-watch/import', { content: csv });
  expect(imp.status, JSON.stringify(imp.body)).toBe(201);
}, 120_000);
afterAll(async () => s?.close());

describe('passenger messages become screening batches', () => {
  it('a PAXLST message sent as it is: flight from the message, every traveller screened, hits, the malformed birth date flagged', async () => {
    const b = await raw(border, '/api/screening/batches/messages', PAXLST, 'application/edifact');
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    expect(b.body).toMatchObject({ format: 'paxlst', kind: 'batch', flight: 'ZZ123', date: '2026-12-04', port: 'BRU', message: { ref: '000000001', departure: 'AMS', arrival: 'BRU' } });
    const done = await waitBatchDone(border, b.body.id);
    expect(done).toMatchObject({ status: 'done', errors: 0, progress: { processed: 2, total: 2 } });
    const rows = await results(b.body.id);
    expect(rows.map((r) => [r.status, r.line, r.traveller?.name])).toEqual([
      ['screened', 12, 'MAARTEN JAN VERHOEVEN'],
      ['screened', 22, "ELOISE D'ARCY"],
    ]);
    // The ICAO 9303 document fields and the message context stay with the traveller.
    expect(rows[0]!.traveller).toMatchObject({ birthDate: '1981-05-05', nationality: 'NL', documentNumber: 'NX4512987', gender: 'male', segment: 11, role: 'passenger', reservation: 'QX7P2L', document: { type: 'P', expiry: '2031-01-01', issuingState: 'NL' } });
    // 31 February cannot be: the birth date is unknown and flagged, the traveller still screened and found.
    expect(rows[1]!.traveller!.birthDate).toBeUndefined();
    expect(rows[1]!.traveller!.quality).toEqual([expect.objectContaining({ field: 'birthDate', outcome: 'unknown', given: '19920231' })]);
    expect(rows.map((r) => r.hits)).toEqual([1, 1]);
    const q = await border.get(`/api/screening/batches/${b.body.id}/hits?status=all`);
    expect(q.body.items.map((h: { entryId: string }) => h.entryId).sort()).toEqual(['pax-watch:v1', 'pax-watch:v2']);
    // On the audit record: the batch id and the interchange reference, never a name.
    const a = await s.platform.db.selectFrom('audit_log').select(['record_id', 'details']).where('action', '=', 'screening.batch_create').where('record_id', '=', b.body.id).executeTakeFirstOrThrow();
    const details = (typeof a.details === 'string' ? JSON.parse(a.details) : a.details) as Record<string, unknown>;
    expect(details).toMatchObject({ format: 'paxlst', travellers: 2, errors: 0, messageRef: '000000001' });
    expect(JSON.stringify(details)).not.toContain('VERHOEVEN');
  });

  it('a PNRGOV message as JSON: travellers per record locator with their SSR DOCS, the impossible date flagged', async () => {
    const b = await border.post('/api/screening/batches/messages', { content: PNRGOV, format: 'pnrgov', port: 'BRU-T1' });
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    expect(b.body).toMatchObject({ format: 'pnrgov', flight: 'ZZ4711', date: '2026-12-04', port: 'BRU-T1', message: { departure: 'MUC', arrival: 'BRU' } });
    await waitBatchDone(border, b.body.id);
    const rows = await results(b.body.id);
    expect(rows.map((r) => [r.id, r.status, r.hits])).toEqual([
      ['K7TR2M-1', 'screened', 1],
      ['K7TR2M-2', 'screened', 1],
    ]);
    expect(rows[0]!.traveller).toMatchObject({ name: 'KATARZYNA NOWAK', birthDate: '1988-03-14', nationality: 'PL', documentNumber: 'EA7734219', reservation: 'K7TR2M', itinerary: ['ZZ4711 MUC-BRU 041226'] });
    expect(rows[1]!.traveller!.quality).toEqual([expect.objectContaining({ field: 'birthDate', outcome: 'unknown' })]);
  });

  it('the passenger-list upload recognises a message (UNA/UNB start, or format paxlst)', async () => {
    const detected = await raw(border, '/api/screening/batches?flight=OV1', PAXLST, 'text/plain');
    expect(detected.status, JSON.stringify(detected.body)).toBe(202);
    expect(detected.body).toMatchObject({ format: 'paxlst', flight: 'OV1', port: 'BRU' });
    const named = await border.post('/api/screening/batches', { format: 'pnrgov', content: PNRGOV });
    expect(named.status, JSON.stringify(named.body)).toBe(202);
    expect(named.body).toMatchObject({ format: 'pnrgov', flight: 'ZZ4711' });
    for (const id of [detected.body.id, named.body.id]) expect((await waitBatchDone(border, id)).progress.processed).toBe(2);
    // A list that is not a message still needs its format.
    const plain = await raw(border, '/api/screening/batches', 'Just some text\n', 'text/plain');
    expect(plain.status).toBe(400);
    expect(plain.body.error.field).toBe('format');
  });

  it('no traveller is lost: a passenger without a name is an error line, the others are screened and flagged', async () => {
    const msg = paxlst([
      ["NAD+FL+++VERHOEVEN:MAARTEN:JAN'", "DTM+329:810505'", "NAT+2+NLD'", "DOC+P+NX4512987'"],
      ["NAD+FL+++:'", "DTM+329:900101'"],
      ["NAD+FL+++NOWAK:KATARZYNA'", "ATT+2++X'", "DTM+329:1988-3-14'", "NAT+2+POLAND'", "DOC+P+EA7734219'"],
      ["NAD+FM+++SZABO:ILDIKO'", "DTM+329:00000080'"],
    ]);
    const b = await raw(border, '/api/screening/batches/messages', msg, 'text/plain');
    expect(b.status, JSON.stringify(b.body)).toBe(202);
    expect(b.body).toMatchObject({ flight: 'ZZ777', date: '2026-12-05', port: 'BRU' });
    const done = await waitBatchDone(border, b.body.id);
    expect(done).toMatchObject({ errors: 1, progress: { processed: 4, total: 4 } });
    const rows = await results(b.body.id);
    expect(rows.map((r) => r.status)).toEqual(['screened', 'error', 'screened', 'screened']);
    expect(rows[1]!.error).toMatch(/segment \d+: the passenger has no name/);
    expect(rows[1]!.line).toBe(15);
    // An unpadded date and a country name are read (and flagged); gender X (unspecified) is no gender; still a hit.
    expect(rows[2]!.traveller).toMatchObject({ birthDate: '1988-03-14', nationality: 'PL' });
    expect(rows[2]!.traveller!.gender).toBeUndefined();
    expect(rows[2]!.traveller!.quality.map((f: { field: string; outcome: string }) => `${f.field}:${f.outcome}`).sort()).toEqual(['birthDate:read', 'nationality:read']);
    expect(rows[2]!.hits).toBe(1);
    expect(rows[3]!.traveller).toMatchObject({ role: 'crew' });
  });

  it.each([
    ['cut off (no UNZ)', PAXLST.replace(/UNE\+1\+1'\s*UNZ\+1\+000000001'\s*$/, ''), /no UNZ/, 'UNT'],
    ['a wrong segment count', PAXLST.replace("UNT+27+PAX001'", "UNT+26+PAX001'"), /UNT counts 26 segments, the message has 27/, 'UNT'],
    ['a broken segment tag', PAXLST.replace("NAT+2+FRA'", "na t+2+FRA'"), /is not a segment tag/, 'na '],
    ['another message type', PAXLST.replace('PAXLST:D:05B', 'INVOIC:D:05B'), /message type INVOIC/, 'UNH'],
  ])('a message that cannot be read is refused with its segment and line, nothing imported: %s', async (_name, text, why, tag) => {
    const before = await counts();
    const r = await raw(border, '/api/screening/batches/messages', text, 'application/edifact');
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body.error.message).toMatch(/nothing was imported/);
    expect(r.body.error.message).toMatch(why);
    expect(r.body.error.message).toMatch(/segment \d+ \(.*line \d+\)/i);
    expect(r.body.error.issues).toHaveLength(1);
    expect(r.body.error.issues[0]).toMatchObject({ line: expect.any(Number), segment: expect.any(Number), tag });
    expect(r.body.error.issues[0].line).toBeGreaterThan(0);
    // The same through the passenger-list upload (recognised by its start).
    const again = await raw(border, '/api/screening/batches', text, 'text/plain');
    expect(again.status).toBe(400);
    expect(again.body.error.issues[0]).toEqual(r.body.error.issues[0]);
    expect(await counts()).toBe(before);
  });

  it('a message of another type than announced, and an empty one, are refused and leave nothing', async () => {
    const before = await counts();
    const wrong = await raw(border, '/api/screening/batches/messages?format=pnrgov', PAXLST, 'application/edifact');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ field: 'format', message: expect.stringMatching(/PAXLST, not PNRGOV/) });
    const empty = await border.post('/api/screening/batches/messages', { content: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('content');
    const bad = await raw(border, '/api/screening/batches/messages?date=2026-13-40', PAXLST, 'application/edifact');
    expect(bad.status).toBe(400);
    expect(await counts()).toBe(before);
  });
});
