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
});
