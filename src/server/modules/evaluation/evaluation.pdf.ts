/**
 * The evaluation as a PDF: estimates with their placebo intervals, the caveats, a line chart of the
 * municipality against its synthetic control, the donor weights and the series by period. The same
 * evaluation run (access step and 'evaluation.run') and the same export entry as the CSV
 * ('evaluation.export', format pdf); the municipality's small cells are left blank as in the CSV.
 */
import type { Ctx } from '../../platform/context.ts';
import { buildPdf, pdfFilename, pdfLang, type PdfBlock, type PdfLang } from '../../platform/pdf.ts';
import type { Platform } from '../../platform/platform.ts';
import type { EvaluateQuery, EvaluationWire } from './analysis.presenter.ts';
import { evaluate, recordEvaluationExport } from './analysis.service.ts';
import { EVALUATION_PDF_CAVEATS, EVALUATION_PDF_LABELS } from './evaluation.pdf-labels.ts';

const NUMBER_LOCALE: Record<PdfLang, string> = { en: 'en-GB', nl: 'nl-BE', fr: 'fr-BE', de: 'de-BE' };

/** A figure as the user's language writes it (4 significant decimals at most); blank when not finite. */
function num(v: number | null | undefined, lang: PdfLang, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '';
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);
}

const fill = (template: string, params: Record<string, number | string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));

/** The document model of an evaluation (pure: tested without a server). */
export function evaluationModel(e: EvaluationWire, lang: PdfLang, now: Date, by: string) {
  const l = EVALUATION_PDF_LABELS[lang];
  const caveats = EVALUATION_PDF_CAVEATS[lang];
  const n = (v: number | null | undefined, d = 2) => num(v, lang, d);
  const interval = (i: EvaluationWire['did']['interval']) => (i ? l.interval({ level: Math.round(i.level * 100), placebos: i.count, low: n(i.low), high: n(i.high) }) : l.noInterval);
  const firstPost = e.periods.findIndex((p) => p.post);
  const small = e.periods.filter((p) => p.smallCell).length;
  const blocks: PdfBlock[] = [
    { kind: 'paragraph', text: `${caveats.title ?? ''}:`, bold: true },
    ...e.caveats.map((c) => ({ kind: 'paragraph' as const, text: `• ${fill(caveats[c.code] ?? caveats.unknown ?? c.code, { ...c.params, code: c.code })}` })),
    { kind: 'heading', text: l.synth },
    { kind: 'paragraph', text: `${l.effect}: ${n(e.synth.effect)}`, bold: true },
    { kind: 'paragraph', text: interval(e.synth.interval) },
    { kind: 'paragraph', text: `${l.synthRank(e.synth.rank, e.synth.of)} ${l.rmspe(n(e.synth.preRmspe), n(e.synth.postRmspe))}`, muted: true },
    { kind: 'heading', text: l.did },
    { kind: 'paragraph', text: `${l.effect}: ${n(e.did.effect)}`, bold: true },
    { kind: 'paragraph', text: interval(e.did.interval) },
    { kind: 'paragraph', text: `${l.didParts(n(e.did.treatedBefore), n(e.did.treatedAfter), n(e.did.comparisonBefore), n(e.did.comparisonAfter))} ${l.didRank(e.did.rank, e.did.of)}`, muted: true },
    { kind: 'heading', text: l.chartTitle(e.treated.municipality) },
    {
      kind: 'chart',
      xLabels: e.periods.map((p) => p.period),
      series: [
        { label: e.treated.municipality, values: e.periods.map((p) => (p.smallCell ? null : p.treated)), color: '#c0392b' },
        { label: l.synthetic, values: e.periods.map((p) => p.synthetic), color: '#2c3e50', dashed: true },
      ],
      ...(firstPost >= 0 ? { marker: { index: firstPost, label: l.start } } : {}),
    },
    { kind: 'heading', text: l.weights },
    { kind: 'table', columns: [{ label: l.col.treated }, { label: 'NIS' }, { label: l.weight, numeric: true }], rows: e.synth.weights.filter((w) => w.weight >= 0.001).map((w) => [w.municipality, w.nisCode, `${n(w.weight * 100, 1)} %`]) },
    { kind: 'heading', text: l.periods },
    ...(small > 0 ? [{ kind: 'paragraph' as const, text: l.smallNote(small), muted: true }] : []),
    {
      kind: 'table',
      columns: [{ label: l.col.period }, { label: l.col.after }, { label: l.col.treated, numeric: true }, { label: l.col.synthetic, numeric: true }, { label: l.col.gap, numeric: true }, { label: l.col.comparison, numeric: true }, { label: l.col.national, numeric: true }],
      rows: e.periods.map((p) => [
        p.period,
        p.post ? l.yes : '',
        p.smallCell ? l.small : n(p.treated),
        n(p.synthetic),
        p.smallCell ? '' : n(p.gap),
        n(p.comparisonMean),
        p.national ? `${n(p.national.value)} (${n(p.national.low)}–${n(p.national.high)})` : '',
      ]),
    },
  ];
  return {
    title: l.title(e.indicator.name, e.treated.municipality),
    subtitle: [
      l.subtitle({ intervention: e.intervention, population: n(e.treated.population, 0), comparison: e.comparison.length }),
      l.source(e.indicator.source, l.reliability[e.indicator.reliability] ?? e.indicator.reliability),
    ],
    marking: l.marking,
    markingTone: 'plain' as const,
    generatedAt: now,
    generatedBy: by,
    lang,
    blocks,
  };
}

/** The evaluation of `q.nis` on an indicator as a PDF (the run and the export are on the record). */
export async function evaluationPdf(p: Platform, ctx: Ctx, indicatorId: string, q: EvaluateQuery) {
  const e = await evaluate(p, ctx, indicatorId, q);
  await recordEvaluationExport(p, ctx, indicatorId, q, e, 'pdf');
  const lang = pdfLang(ctx.actor.locale);
  const body = await buildPdf(evaluationModel(e, lang, ctx.now, `${ctx.actor.displayName}, ${ctx.actor.orgName}`));
  return { filename: pdfFilename(`evaluation-${e.indicator.code}-${e.treated.nisCode}`), body };
}
