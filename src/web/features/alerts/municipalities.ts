/** The shipped municipalities (TopoJSON from the server, converted to GeoJSON once per page load). */
import { feature } from 'topojson-client';
import { api } from '../../lib/api.ts';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';

export interface Municipality {
  nis: string;
  name: string;
}
export type MunicipalityFeatures = FeatureCollection<Polygon | MultiPolygon, { nis: string; name_nl: string; name_fr: string }>;

let municipalitiesPromise: Promise<MunicipalityFeatures> | null = null;
/** The shipped municipalities as GeoJSON (fetched once per page load). */
export function loadMunicipalities(): Promise<MunicipalityFeatures> {
  municipalitiesPromise ??= api
    .get<Topology<{ municipalities: GeometryCollection<{ nis: string; name_nl: string; name_fr: string }> }>>('/api/alerts/geo/municipalities')
    .then((topo) => feature(topo, topo.objects.municipalities) as unknown as MunicipalityFeatures)
    .catch((e: unknown) => {
      municipalitiesPromise = null;
      throw e;
    });
  return municipalitiesPromise;
}

/** Municipality names for pickers: "Brussel / Bruxelles" when the two names differ. */
export function municipalityList(fc: MunicipalityFeatures): Municipality[] {
  return fc.features
    .map((f) => ({ nis: f.properties.nis, name: f.properties.name_nl === f.properties.name_fr ? f.properties.name_nl : `${f.properties.name_nl} / ${f.properties.name_fr}` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

