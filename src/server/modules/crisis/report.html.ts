/** The printable situation report: plain HTML with print styles; an exercise says EXERCISE on every page. */
import type { z } from 'zod';
import type { PdfLang } from '../../platform/pdf.ts';
import type { eventWire, incidentWire } from './incidents.presenter.ts';
import { eventLine } from './report.events.ts';

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface ReportInput {
  incident: z.infer<typeof incidentWire>;
  sitrep: { number: number; summary: string; approved_at: Date | null } | null;
  significant: Array<{ seq: number; at: string; text: string }>;
  tasks: Array<{ discipline: string; title: string; role: string; org: string; status: string }>;
  units: Array<{ name: string; discipline: string; org: string; status: string }>;
  participants: Array<{ org: string; status: string }>;
  events: Array<z.infer<typeof eventWire>>;
  printedAt: string;
  printedBy: string;
}

/**
 * A one-line description of an event for the printed timeline, in the report's language (the words:
 * report.events.ts); an event that carries its own summary (public alerts) prints it as it is.
 */
export function describeEvent(e: z.infer<typeof eventWire>, lang: PdfLang = 'en'): string {
  const p = e.payload as Record<string, unknown>;
  if (typeof p.summary === 'string') return p.summary;
  const by = p.byOrg ? ` (${String(p.byOrg)})` : '';
  return `${eventLine(e.kind, p, lang) ?? e.kind}${by}`;
}

export function renderReport(r: ReportInput): string {
  const i = r.incident;
  const ex = i.exercise;
  const banner = ex ? '<div class="ex">EXERCISE — EXERCISE — EXERCISE</div>' : '';
  const rows = <T,>(items: T[], cells: (x: T) => unknown[]) => items.map((x) => `<tr>${cells(x).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${ex ? 'EXERCISE — ' : ''}Situation report — ${esc(i.title)}</title>
<style>
body{font:11pt/1.4 system-ui,sans-serif;margin:2rem;color:#111}
h1{font-size:18pt;margin:0 0 .25rem}h2{font-size:13pt;margin:1.5rem 0 .5rem;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:.2rem .4rem;text-align:left;vertical-align:top;font-size:10pt}
.ex{background:#b00;color:#fff;font-weight:700;text-align:center;padding:.3rem;letter-spacing:.2em}
.meta{color:#444}.wm{position:fixed;top:40%;left:0;right:0;text-align:center;font-size:80pt;color:rgba(200,0,0,.12);transform:rotate(-30deg);pointer-events:none}
@media print{body{margin:0}.noprint{display:none}.ex{-webkit-print-color-adjust:exact;print-color-adjust:exact}thead{display:table-header-group}tr{page-break-inside:avoid}}
</style></head><body>
${banner}${ex ? '<div class="wm">EXERCISE</div>' : ''}
<p class="noprint"><button onclick="window.print()">Print / save as PDF</button></p>
<h1>${ex ? 'EXERCISE — ' : ''}Situation report: ${esc(i.title)}</h1>
<p class="meta">${esc(i.type)} · ${esc(i.municipality)} (${i.lat.toFixed(4)}, ${i.lon.toFixed(4)}) · occurred ${esc(i.occurredAt)} · phase <b>${esc(i.phase)}</b> · terror plan <b>${esc(i.terrorState)}</b> · ${esc(i.status)} · declared by ${esc(i.orgName)}</p>
<p class="meta">Printed ${esc(r.printedAt)} by ${esc(r.printedBy)}</p>
<h2>Situation report ${r.sitrep ? `${r.sitrep.number} (approved ${esc(r.sitrep.approved_at?.toISOString())})` : '— none approved yet'}</h2>
<p>${r.sitrep ? esc(r.sitrep.summary).replace(/\n/g, '<br>') : ''}</p>
<h2>Significant events</h2><table><thead><tr><th>#</th><th>Time</th><th>Entry</th></tr></thead><tbody>${rows(r.significant, (e) => [e.seq, e.at, e.text])}</tbody></table>
<h2>Organisations</h2><table><thead><tr><th>Organisation</th><th>Status</th></tr></thead><tbody>${rows(r.participants, (x) => [x.org, x.status])}</tbody></table>
<h2>Tasks</h2><table><thead><tr><th>Discipline</th><th>Task</th><th>Role</th><th>Organisation</th><th>Status</th></tr></thead><tbody>${rows(r.tasks, (t) => [t.discipline, t.title, t.role, t.org, t.status])}</tbody></table>
<h2>Units</h2><table><thead><tr><th>Unit</th><th>Discipline</th><th>Organisation</th><th>Status</th></tr></thead><tbody>${rows(r.units, (u) => [u.name, u.discipline, u.org, u.status])}</tbody></table>
<h2>Timeline</h2><table><thead><tr><th>Time</th><th>Event</th></tr></thead><tbody>${rows(r.events, (e) => [e.at, describeEvent(e)])}</tbody></table>
${banner}
</body></html>`;
}
