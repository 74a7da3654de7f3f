/** Reading indicator values from CSV: records with the line they start on, problems by line and column. */
import { describe, expect, it } from 'vitest';
import { csvRecords, MAX_IMPORT_ROWS, readValuesCsv, type ImportIndicator } from './import.ts';

const quarterly: ImportIndicator = { periodicity: 'quarter', factor: 100000, countsCases: true, hasDenominator: true };
const population = (nis: string) => ({ '23088': 45495, '12025': 86921 })[nis];

describe('csvRecords', () => {
  it('names the line each record starts on: BOM, CRLF, blank lines and a quoted field over two lines', () => {
    const text = '\uFEFFnis,period,note\r\n\r\n23088,2014-Q2,"two\r\nlines, quoted"\r\n   \r\n12025 , 2014-Q3 ,"say ""hi"""\r\n';
    expect(csvRecords(text)).toEqual([
      { line: 1, fields: ['nis', 'period', 'note'] },
      { line: 3, fields: ['23088', '2014-Q2', 'two\r\nlines, quoted'] },
      { line: 6, fields: ['12025', '2014-Q3', 'say "hi"'] },
    ]);
  });

  it('keeps records of any length and a quote inside an unquoted field as text', () => {
    expect(csvRecords('a,b,c\n1\n2,x"y,3,4')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1'] },
      { line: 3, fields: ['2', 'x"y', '3', '4'] },
    ]);
  });

  it('names a record it cannot read by the line it starts on', () => {
    expect(csvRecords('a,b\n1,2\n\n3,"not closed\n4,5\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, error: 'a quoted field is not closed' },
    ]);
    expect(csvRecords('a,b\n1,"x\ny"\n2,"ab"c\n3,4\n').at(-1)).toEqual({ line: 4, error: 'a quoted field has text after its closing quote' });
  });
});

describe('readValuesCsv', () => {
  it('reads a file with a BOM and Windows line ends', () => {
    const r = readValuesCsv('\uFEFFnis,period,numerator\r\n23088,2014-Q2,3\r\n12025,2014-Q2,0\r\n', quarterly, population);
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.line, x.nisCode, x.period, x.denominator, x.populationUsed])).toEqual([
      [2, '23088', '2014-Q2', 45495, true],
      [3, '12025', '2014-Q2', 86921, true],
    ]);
  });

  it('names a malformed record by its line, beside the other problems', () => {
    const r = readValuesCsv('nis_code,period,numerator,note\n23088,2014-13,3,\n12025,2014-Q2,1,"a note\nover two lines\n', quarterly, population);
    expect(r.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:period', '3:line']);
    expect(r.problems[1]!.message).toMatch(/not closed/);
  });

  it(`refuses more than ${MAX_IMPORT_ROWS} rows, naming the first line too many`, () => {
    const lines = ['nis_code,period,numerator', ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => '23088,2014-Q2,1')];
    const r = readValuesCsv(lines.join('\n'), quarterly, population);
    expect(r.rows).toEqual([]);
    expect(r.problems).toEqual([{ line: MAX_IMPORT_ROWS + 2, column: 'file', message: `At most ${MAX_IMPORT_ROWS} rows per file; split the file.` }]);
  });
});
