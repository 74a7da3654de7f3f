/**
 * The demo dataset of the evaluation module: an analyst of the municipal prevention service, three
 * indicator definitions, theories of change for three programme types, and a synthetic half-yearly series
 * of departures per 100,000 inhabitants for Vilvoorde and comparison municipalities, derived from the
 * published figures shipped in demo/evaluation/ (see its SOURCES.md: indicative; the series are
 * illustrations, not measurements). It draws from its own seeded faker; every person is synthetic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Faker, base as fakerBase, en } from '@faker-js/faker';
import { csvRecords } from '../../core/evaluation/import.ts';
import { parsePeriod } from '../../core/evaluation/periods.ts';
import * as repo from '../modules/evaluation/evaluation.repository.ts';
import { municipality as municipalityRef } from '../platform/geo.ts';
import { insertDemoUser, type PillarDemo } from './demo-users.ts';

const SOURCES = join(import.meta.dirname, 'evaluation');
export const DEMO_TREATED = '23088'; // Vilvoorde
/** Belgium's population (1 January 2020), the national denominator of the demo's trend. */
const BELGIUM = 11_492_641;

/** Relative per-capita propensity against the national rate (illustrative). */
const PROPENSITY: Record<string, number> = {
  '21012': 14, // Sint-Jans-Molenbeek
  '72021': 12, // Maaseik
  '11007': 10, // Borsbeek
  '63079': 9, // Verviers
  '21001': 7, // Anderlecht
  '11002': 6, // Antwerpen
  '21015': 6, // Schaerbeek
  '23025': 5, // Grimbergen
  '21004': 5, // Brussel
  '62063': 3, // Liège
  '12025': 0.2, // Mechelen (often cited as a low-departure city)
};
const OTHERS = ['44021', '24062', '71016', '52011', '92094', '13040', '35013', '31005', '46021', '11008', '23062', '37015', '57081'];

/** Reads a published figure from a shipped CSV (municipality file: by place and metric; national: by metric). */
function figure(file: string, match: (row: Record<string, string>) => boolean): number {
  const recs = csvRecords(readFileSync(join(SOURCES, file), 'utf8'));
  const head = recs[0] as { fields: string[] };
  for (const r of recs.slice(1)) {
    if (!('fields' in r)) continue;
    const row = Object.fromEntries(head.fields.map((h, k) => [h, r.fields[k] ?? '']));
    if (match(row)) return Number(String(row.value).replace(/[^\d.]/g, ''));
  }
  throw new Error(`demo: no figure in ${file}`);
}

function poisson(f: Faker, mean: number): number {
  const l = Math.exp(-mean);
  let k = 0;
  let prod = f.number.float({ min: 0, max: 1 });
  while (prod > l && k < 1000) {
    k++;
    prod *= f.number.float({ min: 0, max: 1 });
  }
  return k;
}

export const evaluationDemo: PillarDemo = {
  accounts: [{ username: 'evaluation.analyst', description: 'evaluation analyst, Municipal Prevention Service (indicators, values, evaluations)' }],
  async load(tx, base, events) {
    const f = new Faker({ locale: [en, fakerBase] });
    f.seed(20140501);
    const analyst = f.string.uuid();
    await insertDemoUser(tx, { id: analyst, username: 'evaluation.analyst', displayName: 'Evaluation analyst', orgId: base.org.prevention!, clearance: 'restricted', roles: { prevention: ['read', 'write', 'admin'] } }, base.passwordHash, events);
    base.users['evaluation.analyst'] = analyst;

    const peak = figure('belgium-ftf-national-timeseries.csv', (r) => r.metric === 'departures_per_month_peak');
    const later = figure('belgium-ftf-national-timeseries.csv', (r) => r.metric === 'departures_per_month_avg');
    const vilvoorde = figure('belgium-ftf-municipal-indicators.csv', (r) => r.municipality_or_region === 'Vilvoorde' && r.metric === 'departures_total_2012_2014');

    const source = 'Illustrative series derived from published figures (national trend: R. Coolsaet as cited; Vilvoorde: Strong Cities Network profile, self-reported). Not measurements.';
    const defs = [
      { code: 'ftf-departures', name: 'Departures to Syria and Iraq per 100,000 inhabitants', description: 'People who left for the conflict zone in the period, counted where they lived.', numerator: 'departures confirmed in the period', denominator: 'inhabitants (1 January 2020)', factor: 100_000, unit: 'per 100,000', periodicity: 'half', counts_cases: true, direction: 'lower', source, source_url: null, reliability: 'indicative', disaggregation: ['sex', 'age group'] },
      { code: 'livc-cases', name: 'Cases discussed in the LIVC-R per 100,000 inhabitants', description: 'New cases brought to the local integrated security cell.', numerator: 'new cases in the period', denominator: 'inhabitants (1 January 2020)', factor: 100_000, unit: 'per 100,000', periodicity: 'half', counts_cases: true, direction: 'none', source: 'Entered by each municipality from its cell minutes (aggregates only).', source_url: null, reliability: 'self-reported', disaggregation: ['referring service'] },
      { code: 'parents-trained', name: 'Parents trained per 1,000 households', description: 'Mothers and fathers who completed a Mother or Father School course.', numerator: 'parents completing the course', denominator: 'households', factor: 1_000, unit: 'per 1,000 households', periodicity: 'year', counts_cases: true, direction: 'higher', source: 'Programme attendance registers (aggregates).', source_url: null, reliability: 'self-reported', disaggregation: ['sex'] },
    ];
    const ids: Record<string, string> = {};
    for (const d of defs) {
      ids[d.code] = f.string.uuid();
      await repo.insertIndicator(tx, ids[d.code]!, d, analyst);
      events.push({ action: 'evaluation.indicator-create', recordType: 'evaluation_indicator', recordId: ids[d.code]!, details: { code: d.code, version: 1 } });
    }
    const now = new Date();
    await repo.upsertTheory(tx, { programmeType: 'strong-cities', activities: ['City-to-city workshops and mentoring', 'Local prevention plan with youth, families and police'], outputs: ['Plan adopted by the council', 'Front-line workers trained'], outcomes: ['Earlier referrals to the LIVC-R', 'Fewer departures'], indicatorIds: [ids['ftf-departures']!, ids['livc-cases']!] }, analyst, now);
    await repo.upsertTheory(tx, { programmeType: 'mother-schools', activities: ['Ten weekly sessions for mothers with trained facilitators'], outputs: ['Mothers completing the course'], outcomes: ['Parents recognise early warning signs', 'Families seek help earlier'], indicatorIds: [ids['parents-trained']!, ids['livc-cases']!] }, analyst, now);
    // The deradicalisation type's theory: the demo programme of that kind (Turning Point counselling) is offered it as a proposal.
    await repo.upsertTheory(tx, { programmeType: 'deradicalisation', activities: ['One-to-one counselling with a trained mentor', 'Sessions with the family'], outputs: ['Counselling plan agreed with the person', 'Family involved in the plan'], outcomes: ['Distance from extremist networks', 'Cases closed at the LIVC-R after monitoring'], indicatorIds: [ids['livc-cases']!] }, analyst, now);
    for (const [t, n] of [['strong-cities', 2], ['mother-schools', 2], ['deradicalisation', 1]] as const) events.push({ action: 'evaluation.theory-set', recordType: 'evaluation_theory', recordId: t, details: { programmeType: t, indicators: n } });

    // National departures per month by half-year, shaped by the published peak and later average.
    const perMonth: Array<[string, number]> = [['2011-H1', later / 10], ['2011-H2', later / 5], ['2012-H1', peak / 2], ['2012-H2', peak], ['2013-H1', peak], ['2013-H2', peak * 0.9], ['2014-H1', peak * 0.7], ['2014-H2', later * 1.4], ['2015-H1', later], ['2015-H2', later], ['2016-H1', later / 2.5], ['2016-H2', later / 5]];
    // Vilvoorde's published total over 2012–2014 before its plan, none after (self-reported).
    const share = [0, 0, 4, 7, 8, 7, 2];
    const own = share.map((s) => Math.round((s / 28) * vilvoorde));
    own[3]! += vilvoorde - own.reduce((a, b) => a + b, 0);
    const rows: repo.ValueInput[] = [];
    const units = [DEMO_TREATED, ...Object.keys(PROPENSITY), ...OTHERS];
    for (const nis of units) {
      const m = municipalityRef(nis);
      if (!m) continue;
      const propensity = nis === DEMO_TREATED ? 0 : (PROPENSITY[nis] ?? f.number.float({ min: 0.2, max: 4 }));
      perMonth.forEach(([label, monthly], t) => {
        const period = parsePeriod(label)!;
        const count = nis === DEMO_TREATED ? (own[t] ?? 0) : poisson(f, ((monthly * 6 * m.population) / BELGIUM) * propensity);
        rows.push({ id: f.string.uuid(), indicatorId: ids['ftf-departures']!, nisCode: nis, period: period.label, periodStart: period.start, numerator: count, denominator: m.population, value: (count / m.population) * 100_000, note: '', importId: null });
      });
    }
    await repo.upsertValues(tx, rows, analyst, now);
    events.push({ action: 'evaluation.import', recordType: 'evaluation_indicator', recordId: ids['ftf-departures']!, details: { indicatorId: ids['ftf-departures']!, fileName: 'demo (synthetic series)', rows: rows.length, created: rows.length, replaced: 0 } });
    base.shared.evaluationIndicatorId = ids['ftf-departures']!;
  },
};
