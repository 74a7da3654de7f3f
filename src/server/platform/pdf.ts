/**
 * PDF downloads (pdfkit, standard Helvetica): a small document model — title, subtitle lines, a marking
 * banner at the top and bottom of every page (classification, TLP, "EXERCISE"), headings, paragraphs,
 * tables (header row repeated on each page, numbers right-aligned) and a simple line chart — rendered to
 * a Buffer with page numbers and who generated it when. Callers translate their own labels; the footer's
 * are here (en/nl/fr/de). Helvetica encodes WinAnsi only: other characters are replaced (accents
 * dropped where the base letter exists, else "?"), never thrown on.
 */
import type { FastifyReply } from 'fastify';
import PDFDocument from 'pdfkit';

export type PdfLang = 'en' | 'nl' | 'fr' | 'de';
export type PdfCell = string | number | null | undefined;

export interface PdfColumn {
  label: string;
  /** Right-aligned (figures). */
  numeric?: boolean;
  /** Relative width; by default from the content. */
  weight?: number;
}

export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean; bold?: boolean }
  | { kind: 'table'; columns: PdfColumn[]; rows: PdfCell[][]; empty?: string }
  | { kind: 'chart'; xLabels: string[]; series: Array<{ label: string; values: Array<number | null>; color: string; dashed?: boolean }>; marker?: { index: number; label: string } };

export interface PdfModel {
  title: string;
  subtitle?: string[];
  /** The marking line printed at the top and bottom of every page. */
  marking: string;
  /** 'alert' prints the marking white on red (an exercise); 'plain' dark on grey. */
  markingTone?: 'plain' | 'alert';
  generatedAt: Date;
  generatedBy: string;
  lang: string;
  blocks: PdfBlock[];
  /** Uncompressed content streams (tests search the text). */
  compress?: boolean;
}

const FOOTER: Record<PdfLang, { page: (n: number, of: number) => string; generated: (at: string, by: string) => string }> = {
  en: { page: (n, of) => `Page ${n} of ${of}`, generated: (at, by) => `Generated ${at} by ${by}` },
  nl: { page: (n, of) => `Pagina ${n} van ${of}`, generated: (at, by) => `Aangemaakt ${at} door ${by}` },
  fr: { page: (n, of) => `Page ${n} sur ${of}`, generated: (at, by) => `Généré le ${at} par ${by}` },
  de: { page: (n, of) => `Seite ${n} von ${of}`, generated: (at, by) => `Erstellt ${at} von ${by}` },
};

/** The language of a user's locale ('nl-BE' → 'nl'), English when not one of the four. */
export function pdfLang(locale: string | null | undefined): PdfLang {
  const l = (locale ?? '').slice(0, 2).toLowerCase();
  return l === 'nl' || l === 'fr' || l === 'de' ? l : 'en';
}

// Characters WinAnsi holds beyond Latin-1 (pdfkit's standard-font encoding).
const WIN_ANSI_EXTRA = new Set([0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122]);
const SUBSTITUTES: Record<string, string> = {
  '→': '->', '←': '<-', '↔': '<->', '⇒': '=>', '−': '-', '‐': '-', '‑': '-', '≤': '<=', '≥': '>=', '≠': '!=', '≈': '~',
  '\u2009': ' ', '\u2007': ' ', '\u202f': ' ', '\u200b': '', '\ufeff': '', 'ı': 'i', 'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'Ħ': 'H', 'ħ': 'h', '✓': 'v', '✗': 'x',
};
const supported = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(cp);

/** Text Helvetica can show: unsupported characters are transliterated or replaced by "?". */
export function pdfSafe(value: unknown): string {
  let out = '';
  for (const ch of String(value ?? '')) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += '\n';
    else if (supported(cp)) out += ch;
    else if (SUBSTITUTES[ch] !== undefined) out += SUBSTITUTES[ch];
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += ch === '\r' ? '' : ' ';
    else if (/\p{M}/u.test(ch)) continue;
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base.length > 0 && [...base].every((c) => supported(c.codePointAt(0)!)) ? base : '?';
    }
  }
  return out;
}

/** "2026-12-05 14:12 UTC": the generation time, unambiguous in every language. */
export function pdfTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const MARGIN = { top: 62, bottom: 70, left: 50, right: 50 };
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const CELL_PAD = 3;
const TABLE_SIZE = 8.5;

type Doc = PDFKit.PDFDocument;

const bottomLimit = (doc: Doc) => doc.page.height - MARGIN.bottom;
const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function cellText(v: PdfCell): string {
  if (v === null || v === undefined) return '';
  return pdfSafe(typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v).slice(0, 4000);
}

function columnWidths(doc: Doc, columns: PdfColumn[], rows: string[][]): number[] {
  const total = contentWidth(doc);
  doc.font(FONT).fontSize(TABLE_SIZE);
  const natural = columns.map((c, i) => {
    if (c.weight !== undefined) return null;
    doc.font(BOLD);
    // A figure's header may wrap (over two lines at most): the figures set the width.
    const head = doc.widthOfString(pdfSafe(c.label));
    let w = c.numeric ? Math.min(head, Math.max(head / 2, 30)) : head;
    doc.font(FONT);
    for (const r of rows.slice(0, 300)) w = Math.max(w, doc.widthOfString(r[i] ?? ''));
    return Math.min(w + 2 * CELL_PAD + 1, total * 0.6);
  });
  if (columns.every((c) => c.weight !== undefined)) {
    const sum = columns.reduce((a, c) => a + c.weight!, 0);
    return columns.map((c) => (total * c.weight!) / sum);
  }
  const fixed = natural.reduce<number>((a, w) => a + (w ?? 0), 0);
  const weighted = columns.reduce((a, c) => a + (c.weight ?? 0), 0);
  const left = Math.max(total - fixed, 0);
  let widths = columns.map((c, i) => natural[i] ?? (weighted > 0 ? (left * c.weight!) / weighted : 0));
  const sum = widths.reduce((a, w) => a + w, 0);
  // Too wide: shrink the text columns wider than an even share (they wrap); narrower: spread the rest.
  if (sum > total) {
    const fair = total / widths.length;
    const flex = widths.map((w, i) => !columns[i]!.numeric && w > fair);
    const flexSum = widths.reduce((a, w, i) => a + (flex[i] ? w : 0), 0);
    const room = total - (sum - flexSum);
    if (flexSum > 0 && room > 0) widths = widths.map((w, i) => (flex[i] ? (w * room) / flexSum : w));
    const again = widths.reduce((a, w) => a + w, 0);
    if (again > total + 0.01) widths = widths.map((w) => (w * total) / again);
  } else if (sum < total) widths = widths.map((w) => w + (total - sum) / widths.length);
  return widths;
}

function drawRow(doc: Doc, cells: string[], widths: number[], columns: PdfColumn[], header: boolean) {
  doc.font(header ? BOLD : FONT).fontSize(TABLE_SIZE);
  const maxHeight = bottomLimit(doc) - MARGIN.top - 20;
  const heights = cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * CELL_PAD }));
  const h = Math.min(Math.max(...heights) + 2 * CELL_PAD, maxHeight);
  const y = doc.y;
  let x = MARGIN.left;
  if (header) doc.save().rect(x, y, widths.reduce((a, w) => a + w, 0), h).fill('#e6e6e6').restore();
  cells.forEach((c, i) => {
    const w = widths[i]!;
    doc.save().lineWidth(0.4).strokeColor('#999999').rect(x, y, w, h).stroke().restore();
    doc.fillColor('#111111').text(c, x + CELL_PAD, y + CELL_PAD, { width: w - 2 * CELL_PAD, height: h - 2 * CELL_PAD, align: columns[i]!.numeric && !header ? 'right' : 'left', ellipsis: true });
    x += w;
  });
  doc.x = MARGIN.left;
  doc.y = y + h;
}

function drawTable(doc: Doc, block: Extract<PdfBlock, { kind: 'table' }>) {
  if (block.rows.length === 0) {
    drawParagraph(doc, { kind: 'paragraph', text: block.empty ?? '—', muted: true });
    return;
  }
  const head = block.columns.map((c) => pdfSafe(c.label));
  const rows = block.rows.map((r) => block.columns.map((_, i) => cellText(r[i])));
  const widths = columnWidths(doc, block.columns, rows);
  const rowHeight = (cells: string[], bold: boolean) => {
    doc.font(bold ? BOLD : FONT).fontSize(TABLE_SIZE);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;
  };
  const headHeight = rowHeight(head, true);
  ensureSpace(doc, headHeight + rowHeight(rows[0]!, false));
  drawRow(doc, head, widths, block.columns, true);
  for (const r of rows) {
    if (doc.y + Math.min(rowHeight(r, false), 200) > bottomLimit(doc)) {
      doc.addPage();
      drawRow(doc, head, widths, block.columns, true);
    }
    drawRow(doc, r, widths, block.columns, false);
  }
  doc.moveDown(0.8);
}

function drawParagraph(doc: Doc, b: Extract<PdfBlock, { kind: 'paragraph' }>) {
  doc.font(b.bold ? BOLD : FONT).fontSize(10).fillColor(b.muted ? '#555555' : '#111111');
  doc.text(pdfSafe(b.text), MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.5);
}

function drawHeading(doc: Doc, text: string) {
  ensureSpace(doc, 60);
  doc.moveDown(0.4);
  doc.font(BOLD).fontSize(13).fillColor('#111111').text(pdfSafe(text), MARGIN.left, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 1;
  doc.save().lineWidth(0.6).strokeColor('#888888').moveTo(MARGIN.left, y).lineTo(MARGIN.left + contentWidth(doc), y).stroke().restore();
  doc.y = y + 5;
}

const fmtAxis = (v: number) => (Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 100) / 100));

function drawChart(doc: Doc, b: Extract<PdfBlock, { kind: 'chart' }>) {
  const values = b.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0 || b.xLabels.length === 0) return;
  const height = 190;
  ensureSpace(doc, height + 40);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const x0 = MARGIN.left + 40;
  const x1 = MARGIN.left + contentWidth(doc) - 10;
  const y0 = doc.y + 8;
  const y1 = y0 + height - 30;
  const n = b.xLabels.length;
  const px = (i: number) => (n === 1 ? (x0 + x1) / 2 : x0 + ((x1 - x0) * i) / (n - 1));
  const py = (v: number) => y1 - ((v - lo) / (hi - lo)) * (y1 - y0);
  doc.save().lineWidth(0.5).strokeColor('#444444').moveTo(x0, y0).lineTo(x0, y1).lineTo(x1, y1).stroke().restore();
  doc.font(FONT).fontSize(7).fillColor('#444444');
  for (let k = 0; k <= 4; k++) {
    const v = lo + ((hi - lo) * k) / 4;
    doc.save().lineWidth(0.2).strokeColor('#cccccc').moveTo(x0, py(v)).lineTo(x1, py(v)).stroke().restore();
    doc.text(fmtAxis(v), MARGIN.left, py(v) - 3, { width: 36, align: 'right', lineBreak: false });
  }
  const every = Math.max(1, Math.ceil(n / 10));
  b.xLabels.forEach((l, i) => {
    if (i % every === 0 || i === n - 1) doc.text(pdfSafe(l), px(i) - 25, y1 + 4, { width: 50, align: 'center', lineBreak: false });
  });
  if (b.marker && b.marker.index >= 0 && b.marker.index < n) {
    const mx = px(b.marker.index);
    doc.save().lineWidth(0.7).dash(3, { space: 3 }).strokeColor('#aa0000').moveTo(mx, y0).lineTo(mx, y1).stroke().undash().restore();
    doc.fillColor('#aa0000').text(pdfSafe(b.marker.label), mx + 3, y0, { lineBreak: false });
  }
  for (const s of b.series) {
    doc.save().lineWidth(1.4).strokeColor(s.color);
    if (s.dashed) doc.dash(4, { space: 2 });
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      if (pen) doc.lineTo(px(i), py(v));
      else doc.moveTo(px(i), py(v));
      pen = true;
    });
    doc.stroke();
    if (s.dashed) doc.undash();
    doc.restore();
  }
  let lx = x0;
  const ly = y1 + 16;
  doc.fontSize(8);
  for (const s of b.series) {
    doc.save().lineWidth(1.4).strokeColor(s.color).moveTo(lx, ly + 4).lineTo(lx + 16, ly + 4).stroke().restore();
    const label = pdfSafe(s.label);
    doc.fillColor('#111111').text(label, lx + 20, ly, { lineBreak: false });
    lx += 30 + doc.widthOfString(label);
  }
  doc.x = MARGIN.left;
  doc.y = ly + 18;
}

function drawFrame(doc: Doc, m: PdfModel, n: number, of: number) {
  const footer = FOOTER[pdfLang(m.lang)];
  const saved = doc.page.margins;
  doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
  const w = doc.page.width;
  const marking = pdfSafe(m.marking);
  const alert = m.markingTone === 'alert';
  for (const y of [18, doc.page.height - 36]) {
    doc.save().rect(MARGIN.left, y, w - MARGIN.left - MARGIN.right, 18).fill(alert ? '#b00000' : '#eeeeee').restore();
    doc.font(BOLD).fontSize(10).fillColor(alert ? '#ffffff' : '#111111').text(marking, MARGIN.left, y + 4.5, { width: w - MARGIN.left - MARGIN.right, align: 'center', lineBreak: false, characterSpacing: alert ? 2 : 0.5 });
  }
  const fy = doc.page.height - 52;
  doc.font(FONT).fontSize(7.5).fillColor('#444444');
  doc.text(pdfSafe(footer.generated(pdfTime(m.generatedAt), m.generatedBy)), MARGIN.left, fy, { width: w - MARGIN.left - MARGIN.right - 90, lineBreak: false, ellipsis: true });
  doc.text(footer.page(n, of), w - MARGIN.right - 90, fy, { width: 90, align: 'right', lineBreak: false });
  doc.page.margins = saved;
}

/** Renders the model; `pages` is the page count. */
export async function renderPdf(m: PdfModel): Promise<{ buffer: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: m.compress ?? true,
    lang: pdfLang(m.lang),
    info: { Title: pdfSafe(m.title), Author: pdfSafe(m.generatedBy), Creator: 'Vigil', Producer: 'Vigil (pdfkit)', CreationDate: m.generatedAt, Keywords: pdfSafe(m.marking) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(BOLD).fontSize(17).fillColor('#111111').text(pdfSafe(m.title), { width: contentWidth(doc) });
  doc.moveDown(0.2);
  doc.font(FONT).fontSize(9.5).fillColor('#444444');
  for (const line of m.subtitle ?? []) doc.text(pdfSafe(line), { width: contentWidth(doc) });
  doc.moveDown(0.6);
  for (const b of m.blocks) {
    if (b.kind === 'heading') drawHeading(doc, b.text);
    else if (b.kind === 'paragraph') drawParagraph(doc, b);
    else if (b.kind === 'table') drawTable(doc, b);
    else drawChart(doc, b);
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    drawFrame(doc, m, i - range.start + 1, range.count);
  }
  doc.end();
  return { buffer: await done, pages: range.count };
}

/** The PDF as a Buffer. */
export async function buildPdf(m: PdfModel): Promise<Buffer> {
  return (await renderPdf(m)).buffer;
}

/** A file name safe in a Content-Disposition header. */
export function pdfFilename(name: string): string {
  return `${name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w.-]+/g, '_').slice(0, 120)}.pdf`;
}

/** Sends a PDF as a download. */
export function sendPdf(reply: FastifyReply, filename: string, body: Buffer): FastifyReply {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
