import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EdifactError, tokenize } from './edifact.ts';
import { normalizeTraveller } from './quality.ts';
import { docsDate, ediDate, parsePassengerMessage } from './passenger-messages.ts';

const fixture = (f: string) => readFileSync(new URL(`../../../test/fixtures/passenger-messages/${f}`, import.meta.url), 'utf8');
const NOW = new Date('2026-12-04T00:00:00Z');

function refused(text: string): EdifactError {
  try {
    parsePassengerMessage(text, NOW);
  } catch (e) {
    if (e instanceof EdifactError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('EDIFACT tokenizer', () => {
  it('reads the UNA service string advice and the release character', () => {
    const { chars, segments } = tokenize("UNA|*.# ~UNB*UNOA|4*X~NAD*FL***O#*BRIEN|ANN#~~");
    expect(chars).toMatchObject({ component: '|', element: '*', release: '#', terminator: '~' });
    expect(segments[1]!.elements[3]).toEqual(['O*BRIEN', 'ANN~']);
    expect(segments.map((s) => s.n)).toEqual([1, 2]);
  });
  it('uses the default service characters without UNA and numbers segments and lines', () => {
    const { segments } = tokenize("UNB+UNOA:4'\nNAD+FL+++D?'ARCY:ELOISE'\nUNZ+1+1'");
    expect(segments[1]).toMatchObject({ n: 2, line: 2, tag: 'NAD' });
    expect(segments[1]!.elements[3]).toEqual(["D'ARCY", 'ELOISE']);
  });
  it('refuses a bad tag, a cut-off segment and a trailing release character with their segment numbers', () => {
    expect(() => tokenize("UNB+X'\nna d+FL'")).toThrow(/segment 2/);
    expect(() => tokenize("UNB+X'NAD+FL+++SMITH")).toThrow(/segment 2 \(NAD.*without its terminator/);
    expect(() => tokenize("UNB+X'NAD+FL?")).toThrow(/release character at the end/);
  });
});

describe('PAXLST', () => {
  const m = parsePassengerMessage(fixture('paxlst-sample.edi'), NOW);
  it('reads the flight and every passenger with the ICAO 9303 document fields', () => {
    expect(m).toMatchObject({ type: 'paxlst', interchangeRef: '000000001', messages: 1, flight: { number: 'ZZ123', from: 'AMS', to: 'BRU', date: '2026-12-04' } });
    expect(m.records).toHaveLength(2);
    expect(m.records[0]).toMatchObject({ segment: 11, line: 12, traveller: { name: 'MAARTEN JAN VERHOEVEN', familyName: 'VERHOEVEN', birthDate: '1981-05-05', nationality: 'NL', gender: 'M', documentNumber: 'NX4512987', reservation: 'QX7P2L', document: { type: 'P', issuingState: 'NL', expiry: '2031-01-01' } } });
    expect(m.records[1]!.traveller).toMatchObject({ familyName: "D'ARCY", nationality: 'FR', documentNumber: '23FV10522' });
  });
  it('keeps a malformed birth date as written, so the batch path flags it and screens the rest', () => {
    const t = m.records[1]!.traveller!;
    expect(t.birthDate).toBe('19920231');
    const n = normalizeTraveller({ id: t.id, name: t.name, birthDate: t.birthDate!, nationality: t.nationality!, documentNumber: t.documentNumber! });
    expect(n.birthDate).toBeUndefined();
    expect(n.quality).toEqual([expect.objectContaining({ field: 'birthDate', outcome: 'unknown' })]);
  });
  it('refuses a message whose UNT count is wrong, naming the UNT segment and element', () => {
    const e = refused(fixture('paxlst-sample.edi').replace('UNT+27+PAX001', 'UNT+26+PAX001'));
    expect([e.segment, e.tag, e.element]).toEqual([29, 'UNT', 1]);
  });
  it('refuses a message cut off in the middle and one without passengers', () => {
    const text = fixture('paxlst-sample.edi');
    expect(refused(text.slice(0, text.indexOf('NAT+2+FRA') + 5)).message).toMatch(/without its terminator/);
    const none = "UNB+UNOA:4+A+B+261204:1510+9'UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+ZZ1'UNT+4+1'UNZ+1+9'";
    expect(refused(none).message).toMatch(/no passenger/);
    expect(refused(none.replace('PAXLST', 'INVOIC').replace('BGM+745', 'BGM+380'))).toMatchObject({ tag: 'UNH', element: 2 });
  });
  it('gives a passenger without a name an error line of its own; the others go on', () => {
    const text = fixture('paxlst-sample.edi').replace("NAD+FL+++D?'ARCY:ELOISE'", "NAD+FL'");
    const r = parsePassengerMessage(text, NOW).records;
    expect(r).toHaveLength(2);
    expect(r[1]!.error).toMatch(/segment 21/);
    expect(r[0]!.traveller).toBeDefined();
  });
});

describe('PNRGOV', () => {
  const m = parsePassengerMessage(fixture('pnrgov-sample.edi'), NOW);
  it('reads travellers (TIF), their SSR DOCS and the itinerary (TVL)', () => {
    expect(m).toMatchObject({ type: 'pnrgov', flight: { number: 'ZZ4711', from: 'MUC', to: 'BRU', date: '2026-12-04' } });
    expect(m.records).toHaveLength(2);
    expect(m.records[0]!.traveller).toMatchObject({ id: 'K7TR2M-1', name: 'KATARZYNA NOWAK', birthDate: '1988-03-14', gender: 'F', nationality: 'PL', documentNumber: 'EA7734219', reservation: 'K7TR2M', itinerary: ['ZZ4711 MUC-BRU 041226'] });
    expect(m.records[1]!.traveller!.birthDate).toBe('31FEB79');
  });
  it('reads dates as the guides write them', () => {
    expect(ediDate('810505', NOW)).toBe('1981-05-05');
    expect(ediDate('19920231', NOW)).toBe('19920231');
    expect(docsDate('12JUL64', NOW)).toBe('1964-07-12');
  });
});
