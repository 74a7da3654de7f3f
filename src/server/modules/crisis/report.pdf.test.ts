import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../platform/pdf.ts';
import { pdfText } from '../../../../test/helpers/pdf.ts';
import { reportModel } from './report.pdf.ts';
import type { ReportInput } from './report.html.ts';

const input = (exercise: boolean): ReportInput => ({
  incident: { id: 'i', title: 'Shots at the market', type: 'terror-attack', description: '', lat: 50.85, lon: 4.35, municipality: 'Brussels', occurredAt: '2026-12-05T10:00:00.000Z', exercise, marking: exercise ? 'EXERCISE' : 'REAL', phase: 'municipal', terrorState: 'none', status: 'open', orgId: 'o', orgName: 'Crisis Centre', declaredAt: '2026-12-05T10:01:00.000Z', updatedAt: '2026-12-05T10:01:00.000Z' } as ReportInput['incident'],
  sitrep: null,
  significant: [],
  tasks: [],
  units: [],
  participants: [{ org: 'Crisis Centre', status: 'active' }],
  events: Array.from({ length: 120 }, (_, k) => ({ id: k, kind: 'log.appended', at: '2026-12-05T10:02:00.000Z', payload: { kind: 'info', seq: k, text: `Entry ${k}` } })),
  printedAt: '2026-12-05T11:00:00.000Z',
  printedBy: 'Officer, Crisis Centre',
});

describe('situation report PDF', () => {
  it('says EXERCISE at the top and bottom of every page of an exercise, and never for a real incident', async () => {
    const ex = await renderPdf(reportModel(input(true), 'fr', new Date()));
    expect(ex.pages).toBeGreaterThan(1);
    const t = pdfText(ex.buffer);
    expect(t.split('EXERCISE — EXERCICE — EXERCISE').length - 1).toBe(2 * ex.pages);
    expect(t).toContain('Chronologie');
    const real = await renderPdf(reportModel(input(false), 'en', new Date()));
    const r = pdfText(real.buffer);
    expect(r).not.toContain('EXERCISE');
    expect(r.split('RESTRICTED — PARTICIPATING ORGANISATIONS ONLY').length - 1).toBe(2 * real.pages);
    expect(r).toContain('Log info #119: Entry 119');
  });

  it("prints the timeline's lines in the report's language", async () => {
    const at = '2026-12-05T10:05:00.000Z';
    const events: ReportInput['events'] = [
      { id: 1, kind: 'incident.phase', at, payload: { from: 'municipal', to: 'provincial', reason: 'Two municipalities hit', byOrg: 'Crisis Centre' } },
      { id: 2, kind: 'unit.updated', at, payload: { name: 'Ambulance 9', discipline: 'D2', from: 'requested', to: 'on-site' } },
      { id: 3, kind: 'unit.placed', at, payload: { name: 'Ambulance 9', lat: 50.8466, lon: 4.3528 } },
      { id: 4, kind: 'cordon.created', at, payload: { kind: 'outer', label: 'Station square' } },
      { id: 5, kind: 'log.appended', at, payload: { kind: 'decision', seq: 3, text: 'Evacuate the station' } },
      { id: 6, kind: 'alert.published', at, payload: { summary: 'Public alert published: Stay indoors' } },
    ];
    const text = async (lang: 'en' | 'nl' | 'fr' | 'de') => pdfText((await renderPdf(reportModel({ ...input(false), events }, lang, new Date()))).buffer);
    const nl = await text('nl');
    expect(nl).toContain('Fase gemeentelijk -> provinciaal: Two municipalities hit (Crisis Centre)');
    expect(nl).toContain('Eenheid Ambulance 9: aangevraagd -> ter plaatse');
    expect(nl).toContain('Eenheid Ambulance 9: positie 50.84660, 4.35280');
    expect(nl).toContain('Afzetting ingesteld (buitenafzetting): Station square');
    expect(nl).toContain('Logboek beslissing #3: Evacuate the station');
    expect(nl).not.toContain('Unit Ambulance 9');
    expect(nl).toContain('Public alert published: Stay indoors'); // an alert's own summary, as the alerts module wrote it
    const fr = await text('fr');
    expect(fr).toContain('Unité Ambulance 9 : demandée -> sur place');
    expect(fr).toContain('Périmètre établi (périmètre d’isolation) : Station square');
    const de = await text('de');
    expect(de).toContain('Einheit Ambulance 9: angefordert -> vor Ort');
    expect(de).toContain('Absperrung errichtet (äußere Absperrung): Station square');
    const en = await text('en');
    expect(en).toContain('Phase municipal -> provincial: Two municipalities hit (Crisis Centre)');
    expect(en).toContain('Unit Ambulance 9: requested -> on-site');
    expect(en).toContain('Cordon set (outer): Station square');
  });
});
