/**
 * Reads municipality polygons out of a TopoJSON topology (the format of the shipped map): decodes the
 * quantised, delta-encoded arcs and stitches each ring. Pure; the server reads the file once.
 */
import type { LatLon } from './geometry.ts';

export interface Topology {
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: Array<Array<[number, number]>>;
  objects: Record<string, { geometries: TopoGeometry[] }>;
}

export interface TopoGeometry {
  type: string;
  arcs?: number[][] | number[][][];
  properties?: Record<string, unknown>;
}

/** Decodes every arc to absolute [lon, lat] positions. */
export function decodeArcs(t: Topology): Array<Array<[number, number]>> {
  const tr = t.transform;
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!tr) return [dx, dy] as [number, number];
      x += dx;
      y += dy;
      return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]] as [number, number];
    });
  });
}

/** A ring from arc indexes (a negative index ~i is arc i reversed), as closed [lat, lon] points. */
export function stitchRing(arcs: Array<Array<[number, number]>>, indexes: readonly number[]): LatLon[] {
  const out: LatLon[] = [];
  for (const idx of indexes) {
    const arc = idx >= 0 ? arcs[idx]! : [...arcs[~idx]!].reverse();
    arc.forEach((p, k) => {
      if (k === 0 && out.length > 0) return; // shared with the previous arc's last point
      out.push([p[1], p[0]]);
    });
  }
  return out;
}

/** The outer rings of a (Multi)Polygon geometry, one per part; holes are left out (CAP polygons have none). */
export function outerRings(arcs: Array<Array<[number, number]>>, g: TopoGeometry): LatLon[][] {
  if (g.type === 'Polygon') return [stitchRing(arcs, (g.arcs as number[][])[0]!)];
  if (g.type === 'MultiPolygon') return (g.arcs as number[][][]).map((poly) => stitchRing(arcs, poly[0]!));
  return [];
}
