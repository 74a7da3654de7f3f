/**
 * The situation report as a PDF: the same content as the printable HTML (report.html.ts), read through
 * the same access step and export audit entry (reportInput, format 'pdf'); an exercise says EXERCISE at
 * the top and bottom of every page. Headings and timeline lines in the user's language (pdfLang of the
 * account's locale; the lines' words: report.events.ts).
 */
import type { Ctx } from '../../platform/context.ts';
import { buildPdf, pdfFilename, pdfLang, type PdfBlock, type PdfLang } from '../../platform/pdf.ts';
import type { Platform } from '../../platform/platform.ts';
import { describeEvent, type ReportInput } from './report.html.ts';
import { reportInput } from './timeline.service.ts';

interface Labels {
  title: string;
  exercise: string;
  real: string;
  occurred: string;
  phase: string;
  terrorPlan: string;
  declaredBy: string;
  sitrep: (n: number, approved: string) => string;
  noSitrep: string;
  significant: string;
  organisations: string;
  tasks: string;
  units: string;
  timeline: string;
  col: { seq: string; time: string; entry: string; org: string; status: string; discipline: string; task: string; role: string; unit: string; event: string };
  none: string;
}

const LABELS: Record<PdfLang, Labels> = {
  en: {
    title: 'Situation report', exercise: 'EXERCISE', real: 'RESTRICTED — PARTICIPATING ORGANISATIONS ONLY', occurred: 'occurred', phase: 'phase', terrorPlan: 'terror plan', declaredBy: 'declared by',
    sitrep: (n, a) => `Situation report ${n} (approved ${a})`, noSitrep: 'Situation report — none approved yet', significant: 'Significant events', organisations: 'Organisations', tasks: 'Tasks', units: 'Units', timeline: 'Timeline',
    col: { seq: '#', time: 'Time', entry: 'Entry', org: 'Organisation', status: 'Status', discipline: 'Discipline', task: 'Task', role: 'Role', unit: 'Unit', event: 'Event' }, none: 'None.',
  },
  nl: {
    title: 'Situatierapport', exercise: 'OEFENING', real: 'BEPERKT — ALLEEN DEELNEMENDE ORGANISATIES', occurred: 'gebeurd', phase: 'fase', terrorPlan: 'terreurplan', declaredBy: 'afgekondigd door',
    sitrep: (n, a) => `Situatierapport ${n} (goedgekeurd ${a})`, noSitrep: 'Situatierapport — nog geen goedgekeurd', significant: 'Belangrijke gebeurtenissen', organisations: 'Organisaties', tasks: 'Taken', units: 'Eenheden', timeline: 'Tijdlijn',
    col: { seq: '#', time: 'Tijd', entry: 'Vermelding', org: 'Organisatie', status: 'Status', discipline: 'Discipline', task: 'Taak', role: 'Rol', unit: 'Eenheid', event: 'Gebeurtenis' }, none: 'Geen.',
  },
  fr: {
    title: 'Rapport de situation', exercise: 'EXERCICE', real: 'DIFFUSION RESTREINTE — ORGANISATIONS PARTICIPANTES', occurred: 'survenu', phase: 'phase', terrorPlan: 'plan terreur', declaredBy: 'déclaré par',
    sitrep: (n, a) => `Rapport de situation ${n} (approuvé ${a})`, noSitrep: 'Rapport de situation — aucun approuvé', significant: 'Événements importants', organisations: 'Organisations', tasks: 'Tâches', units: 'Unités', timeline: 'Chronologie',
    col: { seq: 'N°', time: 'Heure', entry: 'Entrée', org: 'Organisation', status: 'Statut', discipline: 'Discipline', task: 'Tâche', role: 'Rôle', unit: 'Unité', event: 'Événement' }, none: 'Aucun.',
  },
  de: {
    title: 'Lagebericht', exercise: 'ÜBUNG', real: 'VERTRAULICH — NUR BETEILIGTE ORGANISATIONEN', occurred: 'eingetreten', phase: 'Phase', terrorPlan: 'Terrorplan', declaredBy: 'ausgerufen von',
    sitrep: (n, a) => `Lagebericht ${n} (freigegeben ${a})`, noSitrep: 'Lagebericht — noch keiner freigegeben', significant: 'Wichtige Ereignisse', organisations: 'Organisationen', tasks: 'Aufgaben', units: 'Einheiten', timeline: 'Zeitverlauf',
    col: { seq: 'Nr.', time: 'Zeit', entry: 'Eintrag', org: 'Organisation', status: 'Status', discipline: 'Disziplin', task: 'Aufgabe', role: 'Rolle', unit: 'Einheit', event: 'Ereignis' }, none: 'Keine.',
  },
};

const time = (iso: string | undefined | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '');

/** The document model of a situation report (pure: tested without a server). */
export function reportModel(r: ReportInput, lang: PdfLang, now: Date) {
  const l = LABELS[lang];
  const i = r.incident;
  const ex = i.exercise;
  // EXERCISE stays in English beside the user's word: the term every exercise document carries.
  const exercise = lang === 'en' ? 'EXERCISE — EXERCISE — EXERCISE' : `EXERCISE — ${l.exercise} — EXERCISE`;
  const c = l.col;
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: r.sitrep ? l.sitrep(r.sitrep.number, time(r.sitrep.approved_at?.toISOString())) : l.noSitrep },
    ...(r.sitrep ? [{ kind: 'paragraph' as const, text: r.sitrep.summary }] : []),
    { kind: 'heading', text: l.significant },
    { kind: 'table', columns: [{ label: c.seq, numeric: true }, { label: c.time }, { label: c.entry, weight: 1 }], rows: r.significant.map((e) => [e.seq, time(e.at), e.text]), empty: l.none },
    { kind: 'heading', text: l.organisations },
    { kind: 'table', columns: [{ label: c.org }, { label: c.status }], rows: r.participants.map((x) => [x.org, x.status]), empty: l.none },
    { kind: 'heading', text: l.tasks },
    { kind: 'table', columns: [{ label: c.discipline }, { label: c.task }, { label: c.role }, { label: c.org }, { label: c.status }], rows: r.tasks.map((t) => [t.discipline, t.title, t.role, t.org, t.status]), empty: l.none },
    { kind: 'heading', text: l.units },
    { kind: 'table', columns: [{ label: c.unit }, { label: c.discipline }, { label: c.org }, { label: c.status }], rows: r.units.map((u) => [u.name, u.discipline, u.org, u.status]), empty: l.none },
    { kind: 'heading', text: l.timeline },
    { kind: 'table', columns: [{ label: c.time }, { label: c.event, weight: 1 }], rows: r.events.map((e) => [time(e.at), describeEvent(e, lang)]), empty: l.none },
  ];
  return {
    title: `${ex ? `${l.exercise} — ` : ''}${l.title}: ${i.title}`,
    subtitle: [
      `${i.type} · ${i.municipality} (${i.lat.toFixed(4)}, ${i.lon.toFixed(4)}) · ${l.occurred} ${time(i.occurredAt)}`,
      `${l.phase} ${i.phase} · ${l.terrorPlan} ${i.terrorState} · ${i.status} · ${l.declaredBy} ${i.orgName}`,
    ],
    marking: ex ? exercise : l.real,
    markingTone: ex ? ('alert' as const) : ('plain' as const),
    generatedAt: now,
    generatedBy: r.printedBy,
    lang,
    blocks,
  };
}

export async function reportPdf(p: Platform, ctx: Ctx, id: string) {
  const r = await reportInput(p, ctx, id, 'pdf');
  const lang = pdfLang(ctx.actor.locale);
  const body = await buildPdf(reportModel(r, lang, ctx.now));
  return { filename: pdfFilename(`${r.incident.exercise ? 'EXERCISE-' : ''}sitrep-${r.incident.title.slice(0, 60)}-${ctx.now.toISOString().slice(0, 10)}`), body };
}
