/**
 * Evaluation over HTTP: the indicator registry and theories of change, values entered and imported
 * (all-or-nothing, problems by line and column), the evaluation of a municipality with known weights,
 * the demo's evaluation with its placebo interval and caveats, exports with small cells suppressed, the
 * map, and the audit entries of imports, runs and exports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';

let s: TestServer;
let analyst: Client;
let demoId = '';

beforeAll(async () => {
  s = await startTestServer();
  analyst = await s.client('evaluation.analyst');
  demoId = ((await analyst.get('/api/evaluation/indicators')).body as Array<{ id: string; code: string }>).find((i) => i.code === 'ftf-departures')!.id;
});
afterAll(async () => {
  await s?.close();
});

const count = async (table: string) => Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(s.platform.db)).rows[0]!.n);
const actions = async (action: string) =>
  (await sql<{ details: unknown }>`SELECT details FROM audit_log WHERE action = ${action} ORDER BY seq`.execute(s.platform.db)).rows.map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>);

async function indicator(body: Record<string, unknown>): Promise<string> {
  const r = await analyst.post('/api/evaluation/indicators', { name: 'Test', numerator: 'cases', source: 'test data', reliability: 'official', ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

describe('indicator registry and theories of change', () => {
  it('defines, refuses a taken code and a bad field, and changes with the version', async () => {
    const id = await indicator({ code: 'registry-test', periodicity: 'year', factor: 100000, denominator: 'inhabitants', disaggregation: ['sex'] });
    expect((await analyst.post('/api/evaluation/indicators', { code: 'registry-test', periodicity: 'year', name: 'x', numerator: 'n', source: 's', reliability: 'official' })).status).toBe(409);
    const bad = await analyst.post('/api/evaluation/indicators', { code: 'Bad Code', periodicity: 'year', name: 'x', numerator: 'n', source: 's', reliability: 'official' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('code');
    const u = await analyst.put(`/api/evaluation/indicators/${id}`, { version: 1, name: 'Renamed', numerator: 'cases', source: 'test data', reliability: 'research', factor: 100000, denominator: 'inhabitants' });
    expect(u.status, JSON.stringify(u.body)).toBe(200);
    expect(u.body).toMatchObject({ name: 'Renamed', version: 2, reliability: 'research', periodicity: 'year' });
    expect((await analyst.put(`/api/evaluation/indicators/${id}`, { version: 1, name: 'Stale', numerator: 'c', source: 's', reliability: 'official' })).status).toBe(409);
    expect((await actions('evaluation.indicator-update')).at(-1)).toMatchObject({ code: 'registry-test', version: 2, fields: expect.arrayContaining(['name', 'reliability']) });
  });

  it('sets a theory of change; an unknown programme type or indicator is named', async () => {
    const r = await analyst.put('/api/evaluation/theories/father-schools', { activities: ['Sessions for fathers'], outputs: ['Fathers trained'], outcomes: ['Earlier help'], indicatorIds: [demoId] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const list = (await analyst.get('/api/evaluation/theories')).body;
    expect(list.theories.map((t: { programmeType: string }) => t.programmeType)).toEqual(expect.arrayContaining(['father-schools', 'strong-cities']));
    expect((await analyst.put('/api/evaluation/theories/unknown-type', { activities: [], outputs: [], outcomes: [], indicatorIds: [] })).status).toBe(400);
    const missing = await analyst.put('/api/evaluation/theories/father-schools', { activities: [], outputs: [], outcomes: [], indicatorIds: [demoId, '00000000-0000-4000-8000-000000000000'] });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('indicatorIds.1');
  });
});

describe('values: entry and CSV import, all or nothing', () => {
  let id = '';
  beforeAll(async () => {
    id = await indicator({ code: 'import-test', periodicity: 'quarter', factor: 100000, denominator: 'inhabitants' });
  });

  it('enters one value (population as denominator) and names a bad field', async () => {
    const r = await analyst.post(`/api/evaluation/indicators/${id}/values`, { nisCode: '23088', period: '2014-q2', numerator: 3 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ period: '2014-Q2', municipality: 'Vilvoorde', numerator: 3, denominator: 45495, smallCell: true });
    expect(r.body.value).toBeCloseTo((3 / 45495) * 100000, 9);
    const badPeriod = await analyst.post(`/api/evaluation/indicators/${id}/values`, { nisCode: '23088', period: '2014', numerator: 3 });
    expect([badPeriod.status, badPeriod.body.error.field]).toEqual([400, 'period']);
    const badNis = await analyst.post(`/api/evaluation/indicators/${id}/values`, { nisCode: '99999', period: '2014-Q2', numerator: 3 });
    expect([badNis.status, badNis.body.error.field]).toEqual([400, 'nisCode']);
  });

  const bad = ['nis_code,period,numerator,denominator', '23088,2014-Q3,4,', '12025,2014-13,5,', '99999,2014-Q3,1,', '11002,2014-Q3,-2,', '11002,2014-Q3,12,0', '21004,2014-Q3,7,', '21004,2014-Q3,8,'].join('\n');

  it('previews a file: every problem with its line and column, nothing written', async () => {
    const before = await count('evaluation_values');
    const r = await analyst.post(`/api/evaluation/indicators/${id}/imports/preview`, { csv: bad });
    expect(r.status).toBe(200);
    expect(r.body.ok).toBe(false);
    expect(r.body.problems.map((p: { line: number; column: string }) => `${p.line}:${p.column}`)).toEqual(['3:period', '4:nis_code', '5:numerator', '6:denominator', '8:period']);
    expect(r.body.problems[4].message).toMatch(/line 7/);
    expect(await count('evaluation_values')).toBe(before);
  });

  it('refuses the whole file when one line is wrong, naming the line and column', async () => {
    const before = await count('evaluation_values');
    const imports = await count('evaluation_imports');
    const r = await analyst.post(`/api/evaluation/indicators/${id}/imports`, { csv: bad, fileName: 'bad.csv' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/^line 3, column period: .*Nothing was imported\.$/);
    expect(r.body.error.field).toBe('line 3');
    expect(await count('evaluation_values')).toBe(before);
    expect(await count('evaluation_imports')).toBe(imports);
  });

  it('imports a good file in one go, counting replaced values, and audits it', async () => {
    const csv = 'nis,period,numerator,denominator,note\r\n23088,2014-Q2,12,45495,"revised, per cell minutes"\r\n23088,2014-Q3,0,,\r\n12025,2014-Q3,15,,\r\n';
    const p = await analyst.post(`/api/evaluation/indicators/${id}/imports/preview`, { csv });
    expect(p.body).toMatchObject({ ok: true, rows: 3, created: 2, replaced: 1, populationUsed: 2, smallCells: 0 });
    const r = await analyst.post(`/api/evaluation/indicators/${id}/imports`, { csv, fileName: 'q3.csv' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ rows: 3, created: 2, replaced: 1 });
    const v = (await analyst.get(`/api/evaluation/indicators/${id}/values?nis=23088`)).body;
    expect(v.values.map((x: { period: string; numerator: number }) => `${x.period}=${x.numerator}`)).toEqual(['2014-Q2=12', '2014-Q3=0']);
    expect((await actions('evaluation.import')).at(-1)).toMatchObject({ indicatorId: id, fileName: 'q3.csv', rows: 3, created: 2, replaced: 1 });
  });
});

describe('evaluation of a municipality', () => {
  it('recovers known weights over HTTP (treated = 0.2·A + 0.5·B + 0.3·C before, −3 after)', async () => {
    const id = await indicator({ code: 'known-weights', periodicity: 'year', countsCases: false });
    const donors: Record<string, number[]> = {
      '11002': [10, 11, 13, 12, 14, 15, 15, 16, 17, 17, 18, 19],
      '12025': [20, 19, 19, 18, 18, 16, 15, 15, 14, 13, 13, 12],
      '21004': [5, 7, 6, 9, 8, 10, 12, 11, 13, 12, 14, 15],
      '44021': [30, 28, 31, 27, 29, 33, 30, 28, 31, 32, 29, 30],
    };
    const [a, b, c] = [donors['11002']!, donors['12025']!, donors['21004']!];
    const treated = a.map((_, t) => 0.2 * a[t]! + 0.5 * b[t]! + 0.3 * c[t]! + (t >= 8 ? -3 : 0));
    const lines = ['nis_code,period,value', ...Object.entries(donors).flatMap(([nis, v]) => v.map((x, t) => `${nis},${2005 + t},${x}`)), ...treated.map((x, t) => `23088,${2005 + t},${x}`)];
    expect((await analyst.post(`/api/evaluation/indicators/${id}/imports`, { csv: lines.join('\n') })).status).toBe(201);
    const r = await analyst.get(`/api/evaluation/indicators/${id}/evaluate?nis=23088&intervention=2013-01-01`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const w = Object.fromEntries(r.body.synth.weights.map((x: { nisCode: string; weight: number }) => [x.nisCode, x.weight]));
    expect(w['11002']).toBeCloseTo(0.2, 6);
    expect(w['12025']).toBeCloseTo(0.5, 6);
    expect(w['21004']).toBeCloseTo(0.3, 6);
    expect(w['44021']).toBeCloseTo(0, 6);
    expect(r.body.synth.effect).toBeCloseTo(-3, 6);
    expect(r.body.synth.preRmspe).toBeLessThan(1e-6);
    expect(r.body.synth.rank).toBe(1);
    expect(r.body.periods.filter((x: { post: boolean }) => x.post).map((x: { period: string }) => x.period)).toEqual(['2013', '2014', '2015', '2016']);
    expect(r.body.caveats.map((x: { code: string }) => x.code)).toEqual(expect.arrayContaining(['not-causal', 'few-units', 'interval-level']));
    expect(r.body.caveats.map((x: { code: string }) => x.code)).not.toContain('indicative-data');
  });

  it("the demo's Vilvoorde: estimate, placebo interval, national interval and caveats", async () => {
    const r = await analyst.get(`/api/evaluation/indicators/${demoId}/evaluate?nis=23088&intervention=2014-05-01`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.treated).toMatchObject({ nisCode: '23088', municipality: 'Vilvoorde' });
    expect(r.body.synth.interval).toMatchObject({ count: expect.any(Number), level: expect.any(Number) });
    expect(r.body.synth.interval.low).toBeLessThanOrEqual(r.body.synth.interval.high);
    expect(r.body.did.interval.count).toBe(r.body.comparison.length);
    expect(r.body.synth.weights.reduce((t: number, x: { weight: number }) => t + x.weight, 0)).toBeCloseTo(1, 9);
    for (const pe of r.body.periods) expect(pe.national.low).toBeLessThanOrEqual(pe.national.value);
    const codes = r.body.caveats.map((x: { code: string }) => x.code);
    expect(codes).toEqual(expect.arrayContaining(['not-causal', 'indicative-data', 'small-cells']));
    expect(r.body.periods.some((x: { smallCell: boolean }) => x.smallCell)).toBe(true);
    expect((await actions('evaluation.run')).at(-1)).toMatchObject({ nisCode: '23088', intervention: '2014-05-01' });
  });

  it('says why a run is impossible, naming the field', async () => {
    const early = await analyst.get(`/api/evaluation/indicators/${demoId}/evaluate?nis=23088&intervention=2011-01-01`);
    expect([early.status, early.body.error.field]).toEqual([400, 'intervention']);
    const none = await analyst.get(`/api/evaluation/indicators/${demoId}/evaluate?nis=37015&intervention=2014-05-01&exclude=37015`);
    expect(none.status).toBe(200);
    const empty = await analyst.get(`/api/evaluation/indicators/${demoId}/evaluate?nis=11001&intervention=2014-05-01`);
    expect([empty.status, empty.body.error.field]).toEqual([400, 'nis']);
    expect((await analyst.get('/api/evaluation/indicators/00000000-0000-4000-8000-000000000000/evaluate?nis=23088&intervention=2014-05-01')).status).toBe(404);
  });
});

describe('exports: aggregates only, small cells suppressed, on the record', () => {
  it('values.csv leaves 1–9 cases blank and marks them', async () => {
    const r = await analyst.get(`/api/evaluation/indicators/${demoId}/values.csv`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/csv/);
    const rows = (r.body as string).trim().split('\n').slice(1).map((l) => l.split(','));
    const small = rows.filter((x) => x[6] === 'under 10 cases');
    expect(small.length).toBeGreaterThan(0);
    for (const x of small) expect([x[3], x[5]]).toEqual(['', '']);
    for (const x of rows.filter((y) => y[6] === '')) expect(Number(x[3]) === 0 || Number(x[3]) >= 10).toBe(true);
    expect((await actions('evaluation.export')).at(-1)).toMatchObject({ kind: 'values', suppressed: small.length });
  });

  it('evaluate.csv blanks the treated value and gap of small cells', async () => {
    const r = await analyst.get(`/api/evaluation/indicators/${demoId}/evaluate.csv?nis=23088&intervention=2014-05-01`);
    expect(r.status).toBe(200);
    const text = r.body as string;
    expect(text).toMatch(/synthetic control placebo interval,".* to .*placebos\)"/);
    const table = text.split('\n\n')[1]!.trim().split('\n').slice(1).map((l) => l.split(','));
    const small = table.filter((x) => x[11] === 'under 10 cases');
    expect(small.length).toBeGreaterThan(0);
    for (const x of small) expect([x[2], x[4]]).toEqual(['', '']);
    expect((await actions('evaluation.export')).at(-1)).toMatchObject({ kind: 'evaluation', nisCode: '23088', suppressed: small.length });
  });
});

describe('map and municipalities', () => {
  it('colours by the latest period and lists municipalities with population', async () => {
    const m = await analyst.get(`/api/evaluation/indicators/${demoId}/map`);
    expect(m.status).toBe(200);
    expect(m.body.period).toBe('2016-H2');
    expect(m.body.values.length).toBeGreaterThan(10);
    const q = await analyst.get(`/api/evaluation/indicators/${demoId}/map?period=2013-H1`);
    expect(q.body.values.find((v: { nisCode: string }) => v.nisCode === '23088')).toMatchObject({ municipality: 'Vilvoorde' });
    const list = (await analyst.get('/api/evaluation/municipalities')).body;
    expect(list).toHaveLength(581);
    expect(list.find((x: { nis: string }) => x.nis === '62063')).toMatchObject({ name: 'Liège', population: 197217 });
    const geo = await analyst.get('/api/evaluation/geo/municipalities');
    expect(geo.status).toBe(200);
    expect(geo.body.type).toBe('Topology');
  });
});
