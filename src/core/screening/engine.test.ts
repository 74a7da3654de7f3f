import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { faker } from '@faker-js/faker';
import { comparePair, DEFAULT_THRESHOLD, InvalidTravellerError, parseCsvList, parseJsonlList, parseOfacCsv, parseUnXml, ScreeningIndex } from './engine.ts';
import type { WatchlistEntry } from './types.ts';
import { HAVE_FULL_REFERENCE, REFERENCE } from '../../../test/helpers/reference-data.ts';

// The UN list: the whole list with ../shared/data, else the subset shipped in test/fixtures.
const W = REFERENCE + 'watchlists/';
let index: ScreeningIndex;
let un: WatchlistEntry[];

beforeAll(async () => {
  un = (await parseUnXml(readFileSync(W + 'un-sc-consolidated/UN_consolidated.xml', 'utf8'))).entries;
  const ofac = HAVE_FULL_REFERENCE ? await parseOfacCsv(readFileSync(W + 'ofac-sdn-2021/sdn.csv', 'utf8'), readFileSync(W + 'ofac-sdn-2021/alt.csv', 'utf8')) : { issues: [], entries: [] };
  expect(ofac.issues).toEqual([]);
  index = new ScreeningIndex([...un, ...ofac.entries]);
});

const top = (name: string, extra: Record<string, string> = {}) => index.screen({ id: 't', name, ...extra })[0];

describe('list parsing', () => {
  it('reads UN individuals with aliases, original script, dates and nationality', () => {
    const e = un.find((x) => x.id === 'un:QDi.017')!;
    expect(e.names).toContain('THARWAT SALAH SHIHATA');
    expect(e.names).toContain('ثروت صالح شحاته');
    expect(e.birthDates).toEqual([{ year: 1960, month: 6, day: 29 }]);
    expect(e.nationalities).toEqual(['EG']);
    expect(un.length).toBe(HAVE_FULL_REFERENCE ? 730 : 77);
  });
  it('reports a malformed UN element with its line number', async () => {
    const xml = '<?xml version="1.0"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL>\n<REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER>\n<FIRST_NAME>A<B</FIRST_NAME>\n</INDIVIDUAL>\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n';
    const r = await parseUnXml(xml);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.line).toBe(6);
  });
  it('reads every element of a list exported on one line', async () => {
    const el = (ref: string, name: string) => `<INDIVIDUAL><REFERENCE_NUMBER>${ref}</REFERENCE_NUMBER><FIRST_NAME>${name}</FIRST_NAME></INDIVIDUAL>`;
    const names = [faker.person.firstName(), faker.person.firstName(), faker.person.firstName()];
    const xml = `<?xml version="1.0"?><CONSOLIDATED_LIST><INDIVIDUALS>${names.map((n, i) => el(`QDi.90${i}`, n)).join('')}</INDIVIDUALS></CONSOLIDATED_LIST>`;
    const r = await parseUnXml(xml);
    expect(r.issues).toEqual([]);
    expect(r.entries.map((e) => e.id)).toEqual(['un:QDi.900', 'un:QDi.901', 'un:QDi.902']);
    // An element left open before the next one is reported, and the next one still read.
    const broken = await parseUnXml(`<CONSOLIDATED_LIST><INDIVIDUAL><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER>${el('QDi.2', names[0]!)}</CONSOLIDATED_LIST>`);
    expect(broken.issues).toHaveLength(1);
    expect(broken.entries.map((e) => e.id)).toEqual(['un:QDi.2']);
  });
  it('reports a malformed OFAC line', async () => {
    const r = await parseOfacCsv('1,"A, B","individual","X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1960."\n2,"broken\n');
    expect(r.entries).toHaveLength(1);
    expect(r.issues[0]!.line).toBe(2);
  });
  it('reads custom JSON Lines and CSV lists', async () => {
    const name = faker.person.fullName();
    const j = await parseJsonlList(`{"id":"x1","names":["${name}"],"birthDates":["1980-02-03"],"nationalities":["deu"],"documents":["C01X00T47"],"gender":"F"}\n{bad`);
    expect(j.entries[0]).toMatchObject({ id: 'x1', nationalities: ['DE'], gender: 'female' });
    expect(j.issues[0]!.line).toBe(2);
    const c = await parseCsvList(`id,name,aliases,birthDate,nationality\nc1,"${name}",Alias One;Alias Two,1980,France\n`);
    expect(c.entries[0]!.names).toHaveLength(3);
  });
});

describe.skipIf(!HAVE_FULL_REFERENCE)('screening real listed names behind changes (full UN and OFAC lists)', () => {
  it('finds a person behind transliteration, order, script and a shifted date', () => {
    expect(top('Tharwat Shihata', { birthDate: '1960-06-29', nationality: 'EGY' })).toMatchObject({ entryId: expect.stringMatching(/QDi.017|ofac:/) });
    expect(top('SHIHATA, Thirwat Salah')!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(top('ثروت صالح شحاته')!.entryId).toBe('un:QDi.017');
    const hit = top('Aiman Zawahri', { birthDate: '1951-06-20' })!;
    expect(hit.explanation.birthDate.result).toBe('one-day-off');
    expect(hit.explanation.name.tokens.some((t) => t.how === 'phonetic')).toBe(true);
    expect(top('Usama Binladin')!.explanation.name.tokens.some((t) => t.how === 'compound')).toBe(true);
  });
  it('stays quiet for synthetic travellers and for a listed name with a far birth date', () => {
    faker.seed(42);
    let alerts = 0;
    for (let i = 0; i < 300; i++) {
      const hits = index.screen({ id: String(i), name: faker.person.fullName(), birthDate: faker.date.birthdate().toISOString().slice(0, 10) });
      if (hits.length) alerts++;
    }
    expect(alerts).toBeLessThanOrEqual(2);
    const far = index.screen({ id: 'f', name: 'Tharwat Salah Shihata', birthDate: '1990-01-01' });
    expect(far.find((h) => h.entryId === 'un:QDi.017')).toBeUndefined();
  });
  it('skips comparing names only where the other evidence keeps even a full name match below the threshold', () => {
    faker.seed(7);
    const travellers = [
      { id: 'a', name: 'Tharwat Salah Shihata', birthDate: '1990-01-01' },
      { id: 'b', name: 'Tharwat Salah Shihata', birthDate: '1960-06-29', nationality: 'EG' },
      { id: 'c', name: 'Ayman al-Zawahiri', birthDate: '1955', gender: 'male' },
      { id: 'd', name: 'Ayman al-Zawahiri', birthDate: '1951-06-19', gender: 'female' },
      ...Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, name: faker.person.fullName(), birthDate: faker.date.birthdate().toISOString().slice(0, 10) })),
    ];
    for (const t of travellers) {
      const all = index.screen(t, { threshold: 0, limit: 10_000 }).filter((h) => h.score >= 0.8).slice(0, 10);
      expect(index.screen(t)).toEqual(all);
    }
  });
  it('supports incremental add and remove', () => {
    const name = `${faker.person.firstName()} ${faker.person.lastName()}`;
    index.add({ id: 'custom:1', names: [name], birthDates: [], nationalities: [], documents: [] });
    expect(index.screen({ id: 'q', name })[0]!.entryId).toBe('custom:1');
    expect(index.remove('custom:1')).toBe(true);
    expect(index.screen({ id: 'q', name }).find((h) => h.entryId === 'custom:1')).toBeUndefined();
  });
  it('finds names whose parts the list writes together or without their Abd (candidates for those forms)', () => {
    // listed as WALIJAN only (UN TAi.095 also has the script form); the traveller's name is two words
    index.add({ id: 'custom:2', names: ['WALIJAN'], birthDates: [{ year: 1968 }], nationalities: ['AF'], documents: [] });
    const wali = index.screen({ id: 'w', name: 'ولی جان', birthDate: '1968', nationality: 'AF' }, { threshold: 0.5 });
    index.remove('custom:2');
    expect(wali.map((h) => h.entryId)).toContain('custom:2');
    // OFAC lists Abdul Rauf AZHAR: "Abdul" alone is its short form and finds nothing by itself
    const azhar = index.screen({ id: 'z', name: 'Abdul AZHAR', birthDate: '1974' }, { threshold: 0.5 });
    expect(azhar[0]?.explanation.name.tokens.some((t) => t.how === 'short')).toBe(true);
  });
  it('rejects malformed travellers', () => {
    expect(() => index.screen({ id: 'b', name: 'X Y', birthDate: '1990-13-01' })).toThrow(InvalidTravellerError);
  });
});

describe('pairs', () => {
  it('scores pairs symmetrically enough and explains', () => {
    const a = { id: 'a', name: 'Mohamed Ali Hassan', birthDate: '1970-05-01' };
    const b = { id: 'b', name: 'HASSAN, Muhammad Ali', birthDate: '1970-01-05' };
    const h = comparePair(a, b);
    expect(h.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(h.explanation.birthDate.result).toBe('swapped');
    const n = comparePair({ id: 'a', name: faker.person.fullName() }, { id: 'b', name: 'Tharwat Salah Shihata' });
    expect(n.score).toBeLessThan(DEFAULT_THRESHOLD);
  });
});
