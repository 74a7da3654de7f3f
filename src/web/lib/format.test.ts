/** Dates and numbers in each interface language: one numeric format per locale, through Intl. */
import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatDay, formatDayRange, formatFixed, formatMonth, formatMonthRange, formatNumber, formatPeriod, intlLocale, monthNames, parseDay, parseTime } from './format.ts';

const DAY = {
  en: '04/12/2026',
  nl: '04-12-2026',
  fr: '04/12/2026',
  de: '04.12.2026',
} as const;

describe('format', () => {
  for (const [locale, day] of Object.entries(DAY)) {
    describe(locale, () => {
      it('formats a calendar date and a timestamp\'s day the same way', () => {
        expect(formatDay('2026-12-04', locale)).toBe(day);
        expect(formatDay('2026-12-04T23:30:00Z', locale)).toBe(day);
        expect(formatDate('2026-12-04', locale)).toBe(day);
      });
      it('formats a moment as the same date followed by hours and minutes', () => {
        const iso = '2026-12-04T12:00:00Z';
        const local = new Date(iso);
        const hm = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
        const out = formatDateTime(iso, locale);
        expect(out.startsWith(formatDay(`${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`, locale))).toBe(true);
        expect(out.endsWith(hm)).toBe(true);
      });
      it('names months in the language', () => {
        const names = monthNames(locale, 'long');
        expect(names).toHaveLength(12);
        expect(formatMonth('2027-03', locale).toLowerCase()).toContain(names[2]!.toLowerCase());
        expect(formatMonth('2027-03', locale)).toContain('2027');
      });
      it('reads back what it shows, and ISO', () => {
        expect(parseDay(day)).toBe('2026-12-04');
        expect(parseDay(formatDay('2027-02-28', locale))).toBe('2027-02-28');
      });
      it('shows a range and an open end', () => {
        expect(formatDayRange('2026-12-04', null, locale)).toBe(`${day} – …`);
        expect(formatDayRange('2026-12-04', '2026-12-04', locale)).toBe(`${day} – ${day}`);
      });
    });
  }

  it('uses the month names of each language', () => {
    expect(monthNames('en', 'long')[2]).toBe('March');
    expect(monthNames('nl', 'long')[2]).toBe('maart');
    expect(monthNames('fr', 'long')[2]).toBe('mars');
    expect(monthNames('de', 'long')[2]).toBe('März');
    expect(formatMonth('2027-03', 'de')).toBe('März 2027');
  });

  it('writes chart periods and month spans in the language', () => {
    expect(formatPeriod('2014-03', 'de')).toBe('März 2014');
    expect(formatPeriod('2014-03', 'fr')).toBe('mars 2014');
    expect(formatPeriod('2014', 'nl')).toBe('2014');
    expect(formatMonthRange('2027-01', '2027-01', 'en')).toBe('January 2027');
    expect(formatMonthRange('2027-01', '2027-03', 'nl')).toBe('januari 2027 – maart 2027');
  });

  it('keeps partial and empty dates readable', () => {
    expect(formatDay('1980', 'de')).toBe('1980');
    expect(formatDay('1980-05', 'nl')).toBe('1980-05');
    expect(formatDay(null, 'fr')).toBe('—');
    expect(formatDateTime(undefined, 'en')).toBe('—');
    expect(formatDay('not a date', 'en')).toBe('not a date');
  });

  it('reads typed dates day first, or ISO, and refuses dates that do not exist', () => {
    expect(parseDay('4-12-2026')).toBe('2026-12-04');
    expect(parseDay(' 04.12.2026 ')).toBe('2026-12-04');
    expect(parseDay('2026-12-04')).toBe('2026-12-04');
    expect(parseDay('31/02/2027')).toBeNull();
    expect(parseDay('2027-13-01')).toBeNull();
    expect(parseDay('12/2026')).toBeNull();
    expect(parseDay('')).toBeNull();
  });

  it('groups numbers per language', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'nl')).toBe('1.234.567');
    expect(formatNumber(1234567, 'de')).toBe('1.234.567');
    expect(formatNumber(1234567, 'fr').replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatNumber(null, 'en')).toBe('—');
  });

  it('writes English dates day first (EU), other languages as themselves', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('de')).toBe('de');
  });
  it('fixed decimals and sizes in the interface language, not the browser\'s', () => {
    expect(formatFixed(0.8512, 2, 'en')).toBe('0.85');
    expect(formatFixed(0.8512, 2, 'nl')).toBe('0,85');
    expect(formatFixed(0.8512, 2, 'de')).toBe('0,85');
    expect(formatBytes(2_000_000, 'fr')).toBe('1,9 MB');
    expect(formatBytes(2_000_000, 'en')).toBe('1.9 MB');
  });

  it('reads a typed time of day (24 hours)', () => {
    expect(parseTime('9:05')).toBe('09:05');
    expect(parseTime('14.30')).toBe('14:30');
    expect(parseTime('14h30')).toBe('14:30');
    expect(parseTime('1430')).toBe('14:30');
    expect(parseTime('14')).toBe('14:00');
    expect(parseTime('24:00')).toBeNull();
    expect(parseTime('2 pm')).toBeNull();
  });
});
