/**
 * Indicator values per municipality and period: listing, entry one by one, CSV import (preview, then
 * all rows or none in one transaction, every problem naming its line and column) and the CSV export
 * with small cells suppressed.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { readValuesCsv, type ImportRow } from '../../../core/evaluation/import.ts';
import { parsePeriod, periodExample, type Periodicity } from '../../../core/evaluation/periods.ts';
import { isSmallCell } from '../../../core/evaluation/suppression.ts';
import type { Ctx } from '../../platform/context.ts';
import { invalid } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { indicatorOr404, requireRight } from './evaluation.access.ts';
import { presentIndicator, presentValue, type importBody, type valueBody } from './evaluation.presenter.ts';
import * as repo from './evaluation.repository.ts';
import { municipality as municipalityRef, municipalityName } from '../../platform/geo.ts';

const population = (nis: string) => municipalityRef(nis)?.population;

function importIndicator(ind: repo.IndicatorRow) {
  return { periodicity: ind.periodicity as Periodicity, factor: Number(ind.factor), countsCases: ind.counts_cases, hasDenominator: ind.denominator.trim() !== '' };
}

/** The values of an indicator (optionally some municipalities), with the periods that hold values. */
export async function listValues(p: Platform, ctx: Ctx, indicatorId: string, q: { nis?: string | undefined }) {
  requireRight(ctx, 'read');
  const ind = await indicatorOr404(p, indicatorId);
  const nisCodes = q.nis ? q.nis.split(',') : undefined;
  const rows = await repo.listValues(p.db, indicatorId, { nisCodes });
  await p.record(ctx, [{ action: 'evaluation.values-read', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, count: rows.length, nisCodes: nisCodes ?? [] } }]);
  const periods = [...new Set(rows.map((r) => r.period))];
  return { indicator: presentIndicator(ind), values: rows.map((r) => presentValue(r, ind.counts_cases)), periods };
}

/** Enters (or replaces) one value; checked like a line of an import. */
export async function enterValue(p: Platform, ctx: Ctx, indicatorId: string, b: z.infer<typeof valueBody>) {
  requireRight(ctx, 'write');
  const ind = await indicatorOr404(p, indicatorId);
  const period = parsePeriod(b.period);
  if (!period || period.periodicity !== ind.periodicity) throw invalid(`period: "${b.period}" is not a ${ind.periodicity} period (e.g. ${periodExample(ind.periodicity as Periodicity)}).`, 'period');
  const cell = (v: number | null) => (v === null ? '' : String(v));
  const csv = `nis_code,period,numerator,denominator,value\n${b.nisCode},${period.label},${cell(b.numerator)},${cell(b.denominator)},${cell(b.value)}\n`;
  const { rows, problems } = readValuesCsv(csv, importIndicator(ind), population);
  if (problems.length) throw invalid(`${problems[0]!.column === 'nis_code' ? 'nisCode' : problems[0]!.column}: ${problems[0]!.message}`, problems[0]!.column === 'nis_code' ? 'nisCode' : problems[0]!.column);
  const row = rows[0]!;
  const replaced = (await repo.existingKeys(p.db, indicatorId)).has(`${row.nisCode}|${row.period}`);
  const id = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.upsertValues(tx, [{ ...toInput(indicatorId, row, null), id, note: b.note }], ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'evaluation.value-enter', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, nisCode: row.nisCode, period: row.period, replaced } }], tx);
  });
  const [saved] = await repo.listValues(p.db, indicatorId, { nisCodes: [row.nisCode], periodStart: row.periodStart });
  return presentValue(saved!, ind.counts_cases);
}

function toInput(indicatorId: string, r: ImportRow, importId: string | null): repo.ValueInput {
  return { id: randomUUID(), indicatorId, nisCode: r.nisCode, period: r.period, periodStart: r.periodStart, numerator: r.numerator, denominator: r.denominator, value: r.value, note: r.note, importId };
}

async function check(p: Platform, ind: repo.IndicatorRow, csv: string) {
  const { rows, problems } = readValuesCsv(csv, importIndicator(ind), population);
  const existing = await repo.existingKeys(p.db, ind.id);
  const replaces = (r: ImportRow) => existing.has(`${r.nisCode}|${r.period}`);
  return { rows, problems, replaced: rows.filter(replaces).length, replaces };
}

/** What an import would do, without changing anything: counts, a sample and every problem by line. */
export async function previewImport(p: Platform, ctx: Ctx, indicatorId: string, b: z.infer<typeof importBody>) {
  requireRight(ctx, 'write');
  const ind = await indicatorOr404(p, indicatorId);
  const c = await check(p, ind, b.csv);
  return {
    ok: c.problems.length === 0,
    rows: c.rows.length,
    created: c.rows.length - c.replaced,
    replaced: c.replaced,
    populationUsed: c.rows.filter((r) => r.populationUsed).length,
    smallCells: ind.counts_cases ? c.rows.filter((r) => isSmallCell(r.numerator)).length : 0,
    sample: c.rows.slice(0, 20).map((r) => ({ line: r.line, nisCode: r.nisCode, municipality: municipalityName(r.nisCode) ?? r.nisCode, period: r.period, numerator: r.numerator, denominator: r.denominator, value: r.value, replaces: c.replaces(r) })),
    problems: c.problems.slice(0, 200),
  };
}

/** Imports every row of the file in one transaction, or none when any line has a problem. */
export async function importValues(p: Platform, ctx: Ctx, indicatorId: string, b: z.infer<typeof importBody>) {
  requireRight(ctx, 'write');
  const ind = await indicatorOr404(p, indicatorId);
  const c = await check(p, ind, b.csv);
  if (c.problems.length) {
    const first = c.problems[0]!;
    const more = c.problems.length > 1 ? ` (${c.problems.length} problems in all; preview the file to see each)` : '';
    throw invalid(`line ${first.line}, column ${first.column}: ${first.message}${more} Nothing was imported.`, `line ${first.line}`);
  }
  const importId = randomUUID();
  await p.db.transaction().execute(async (tx) => {
    await repo.insertImport(tx, { id: importId, indicatorId, fileName: b.fileName, rows: c.rows.length, created: c.rows.length - c.replaced, replaced: c.replaced }, ctx.actor.userId, ctx.now);
    await repo.upsertValues(tx, c.rows.map((r) => toInput(indicatorId, r, importId)), ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'evaluation.import', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, fileName: b.fileName, rows: c.rows.length, created: c.rows.length - c.replaced, replaced: c.replaced } }], tx);
  });
  return { importId, rows: c.rows.length, created: c.rows.length - c.replaced, replaced: c.replaced };
}

/** A CSV field, quoted when needed; a leading =, +, - or @ is neutralised (spreadsheet formulas). */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : v;
  if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The values of an indicator as CSV: aggregates only, small cells (1–9 cases) left blank and marked. */
export async function exportValues(p: Platform, ctx: Ctx, indicatorId: string) {
  requireRight(ctx, 'read');
  const ind = await indicatorOr404(p, indicatorId);
  const rows = await repo.listValues(p.db, indicatorId);
  let suppressedCount = 0;
  const lines = ['nis_code,municipality,period,numerator,denominator,value,suppressed'];
  for (const r of rows) {
    const small = ind.counts_cases && isSmallCell(r.numerator);
    if (small) suppressedCount++;
    lines.push([r.nis_code, municipalityName(r.nis_code) ?? r.nis_code, r.period, small ? null : r.numerator, r.denominator, small ? null : r.value, small ? 'under 10 cases' : ''].map(csvField).join(','));
  }
  await p.record(ctx, [{ action: 'evaluation.export', recordType: 'evaluation_indicator', recordId: indicatorId, details: { indicatorId, kind: 'values', format: 'csv', rows: rows.length, suppressed: suppressedCount } }]);
  return { filename: `${ind.code}-values.csv`, body: lines.join('\n') + '\n' };
}
