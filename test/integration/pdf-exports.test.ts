/**
 * The PDF downloads (issues #13, #14, #16) over HTTP: the legal oversight statistics, the crisis
 * situation report and the evaluation answer application/pdf as attachments to who may read them, with
 * the same content rules as their CSV/HTML twins (publication suppression, EXERCISE on every page,
 * small cells blank); who may not gets exactly the JSON route's refusal; each download is on the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, type Client, type TestServer } from '../helpers/server.ts';
import { pdfPages, pdfText } from '../helpers/pdf.ts';
import { formatMonth } from '../../src/web/lib/format.ts';
import { de } from '../../src/web/i18n/de.ts';
import { en } from '../../src/web/i18n/en.ts';
import { fr } from '../../src/web/i18n/fr.ts';
import { nl } from '../../src/web/i18n/nl.ts';
import { METHOD_CODES } from '../../src/core/legal/methods.ts';
import type { PdfLang } from '../../src/server/platform/pdf.ts';
import { METHOD_LABELS, methodLabel, monthLabel } from '../../src/server/modules/legal/statistics.labels.ts';

let s: TestServer;

async function download(c: Client, path: string) {
  const res = await fetch(c.base + path, { headers: { cookie: c.cookie } });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
}

async function lastAudit(action: string): Promise<{ n: number; details: Record<string, unknown> | null; actor: string | null }> {
  const r = await sql<{ details: unknown; actor_name: string }>`SELECT details, actor_name FROM audit_log WHERE action = ${action} ORDER BY seq DESC`.execute(s.platform.db);
  const d = r.rows[0]?.details;
  return { n: r.rows.length, details: d === undefined ? null : typeof d === 'string' ? JSON.parse(d) : (d as Record<string, unknown>), actor: r.rows[0]?.actor_name ?? null };
}

function expectPdf(d: Awaited<ReturnType<typeof download>>, name: RegExp) {
  expect(d.status).toBe(200);
  expect(d.type).toBe('application/pdf');
  expect(d.disposition).toMatch(/^attachment; filename="[\w.-]+\.pdf"$/);
  expect(d.disposition).toMatch(name);
  expect(d.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPages(d.bytes)).toBeGreaterThan(0);
}

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

/** The cells of a CSV (no line breaks inside cells; quoted cells may hold commas and doubled quotes). */
function csvRows(csv: string): string[][] {
  return csv.trim().split('\r\n').map((line) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!)));
}

/** The statistics table's text in a PDF: what lies between its heading and the per-offence heading, one space for each line break. */
function statsTable(text: string, heading: string, next: string): string {
  const lines = text.split('\n');
  const at = lines.indexOf(heading);
  const end = lines.indexOf(next);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(at);
  return lines.slice(at + 1, end).join(' ').replace(/\s+/g, ' ');
}

/** Each CSV row as the PDF in `lang` writes it, in the CSV's order: month and method named as the screen names them, the service by name. */
function expectRows(table: string, csv: string, lang: PdfLang, withheld: string) {
  const rows = csvRows(csv).slice(1);
  expect(rows.length).toBeGreaterThan(0);
  let from = 0;
  for (const [month, service, method, ...counts] of rows) {
    const cells = [monthLabel(lang, month!), service!, methodLabel(lang, method!), ...counts.map((v) => (v === 'suppressed' ? withheld : v))];
    const row = cells.join(' ').replace(/\s+/g, ' ');
    const i = table.indexOf(row, from);
    expect(i, `row "${row}" in the ${lang} PDF`).toBeGreaterThanOrEqual(0);
    from = i + row.length;
  }
}

describe('legal oversight statistics as PDF', () => {
  it('suppresses small cells exactly as the CSV for publication, is refused as the JSON route is, and is on the record', async () => {
    const commission = await s.client('commission.member');
    const csv = String((await commission.get('/api/legal/statistics.csv')).body);
    // The screen's figures (exact), for the per-offence table.
    const stats = (await commission.get('/api/legal/statistics')).body as { offences: Array<{ article: string; title: string; authorisations: number; cooperation: number }> };
    const before = (await lastAudit('legal.statistics')).n;
    const pub = await download(commission, '/api/legal/statistics.pdf');
    expectPdf(pub, /special-methods-\d{4}-\d{2}-\d{4}-\d{2}-publication\.pdf/);
    const text = pdfText(pub.bytes);
    // Every published cell of the CSV is in the PDF: the same suppression.
    expect(csv).toContain('<5');
    expect(text).toContain('<5');
    // Row by row, the CSV's rows as the screen shows them: the month ("March 2026") and the method by name, the service by name, then the figures.
    const table = statsTable(text, 'Per service, method and month', 'Per offence');
    expectRows(table, csv, 'en', 'withheld');
    expect(table).not.toMatch(/\b\d{4}-\d{2}\b/);
    for (const code of METHOD_CODES.filter((c) => c.includes('-'))) expect(table).not.toContain(code);
    // Cell by cell: the figures of the PDF, in order, are the CSV's (its "suppressed" running days are "withheld").
    const csvFigures = csvRows(csv).slice(1).flatMap((l) => l.slice(3)).map((v) => (v === 'suppressed' ? 'withheld' : v));
    const lines = text.split('\n');
    const offenceAt = lines.indexOf('Per offence');
    expect(offenceAt).toBeGreaterThan(0);
    const figures = (ls: string[]) => ls.filter((l) => /^(\d+|<5|withheld)$/.test(l));
    const pdfFigures = figures(lines.slice(0, offenceAt));
    expect(csvFigures.length).toBeGreaterThan(0);
    expect(pdfFigures).toEqual(csvFigures);
    expect(text).toContain('FOR PUBLICATION');
    // The screen's per-offence table too: each offence's article and title, and its counts suppressed as the other table's.
    expect(stats.offences.length).toBeGreaterThan(0);
    const offenceText = lines.slice(offenceAt).join('\n');
    const flat = offenceText.replace(/\s+/g, ' '); // a long title or heading wraps over text runs
    for (const h of ['Article', 'Offence', 'Authorisations begun', 'Cooperation requests']) expect(flat).toContain(h);
    for (const o of stats.offences) {
      expect(flat).toContain(o.article);
      expect(flat).toContain(o.title.replace(/\s+/g, ' '));
    }
    const published = (n: number) => (n === 0 || n >= 5 ? String(n) : '<5');
    expect(figures(lines.slice(offenceAt))).toEqual(stats.offences.flatMap((o) => [published(o.authorisations), published(o.cooperation)]));
    const audit = await lastAudit('legal.statistics');
    expect(audit.n).toBe(before + 1);
    expect(audit.details).toMatchObject({ format: 'pdf', suppressed: true });
    expect(audit.actor).toBeTruthy();

    const exact = await download(commission, '/api/legal/statistics.pdf?publication=false');
    expectPdf(exact, /special-methods-\d{4}-\d{2}-\d{4}-\d{2}\.pdf/);
    const exactText = pdfText(exact.bytes);
    expect(exactText).not.toContain('<5');
    const exactLines = exactText.split('\n');
    expect(exactLines.slice(exactLines.indexOf('Per offence')).filter((l) => /^\d+$/.test(l))).toEqual(stats.offences.flatMap((o) => [String(o.authorisations), String(o.cooperation)]));
    expect((await lastAudit('legal.statistics')).details).toMatchObject({ format: 'pdf', suppressed: false });

    // In the user's language, as the rest of the PDF: the months and methods too.
    await sql`UPDATE users SET locale = 'fr' WHERE username = 'commission.member'`.execute(s.platform.db);
    try {
      const frText = pdfText((await download(commission, '/api/legal/statistics.pdf')).bytes);
      const frFlat = frText.replace(/\s+/g, ' ');
      for (const h of ['Par infraction', 'Infraction', 'Autorisations commencées', 'Demandes d’entraide']) expect(frFlat).toContain(h);
      const frTable = statsTable(frText, 'Par service, méthode et mois', 'Par infraction');
      expectRows(frTable, csv, 'fr', 'masqué');
      // A French method name and a French month, word for word.
      const first = csvRows(csv)[1]!;
      const [month, method] = [first[0]!, first[2]!];
      expect(METHOD_LABELS.fr[method as keyof typeof METHOD_LABELS.fr]).toBeTruthy();
      expect(methodLabel('fr', method)).not.toBe(methodLabel('en', method));
      expect(frTable).toContain(methodLabel('fr', method));
      expect(frTable).toContain(formatMonth(month, 'fr'));
      expect(frTable).not.toContain(formatMonth(month, 'en'));
      const names = { interception: 'interception des communications', 'location-data': 'données de localisation', 'computer-intrusion': 'intrusion dans un système informatique' } as Record<string, string>;
      const known = csvRows(csv).slice(1).find((r) => names[r[2]!]);
      expect(known).toBeTruthy();
      expect(frTable).toContain(names[known![2]!]);
      const monthsFr = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
      expect(frTable).toContain(`${monthsFr[Number(known![0]!.slice(5, 7)) - 1]} ${known![0]!.slice(0, 4)}`);
    } finally {
      await sql`UPDATE users SET locale = 'en' WHERE username = 'commission.member'`.execute(s.platform.db);
    }

    // legal.analyst holds legal rights but not the oversight right: the same refusal as the JSON and CSV routes.
    const analyst = await s.client('legal.analyst');
    const n = (await lastAudit('legal.statistics')).n;
    const json = await analyst.get('/api/legal/statistics');
    const pdf = await analyst.get('/api/legal/statistics.pdf');
    expect(json.status).toBe(403);
    expect([pdf.status, pdf.body]).toEqual([json.status, json.body]);
    expect((await lastAudit('legal.statistics')).n).toBe(n);
  });
});

describe('legal statistics PDF names months and methods as the screen does', () => {
  const web = { en, nl, fr, de } as const;
  it('the method names are the screen\'s, in every language', () => {
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
      expect(Object.keys(METHOD_LABELS[lang]).sort()).toEqual([...METHOD_CODES].sort());
      expect(METHOD_LABELS[lang], lang).toEqual(web[lang].legal?.method);
    }
  });
  it('months as the screen\'s formatMonth writes them, in every language', () => {
    for (const lang of ['en', 'nl', 'fr', 'de'] as const) {
      for (let m = 1; m <= 12; m++) {
        const month = `2026-${String(m).padStart(2, '0')}`;
        expect(monthLabel(lang, month)).toBe(formatMonth(month, lang));
      }
    }
  });
});

describe('crisis situation report as PDF', () => {
  let officer: Client;
  let incident: string;
  beforeAll(async () => {
    officer = await s.client('crisis.officer');
    incident = (await officer.get('/api/crisis/incidents')).body.items.find((i: { title: string }) => i.title.startsWith('Exercise Quiet Harbour')).id;
  });

  it('holds the report of the HTML page, says EXERCISE at the top and bottom of every page, in the user language, and is on the record', async () => {
    expect((await officer.post(`/api/crisis/incidents/${incident}/log`, { kind: 'decision', text: 'Cordon at Zoë Straße 12 — Иван informed', significant: true })).status).toBe(201);
    const before = (await lastAudit('crisis.export')).n;
    const d = await download(officer, `/api/crisis/incidents/${incident}/report.pdf`);
    expectPdf(d, /EXERCISE-sitrep-/);
    const text = pdfText(d.bytes);
    const pages = pdfPages(d.bytes);
    expect(text.split('EXERCISE — EXERCISE — EXERCISE').length - 1).toBe(2 * pages);
    expect(text).toContain('Situation report');
    expect(text).toContain('Timeline');
    // Non-Latin-1 text is replaced, never a failure.
    expect(text).toContain('Cordon at Zoë Straße 12 — ???? informed');
    const html = String((await officer.get(`/api/crisis/incidents/${incident}/report`)).body);
    expect(html).toContain('Cordon at Zoë Straße 12');
    const audit = await lastAudit('crisis.export');
    expect(audit.n).toBe(before + 2);
    const pdfEntry = (await sql<{ details: unknown }>`SELECT details FROM audit_log WHERE action = 'crisis.export' ORDER BY seq DESC LIMIT 2`.execute(s.platform.db)).rows.map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details));
    expect(pdfEntry.map((x) => x.format)).toEqual(['html', 'pdf']);

    await sql`UPDATE users SET locale = 'nl' WHERE username = 'crisis.officer'`.execute(s.platform.db);
    try {
      const nl = pdfText((await download(officer, `/api/crisis/incidents/${incident}/report.pdf`)).bytes);
      expect(nl).toContain('EXERCISE — OEFENING — EXERCISE');
      expect(nl).toContain('Tijdlijn');
      expect(nl).toMatch(/Pagina 1 van \d+/);
    } finally {
      await sql`UPDATE users SET locale = 'en' WHERE username = 'crisis.officer'`.execute(s.platform.db);
    }
  });

  it('an organisation not taking part gets the 404 of the JSON route and of a missing incident, and nothing is recorded as exported', async () => {
    const outsider = await s.client('police.commander');
    const before = (await lastAudit('crisis.export')).n;
    const json = await outsider.get(`/api/crisis/incidents/${incident}`);
    const pdf = await outsider.get(`/api/crisis/incidents/${incident}/report.pdf`);
    const missing = await outsider.get('/api/crisis/incidents/00000000-0000-4000-8000-0000000000ff/report.pdf');
    expect(json.status).toBe(404);
    expect([pdf.status, pdf.body]).toEqual([json.status, json.body]);
    expect(missing.body).toEqual(pdf.body);
    expect((await lastAudit('crisis.export')).n).toBe(before);
  });
});

describe('evaluation as PDF', () => {
  const run = '?nis=23088&intervention=2014-05-01';
  it('holds the estimates, caveats and series with small cells blank, and is on the record as the CSV is', async () => {
    const analyst = await s.client('evaluation.analyst');
    const id = ((await analyst.get('/api/evaluation/indicators')).body as Array<{ id: string; code: string }>).find((i) => i.code === 'ftf-departures')!.id;
    const json = (await analyst.get(`/api/evaluation/indicators/${id}/evaluate${run}`)).body;
    const before = { run: (await lastAudit('evaluation.run')).n, export: (await lastAudit('evaluation.export')).n };
    const d = await download(analyst, `/api/evaluation/indicators/${id}/evaluate.pdf${run}`);
    expectPdf(d, /evaluation-ftf-departures-23088\.pdf/);
    const text = pdfText(d.bytes);
    expect(text).toContain('Vilvoorde');
    expect(text).toContain('Synthetic control');
    expect(text).toContain('Difference in differences');
    expect(text).toContain('A difference is not proof that the programme caused it');
    for (const p of json.periods as Array<{ period: string }>) expect(text).toContain(p.period);
    const audit = await lastAudit('evaluation.export');
    expect(audit.n).toBe(before.export + 1);
    expect((await lastAudit('evaluation.run')).n).toBe(before.run + 1);
    expect(audit.details).toMatchObject({ format: 'pdf', kind: 'evaluation', nisCode: '23088', rows: json.periods.length, suppressed: json.periods.filter((p: { smallCell: boolean }) => p.smallCell).length });

    // Without the prevention right: the JSON route's refusal, and nothing recorded as exported.
    const noRight = await s.client('analyst.intel');
    const refusedJson = await noRight.get(`/api/evaluation/indicators/${id}/evaluate${run}`);
    const refusedPdf = await noRight.get(`/api/evaluation/indicators/${id}/evaluate.pdf${run}`);
    expect(refusedJson.status).toBe(403);
    expect([refusedPdf.status, refusedPdf.body]).toEqual([refusedJson.status, refusedJson.body]);
    expect((await lastAudit('evaluation.export')).n).toBe(before.export + 1);
  });
});
