/**
 * The oversight statistics as a PDF: the tables of the statistics screen — per service, method and month
 * (the CSV's rows) and per offence — with the same publication suppression (small cells of both tables)
 * and the same access step and audit entry as the CSV (statisticsDownload), in the user's language: months
 * and methods are named as the screen names them (statistics.labels.ts), the service by its name.
 */
import type { z } from 'zod';
import { SMALL_CELL_THRESHOLD, publish, type StatRow } from '../../../core/legal/statistics.ts';
import type { Ctx } from '../../platform/context.ts';
import { buildPdf, pdfLang, type PdfLang } from '../../platform/pdf.ts';
import type { Platform } from '../../platform/platform.ts';
import { methodLabel, monthLabel } from './statistics.labels.ts';
import { statisticsDownload, type statsQuery } from './statistics.service.ts';

const COLUMNS = ['started', 'refused', 'suspended', 'ended', 'destroyed', 'persons'] as const;

interface Labels {
  title: string;
  period: (from: string, to: string) => string;
  publication: string;
  exact: string;
  markingPublication: string;
  markingExact: string;
  note: (threshold: number) => string;
  withheld: string;
  heading: string;
  month: string;
  service: string;
  method: string;
  cols: Record<(typeof COLUMNS)[number] | 'runningDays', string>;
  empty: string;
  offenceHeading: string;
  article: string;
  offence: string;
  authorisations: string;
  cooperation: string;
  offenceEmpty: string;
}

const LABELS: Record<PdfLang, Labels> = {
  en: {
    title: 'Oversight statistics: special intelligence methods',
    period: (f, t) => `Period ${f} to ${t}`,
    publication: 'Version for publication: small cells suppressed.',
    exact: 'Exact figures, for the oversight bodies only: not for publication.',
    markingPublication: 'FOR PUBLICATION — SMALL CELLS SUPPRESSED',
    markingExact: 'RESTRICTED — OVERSIGHT BODIES ONLY — EXACT FIGURES',
    note: (n) => `Counts from 1 to ${n - 1} are shown as "<${n}": a small count can point to one operation or person. Zero is shown. Running days of a cell with fewer than ${n} stopped methods are withheld.`,
    withheld: 'withheld',
    heading: 'Per service, method and month',
    month: 'Month', service: 'Service', method: 'Method',
    cols: { started: 'Begun', refused: 'Refused', suspended: 'Suspended', ended: 'Ended', destroyed: 'Destroyed', persons: 'Persons', runningDays: 'Running days' },
    empty: 'No special methods in this period.',
    offenceHeading: 'Per offence', article: 'Article', offence: 'Offence', authorisations: 'Authorisations begun', cooperation: 'Cooperation requests',
    offenceEmpty: 'No authorisations or cooperation requests naming an offence in this period.',
  },
  nl: {
    title: 'Toezichtsstatistieken: bijzondere inlichtingenmethoden',
    period: (f, t) => `Periode ${f} tot ${t}`,
    publication: 'Versie voor publicatie: kleine cellen weggelaten.',
    exact: 'Exacte cijfers, alleen voor de toezichtsorganen: niet voor publicatie.',
    markingPublication: 'VOOR PUBLICATIE — KLEINE CELLEN WEGGELATEN',
    markingExact: 'BEPERKT — ALLEEN TOEZICHTSORGANEN — EXACTE CIJFERS',
    note: (n) => `Aantallen van 1 tot ${n - 1} staan als "<${n}": een klein aantal kan naar één operatie of persoon wijzen. Nul wordt getoond. De looptijd van een cel met minder dan ${n} beëindigde methoden wordt weggelaten.`,
    withheld: 'weggelaten',
    heading: 'Per dienst, methode en maand',
    month: 'Maand', service: 'Dienst', method: 'Methode',
    cols: { started: 'Gestart', refused: 'Geweigerd', suspended: 'Geschorst', ended: 'Beëindigd', destroyed: 'Vernietigd', persons: 'Personen', runningDays: 'Looptijd (dagen)' },
    empty: 'Geen bijzondere methoden in deze periode.',
    offenceHeading: 'Per misdrijf', article: 'Artikel', offence: 'Misdrijf', authorisations: 'Begonnen machtigingen', cooperation: 'Samenwerkingsverzoeken',
    offenceEmpty: 'Geen machtigingen of samenwerkingsverzoeken met een misdrijf in deze periode.',
  },
  fr: {
    title: 'Statistiques de contrôle : méthodes particulières de renseignement',
    period: (f, t) => `Période de ${f} à ${t}`,
    publication: 'Version pour publication : petites cellules masquées.',
    exact: 'Chiffres exacts, réservés aux organes de contrôle : ne pas publier.',
    markingPublication: 'POUR PUBLICATION — PETITES CELLULES MASQUÉES',
    markingExact: 'DIFFUSION RESTREINTE — ORGANES DE CONTRÔLE — CHIFFRES EXACTS',
    note: (n) => `Les nombres de 1 à ${n - 1} figurent comme « <${n} » : un petit nombre peut désigner une opération ou une personne. Zéro est publié. Les jours d'une cellule de moins de ${n} méthodes terminées sont masqués.`,
    withheld: 'masqué',
    heading: 'Par service, méthode et mois',
    month: 'Mois', service: 'Service', method: 'Méthode',
    cols: { started: 'Débutées', refused: 'Refusées', suspended: 'Suspendues', ended: 'Terminées', destroyed: 'Détruites', persons: 'Personnes', runningDays: 'Jours' },
    empty: 'Aucune méthode particulière pendant cette période.',
    offenceHeading: 'Par infraction', article: 'Article', offence: 'Infraction', authorisations: 'Autorisations commencées', cooperation: 'Demandes d’entraide',
    offenceEmpty: 'Aucune autorisation ni demande d’entraide visant une infraction pendant cette période.',
  },
  de: {
    title: 'Aufsichtsstatistik: besondere nachrichtendienstliche Methoden',
    period: (f, t) => `Zeitraum ${f} bis ${t}`,
    publication: 'Fassung zur Veröffentlichung: kleine Zellen unterdrückt.',
    exact: 'Genaue Zahlen, nur für die Aufsichtsorgane: nicht zur Veröffentlichung.',
    markingPublication: 'ZUR VERÖFFENTLICHUNG — KLEINE ZELLEN UNTERDRÜCKT',
    markingExact: 'VERTRAULICH — NUR AUFSICHTSORGANE — GENAUE ZAHLEN',
    note: (n) => `Zahlen von 1 bis ${n - 1} erscheinen als "<${n}": eine kleine Zahl kann auf eine Operation oder Person hinweisen. Null wird gezeigt. Lauftage einer Zelle mit weniger als ${n} beendeten Methoden werden unterdrückt.`,
    withheld: 'unterdrückt',
    heading: 'Je Dienst, Methode und Monat',
    month: 'Monat', service: 'Dienst', method: 'Methode',
    cols: { started: 'Begonnen', refused: 'Abgelehnt', suspended: 'Ausgesetzt', ended: 'Beendet', destroyed: 'Vernichtet', persons: 'Personen', runningDays: 'Lauftage' },
    empty: 'Keine besonderen Methoden in diesem Zeitraum.',
    offenceHeading: 'Je Straftat', article: 'Artikel', offence: 'Straftat', authorisations: 'Begonnene Genehmigungen', cooperation: 'Rechtshilfeersuchen',
    offenceEmpty: 'Keine Genehmigungen oder Rechtshilfeersuchen zu einer Straftat in diesem Zeitraum.',
  },
};

/**
 * The table's cells: the month and method named as the screen names them in the language, the service by
 * name, and the figures as published (suppress) or exact, exactly as statisticsCsv writes them.
 */
export function statisticsCells(r: StatRow, orgName: string, suppress: boolean, withheld: string, threshold = SMALL_CELL_THRESHOLD, lang: PdfLang = 'en'): Array<string | number> {
  return [
    monthLabel(lang, r.month),
    orgName,
    methodLabel(lang, r.method),
    ...COLUMNS.map((c) => (suppress ? publish(r[c], threshold) : r[c])),
    suppress && r.ended > 0 && r.ended < threshold ? withheld : r.runningDays,
  ];
}

/** A per-offence row as the screen shows it; for publication its counts are suppressed as the table's above. */
export function offenceCells(o: { article: string; title: string; authorisations: number; cooperation: number }, suppress: boolean, threshold = SMALL_CELL_THRESHOLD): Array<string | number> {
  return [o.article, o.title, ...[o.authorisations, o.cooperation].map((n) => (suppress ? publish(n, threshold) : n))];
}

export async function statisticsPdf(p: Platform, ctx: Ctx, q: z.infer<typeof statsQuery>) {
  const d = await statisticsDownload(p, ctx, q, 'pdf');
  const lang = pdfLang(ctx.actor.locale);
  const l = LABELS[lang];
  const body = await buildPdf({
    title: l.title,
    subtitle: [l.period(monthLabel(lang, d.from), monthLabel(lang, d.to)), d.suppress ? l.publication : l.exact],
    marking: d.suppress ? l.markingPublication : l.markingExact,
    generatedAt: ctx.now,
    generatedBy: `${ctx.actor.displayName}, ${ctx.actor.orgName}`,
    lang,
    blocks: [
      ...(d.suppress ? [{ kind: 'paragraph' as const, text: l.note(d.threshold), muted: true }] : []),
      { kind: 'heading', text: l.heading },
      {
        kind: 'table',
        columns: [
          // Widths in points of A4's 495 (every column weighted, so the same in every language): the longest month ("September 2026") on one line, the running days room for "withheld" in every language.
          { label: l.month, weight: 72 }, { label: l.service, weight: 72 }, { label: l.method, weight: 90 },
          ...COLUMNS.map((c) => ({ label: l.cols[c], numeric: true, weight: 36 })), { label: l.cols.runningDays, numeric: true, weight: 50 },
        ],
        rows: d.rows.map((r) => statisticsCells(r, d.orgName(r.orgId), d.suppress, l.withheld, d.threshold, lang)),
        empty: l.empty,
      },
      { kind: 'heading', text: l.offenceHeading },
      {
        kind: 'table',
        columns: [{ label: l.article, weight: 1 }, { label: l.offence, weight: 3 }, { label: l.authorisations, numeric: true, weight: 1.2 }, { label: l.cooperation, numeric: true, weight: 1.2 }],
        rows: d.offences.map((o) => offenceCells(o, d.suppress, d.threshold)),
        empty: l.offenceEmpty,
      },
    ],
  });
  return { filename: `${d.filename}.pdf`, body };
}
