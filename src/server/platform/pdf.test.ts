import { describe, expect, it } from 'vitest';
import { pdfPages, pdfText } from '../../../test/helpers/pdf.ts';
import { buildPdf, pdfFilename, pdfLang, pdfSafe, renderPdf, type PdfModel } from './pdf.ts';

const base = (over: Partial<PdfModel> = {}): PdfModel => ({
  title: 'Oversight statistics',
  subtitle: ['2026-01 to 2026-06'],
  marking: 'TLP:AMBER',
  generatedAt: new Date('2026-12-05T14:00:00Z'),
  generatedBy: 'Test User, Test Org',
  lang: 'en',
  compress: false,
  blocks: [
    { kind: 'heading', text: 'Counts' },
    { kind: 'paragraph', text: 'Small cells are suppressed.' },
    { kind: 'table', columns: [{ label: 'Service' }, { label: 'Started', numeric: true }], rows: [['State Security', 12], ['Military Intelligence', '<5']] },
  ],
  ...over,
});

const text = (b: Buffer) => b.toString('latin1');
const pageObjects = pdfPages;

describe('pdf', () => {
  it('renders a one-page document with marking, figures, page number and who generated it', async () => {
    const { buffer, pages } = await renderPdf(base());
    expect(text(buffer).startsWith('%PDF-')).toBe(true);
    expect(pages).toBe(1);
    expect(pageObjects(buffer)).toBe(1);
    const t = pdfText(buffer);
    for (const s of ['TLP:AMBER', 'State Security', 'Page 1 of 1', 'Test User, Test Org', '<5']) expect(t, s).toContain(s);
    expect(t).not.toContain('Seite');
  });

  it('breaks a long table over pages, repeating the header, and numbers every page', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`Row ${i}`, i]);
    const { buffer, pages } = await renderPdf(base({ blocks: [{ kind: 'table', columns: [{ label: 'Name' }, { label: 'Count', numeric: true }], rows }] }));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pageObjects(buffer)).toBe(pages);
    const t = pdfText(buffer);
    expect(t).toContain(`Page ${pages} of ${pages}`);
    expect(t.split('TLP:AMBER').length - 1).toBe(2 * pages);
    expect(t.split('Count').length - 1).toBe(pages);
  });

  it('survives odd Unicode (Cyrillic, Arabic, CJK, emoji, lone surrogates, controls) in every field', async () => {
    const odd = 'Иван Петров · محمد · 王小明 · 🚨 · \ud800 · \u0000\u0007 · Łukasz Żółć · İstanbul · ﬁ → x';
    const { buffer, pages } = await renderPdf(base({
      title: odd,
      subtitle: [odd],
      marking: `EXERCISE ${odd}`,
      generatedBy: odd,
      lang: 'xx',
      blocks: [{ kind: 'heading', text: odd }, { kind: 'paragraph', text: odd }, { kind: 'table', columns: [{ label: odd }], rows: [[odd], [null], [Number.NaN]] }, { kind: 'chart', xLabels: [odd, 'b'], series: [{ label: odd, values: [1, null], color: '#000000' }] }],
    }));
    expect(text(buffer).startsWith('%PDF-')).toBe(true);
    expect(pages).toBe(1);
  });

  it('replaces what Helvetica cannot show and keeps what it can', () => {
    expect(pdfSafe('Zoë Müller – “€5” œ')).toBe('Zoë Müller – “€5” œ');
    expect(pdfSafe('Łukasz Żółć')).toBe('Lukasz Zólc');
    expect(pdfSafe('Иван 🚨 a→b')).toBe('???? ? a->b');
    expect(pdfSafe('a\u202fb\u0000c\r\nd')).toBe('a b c\nd');
    expect(pdfSafe('\ud800')).toBe('?');
    expect(pdfLang('nl-BE')).toBe('nl');
    expect(pdfLang('es')).toBe('en');
    expect(pdfFilename('sitrep Zoë/Ωmega')).toBe('sitrep_Zoe_mega.pdf');
  });

  it('prints the footer in the user language (compressed by default)', async () => {
    const b = await buildPdf(base({ lang: 'de', compress: undefined }));
    expect(b.toString('latin1')).toContain('/FlateDecode');
    expect(pdfText(b)).toContain('Seite 1 von 1');
  });
});
