/**
 * The shipped map of Belgian municipalities (platform/geo/, CC0), the one reference every module uses:
 * read once and indexed by NIS code — names, region, population (evaluation's rates, prevention's
 * forms), outer rings turned into CAP polygons simplified to a vertex budget (alerts). The web app
 * draws the same file (served by the alerts and evaluation routes).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplifyToBudget, type LatLon } from '../../core/alerts/geometry.ts';
import { decodeArcs, outerRings, type Topology } from '../../core/alerts/topo.ts';

export const GEO_FILE = join(import.meta.dirname, 'geo', 'belgium-municipalities-2019.topojson.json');
/** Vertices of one municipality polygon in a published alert (cell-broadcast systems limit them). */
export const MUNICIPALITY_VERTEX_BUDGET = 40;

export interface Municipality {
  nis: string;
  nameNl: string;
  nameFr: string;
  /** Population on 1 January 2020 (the default denominator of rates). */
  population: number;
  /** Region code: 02000 Flanders, 03000 Wallonia, 04000 Brussels-Capital. */
  regionNis: string;
  rings: LatLon[][];
}

interface GeoIndex {
  raw: Buffer;
  etag: string;
  byNis: Map<string, Municipality>;
}

let index: GeoIndex | null = null;

function load(): GeoIndex {
  if (index) return index;
  const raw = readFileSync(GEO_FILE);
  const topo = JSON.parse(raw.toString('utf8')) as Topology;
  const arcs = decodeArcs(topo);
  const byNis = new Map<string, Municipality>();
  for (const g of topo.objects.municipalities?.geometries ?? []) {
    const pr = g.properties ?? {};
    const nis = String(pr.nis ?? '');
    if (!nis) continue;
    byNis.set(nis, { nis, nameNl: String(pr.name_nl ?? ''), nameFr: String(pr.name_fr ?? ''), population: Number(pr.population ?? 0), regionNis: String(pr.reg_nis ?? ''), rings: outerRings(arcs, g) });
  }
  index = { raw, etag: `"${createHash('sha256').update(raw).digest('hex').slice(0, 32)}"`, byNis };
  return index;
}

/** The map file as shipped, with its ETag. */
export function geoFile(): { raw: Buffer; etag: string } {
  const i = load();
  return { raw: i.raw, etag: i.etag };
}

export function municipality(nis: string): Municipality | undefined {
  return load().byNis.get(nis);
}

export const knownMunicipality = (nis: string): boolean => load().byNis.has(nis);

/** Every municipality, in NIS order. */
export const allMunicipalities = (): Municipality[] => [...load().byNis.values()].sort((a, b) => a.nis.localeCompare(b.nis));

/** The name to show: French in Wallonia, Dutch elsewhere, both in Brussels when they differ; undefined for an unknown code. */
export function municipalityName(nis: string): string | undefined {
  const m = municipality(nis);
  if (!m) return undefined;
  if (m.regionNis === '03000') return m.nameFr;
  if (m.regionNis === '04000' && m.nameFr !== m.nameNl) return `${m.nameNl} / ${m.nameFr}`;
  return m.nameNl;
}

/** A municipality's CAP polygons: each part's outer ring, simplified to the vertex budget. */
export function municipalityPolygons(nis: string, budget = MUNICIPALITY_VERTEX_BUDGET): LatLon[][] {
  const m = municipality(nis);
  if (!m) return [];
  return m.rings.filter((r) => r.length >= 4).map((r) => simplifyToBudget(r, budget));
}
