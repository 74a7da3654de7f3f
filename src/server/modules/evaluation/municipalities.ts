/** The shipped list of Belgian municipalities (geo/municipalities.json, CC0): NIS code, names, population. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MunicipalityRef {
  nis: string;
  nameNl: string;
  nameFr: string;
  population: number;
  regionNis: string;
}

let cache: Map<string, MunicipalityRef> | null = null;

function load(): Map<string, MunicipalityRef> {
  if (cache) return cache;
  const raw = JSON.parse(readFileSync(join(import.meta.dirname, 'geo', 'municipalities.json'), 'utf8')) as { rows: Array<[string, string, string, number, string]> };
  cache = new Map(raw.rows.map(([nis, nameNl, nameFr, population, regionNis]) => [nis, { nis, nameNl, nameFr, population, regionNis }]));
  return cache;
}

export const allMunicipalities = (): MunicipalityRef[] => [...load().values()];
export const municipalityRef = (nis: string): MunicipalityRef | undefined => load().get(nis);
/** The name to show: French in Wallonia, Dutch elsewhere, both in Brussels when they differ. */
export function municipalityName(nis: string): string {
  const m = load().get(nis);
  if (!m) return nis;
  if (m.regionNis === '03000') return m.nameFr;
  if (m.regionNis === '04000' && m.nameFr !== m.nameNl) return `${m.nameNl} / ${m.nameFr}`;
  return m.nameNl;
}
