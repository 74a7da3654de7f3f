import { describe, expect, it } from 'vitest';
import { toAlpha2 } from './countries.ts';
import { compareBirthDates, compareDate, parseIsoBirthDate, parseListDate } from './dates.ts';
import { compareDocuments, hasValidCheckDigit, icaoCheckDigit, normalizeDocumentNumber } from './documents.ts';
import { parseOfacRemarks } from './parse-ofac.ts';
import { aliasNames } from './parse-un.ts';

describe('nationality', () => {
  it('maps alpha-2, alpha-3 and English names to alpha-2', () => {
    expect(toAlpha2('eg')).toBe('EG');
    expect(toAlpha2('EGY')).toBe('EG');
    expect(toAlpha2('Iran (Islamic Republic of)')).toBe('IR');
    expect(toAlpha2('Korea, North')).toBe('KP');
    expect(toAlpha2("Democratic People's Republic of Korea")).toBe('KP');
    expect(toAlpha2('Congo, Democratic Republic of the')).toBe('CD');
    expect(toAlpha2('Türkiye')).toBe('TR');
    expect(toAlpha2('United Kingdom of Great Britain and Northern Ireland')).toBe('GB');
    expect(toAlpha2('Atlantis')).toBeUndefined();
  });
});

describe('birth dates', () => {
  const d = (s: string) => parseIsoBirthDate(s)!;
  it('parses ISO and list forms', () => {
    expect(parseIsoBirthDate('1966-09-08')).toEqual({ year: 1966, month: 9, day: 8 });
    expect(parseIsoBirthDate('1966-02-30')).toBeUndefined();
    expect(parseIsoBirthDate('66')).toBeUndefined();
    expect(parseListDate('08 Sep 1966')).toEqual({ year: 1966, month: 9, day: 8 });
    expect(parseListDate('circa 1970')).toEqual({ year: 1970, approx: true });
    expect(parseListDate('1967 to 1969')).toEqual({ year: 1967, toYear: 1969 });
  });
  it('compares with tolerance', () => {
    expect(compareDate(d('1966-09-08'), d('1966-09-08'))).toBe('exact');
    expect(compareDate(d('1966-09-09'), d('1966-09-08'))).toBe('one-day-off');
    expect(compareDate(d('1966-10-08'), d('1966-09-08'))).toBe('one-month-off');
    expect(compareDate(d('1967-09-08'), d('1966-09-08'))).toBe('one-year-off');
    expect(compareDate(d('1966-08-09'), d('1966-09-08'))).toBe('swapped');
    expect(compareDate(d('1966'), d('1966-09-08'))).toBe('year-only');
    expect(compareDate(d('1968'), { year: 1967, toYear: 1969 })).toBe('in-range');
    expect(compareDate(d('1990-01-01'), d('1966-09-08'))).toBe('conflict');
    expect(compareBirthDates(d('1990-01-01'), [d('1966-09-08'), d('1990-01-01')]).result).toBe('exact');
    expect(compareBirthDates(undefined, [d('1966-09-08')]).result).toBe('missing');
  });
});

describe('documents', () => {
  it('computes ICAO 9303 check digits (specimen L898902C3 → 6)', () => {
    expect(icaoCheckDigit('L898902C3')).toBe(6);
    expect(hasValidCheckDigit('L898902C36')).toBe(true);
    expect(normalizeDocumentNumber('ob 024-3318')).toBe('OB0243318');
  });
  it('matches re-spaced, check-digit and OCR-confused numbers', () => {
    const docs = [{ number: 'OB 0243318' }];
    expect(compareDocuments('OB0243318', docs).result).toBe('match');
    expect(compareDocuments('0B0243318', docs).result).toBe('match-ocr');
    expect(compareDocuments('L898902C36', [{ number: 'L898902C3' }]).result).toBe('match-check-digit');
    expect(compareDocuments('X1234567', docs).result).toBe('different');
  });
});

describe('OFAC remarks', () => {
  it('parses DOB, POB, nationality, passport, gender and nicknames', () => {
    const r = parseOfacRemarks("DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt); alt. Passport 19820215; nationality Belarus; Gender Male; a.k.a. 'ABU JABAL'.");
    expect(r.birthDates).toEqual([{ year: 1951, month: 6, day: 19 }]);
    expect(r.nationalities).toEqual(['BY']);
    expect(r.documents.map((d) => d.number)).toEqual(['1084010', '19820215']);
    expect(r.documents[0]!.country).toBe('EG');
    expect(r.gender).toBe('male');
    expect(r.nicknames).toEqual(['ABU JABAL']);
  });
});

describe('UN alias fields', () => {
  it('splits several names, keeps a bracketed original-script name and drops remarks', () => {
    expect(aliasNames('Azim Adhajani; Azim Agha-Jani')).toEqual(['Azim Adhajani', 'Azim Agha-Jani']);
    expect(aliasNames('Jin Tiesan (金铁三)')).toEqual(['Jin Tiesan', '金铁三']);
    expect(aliasNames('Encep Nurjaman (birth name)')).toEqual(['Encep Nurjaman']);
    expect(aliasNames('Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)')).toEqual(['Safia Farkash Mohammed Al-Hadad']);
    expect(aliasNames('AHMAD, Abu')).toEqual(['AHMAD, Abu']);
    expect(aliasNames('Mohammad Ishaq Akhund born in 1963')).toEqual(['Mohammad Ishaq Akhund']);
    expect(aliasNames(' ')).toEqual([]);
  });
});
