import { describe, expect, it } from 'vitest';
import { normalizeTraveller, readBirthDate, readDocument, readGender, readNationality } from './quality.ts';

const NOW = new Date('2026-12-04T12:00:00Z');
const bd = (s: string) => readBirthDate(s, NOW);

describe('data quality: birth dates', () => {
  it('keeps a clean ISO date without a flag', () => {
    expect(bd('1969-07-16')).toEqual({ value: '1969-07-16' });
    expect(bd('1969')).toEqual({ value: '1969' });
  });
  it('reads unpadded dates leniently and flags them', () => {
    expect(bd('1969-7-16')).toMatchObject({ value: '1969-07-16', flag: { outcome: 'read' } });
    expect(bd('16.7.1969')).toMatchObject({ value: '1969-07-16', flag: { outcome: 'read' } });
    expect(bd('19690716')).toMatchObject({ value: '1969-07-16' });
  });
  it('treats impossible dates as unknown', () => {
    expect(bd('1969-07-32')).toEqual({ flag: { outcome: 'unknown', issue: 'impossible date' } });
    expect(bd('1969-13-32').value).toBeUndefined();
    expect(bd('31.02.1970').value).toBeUndefined();
    expect(bd('not a date').value).toBeUndefined();
  });
  it('swaps day and month only when one reading is possible', () => {
    expect(bd('7/16/1969')).toMatchObject({ value: '1969-07-16', flag: { issue: 'day and month swapped' } });
    expect(bd('07-16-1969')).toMatchObject({ value: '1969-07-16', flag: { issue: 'day and month swapped' } });
    // ambiguous (both readings possible): read day first, as written in Europe
    expect(bd('05/07/1969').value).toBe('1969-07-05');
    // year first with month 13: impossible, not swapped
    expect(bd('1969-13-07')).toEqual({ flag: { outcome: 'unknown', issue: 'impossible date' } });
  });
  it('reads two-digit years (19YY unless not after this year)', () => {
    expect(bd('16.07.69')).toMatchObject({ value: '1969-07-16', flag: { issue: 'two-digit year' } });
    expect(bd('690716')).toMatchObject({ value: '1969-07-16' });
    expect(bd('16 JUL 69')).toMatchObject({ value: '1969-07-16' });
    expect(bd('01.02.05').value).toBe('2005-02-01');
  });
  it('reads placeholder dates as what they say and no more', () => {
    expect(bd('00.00.1980')).toMatchObject({ value: '1980', flag: { outcome: 'read', issue: 'placeholder day and month' } });
    expect(bd('1980-07-00')).toMatchObject({ value: '1980-07' });
    expect(bd('1900-01-01').value).toBeUndefined();
    expect(bd('0000-00-00').value).toBeUndefined();
    expect(bd('2031-01-01').value).toBeUndefined();
  });
});

describe('data quality: nationality, document, gender, name', () => {
  it('maps country names in en/nl/fr/de to codes', () => {
    expect(readNationality('BE')).toEqual({ value: 'BE' });
    expect(readNationality('Belgium').value).toBe('BE');
    expect(readNationality('België').value).toBe('BE');
    expect(readNationality('Belgique').value).toBe('BE');
    expect(readNationality('Marokko').value).toBe('MA');
    expect(readNationality('Allemagne').value).toBe('DE');
    expect(readNationality('Deutschland').value).toBe('DE');
    expect(readNationality('MAR').value).toBe('MA');
    expect(readNationality('Atlantis')).toEqual({ flag: { outcome: 'unknown', issue: 'unknown country' } });
  });
  it('reads documents leniently and drops placeholders', () => {
    expect(readDocument('P1234567')).toEqual({ value: 'P1234567' });
    expect(readDocument('p 123-4567').value).toBe('P1234567');
    expect(readDocument('000000').value).toBeUndefined();
    expect(readDocument('#?!').flag?.outcome).toBe('unknown');
    expect(readDocument('UNKNOWN').value).toBeUndefined();
  });
  it('reads gender words and leaves unknown ones out', () => {
    expect(readGender('M')).toEqual({ value: 'male' });
    expect(readGender('vrouw').value).toBe('female');
    expect(readGender('X')).toEqual({});
    expect(readGender('??')).toEqual({ flag: { outcome: 'unknown', issue: 'unknown gender' } });
  });
  it('keeps the traveller and flags each field, a surname-only record included', () => {
    const t = normalizeTraveller({ id: '1', name: 'Maelbrancke', birthDate: '1969-13-32', nationality: 'Marokko', documentNumber: '???', gender: 'q' }, NOW);
    expect(t).toMatchObject({ id: '1', name: 'Maelbrancke', nationality: 'MA' });
    expect(t.birthDate).toBeUndefined();
    expect(t.documentNumber).toBeUndefined();
    expect(t.quality?.map((f) => `${f.field}:${f.outcome}`).sort()).toEqual(['birthDate:unknown', 'documentNumber:unknown', 'gender:unknown', 'name:read', 'nationality:read']);
  });
  it('adds no flags to a clean traveller', () => {
    expect(normalizeTraveller({ id: '1', name: 'Anna Maelbrancke', birthDate: '1969-07-16', nationality: 'BE', documentNumber: 'P1234567', gender: 'F' }, NOW).quality).toBeUndefined();
  });
});
