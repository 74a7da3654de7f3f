/**
 * Alert areas: checks of CAP polygons and circles, and simplification of a ring to a vertex budget
 * (Douglas–Peucker, with a tolerance searched until the ring fits and stays simple). A point is
 * [latitude, longitude] in WGS 84, as CAP writes it ("lat,lon").
 */

export type LatLon = [number, number];

export interface Circle {
  lat: number;
  lon: number;
  radiusKm: number;
}

/** Largest circle an alert may use (km): larger areas are drawn as polygons or municipalities. */
export const MAX_RADIUS_KM = 200;

const same = (a: LatLon, b: LatLon) => a[0] === b[0] && a[1] === b[1];
const fmt = (p: LatLon) => `${p[0]},${p[1]}`;

function pointProblem(p: LatLon, i: number): string | null {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return `point ${i + 1} is not a number pair`;
  if (p[0] < -90 || p[0] > 90) return `point ${i + 1} has latitude ${p[0]}, outside −90…90`;
  if (p[1] < -180 || p[1] > 180) return `point ${i + 1} has longitude ${p[1]}, outside −180…180`;
  return null;
}

/** Orientation of the triple (a, b, c): >0 counter-clockwise, <0 clockwise, 0 collinear. */
function orient(a: LatLon, b: LatLon, c: LatLon): number {
  return (b[1] - a[1]) * (c[0] - a[0]) - (b[0] - a[0]) * (c[1] - a[1]);
}

function onSegment(a: LatLon, b: LatLon, c: LatLon): boolean {
  return Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
}

/** Whether segments ab and cd share a point (touching counts). */
export function segmentsCross(a: LatLon, b: LatLon, c: LatLon, d: LatLon): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) return true;
  if (o1 === 0 && onSegment(a, b, c)) return true;
  if (o2 === 0 && onSegment(a, b, d)) return true;
  if (o3 === 0 && onSegment(c, d, a)) return true;
  if (o4 === 0 && onSegment(c, d, b)) return true;
  return false;
}

/**
 * The first pair of edges of a closed ring that cross or touch (other than neighbours at their shared
 * point), as 1-based edge numbers, or null when the ring is simple. O(n²): rings are small.
 */
export function selfIntersection(ring: readonly LatLon[]): { edgeA: number; edgeB: number } | null {
  const n = ring.length - 1; // edges
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const neighbours = j === i + 1 || (i === 0 && j === n - 1);
      const a = ring[i]!;
      const b = ring[i + 1]!;
      const c = ring[j]!;
      const d = ring[j + 1]!;
      if (neighbours) {
        // Neighbours share one point; they must not fold back onto each other (collinear overlap).
        const [shared, x, y] = j === i + 1 ? [b, a, d] : [a, b, c];
        if (orient(x, shared, y) === 0 && (onSegment(x, shared, y) || onSegment(shared, y, x))) return { edgeA: i + 1, edgeB: j + 1 };
        continue;
      }
      if (segmentsCross(a, b, c, d)) return { edgeA: i + 1, edgeB: j + 1 };
    }
  }
  return null;
}

/** Twice the signed area of a ring (degrees², planar): 0 means degenerate. */
function ringArea2(ring: readonly LatLon[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![1] * ring[i + 1]![0] - ring[i + 1]![1] * ring[i]![0];
  return s;
}

/**
 * Why a CAP polygon is refused, or null when it is acceptable: at least four points, closed (the last
 * point repeats the first), coordinates in range, no two edges crossing, not flat.
 */
export function polygonProblem(ring: readonly LatLon[]): string | null {
  if (ring.length < 4) return `a polygon needs at least 4 points (3 corners and the first point again to close it), got ${ring.length}`;
  for (let i = 0; i < ring.length; i++) {
    const pr = pointProblem(ring[i]!, i);
    if (pr) return pr;
  }
  if (!same(ring[0]!, ring[ring.length - 1]!)) return `the polygon is not closed: its last point (${fmt(ring[ring.length - 1]!)}) must repeat its first (${fmt(ring[0]!)})`;
  for (let i = 0; i + 1 < ring.length; i++) if (same(ring[i]!, ring[i + 1]!)) return `points ${i + 1} and ${i + 2} are the same point`;
  const x = selfIntersection(ring);
  if (x) return `the polygon crosses itself: edge ${x.edgeA} (point ${x.edgeA} to ${x.edgeA + 1}) meets edge ${x.edgeB} (point ${x.edgeB} to ${x.edgeB + 1})`;
  if (ringArea2(ring) === 0) return 'the polygon has no area (its points lie on one line)';
  return null;
}

/** Why a circle is refused, or null. */
export function circleProblem(c: Circle): string | null {
  const pr = pointProblem([c.lat, c.lon], 0);
  if (pr) return `the centre ${pr.replace('point 1 ', '')}`;
  if (!Number.isFinite(c.radiusKm) || c.radiusKm <= 0) return 'the radius must be more than 0 km';
  if (c.radiusKm > MAX_RADIUS_KM) return `the radius is ${c.radiusKm} km; at most ${MAX_RADIUS_KM} km`;
  return null;
}

function perpendicular(p: LatLon, a: LatLon, b: LatLon): number {
  const dx = b[1] - a[1];
  const dy = b[0] - a[0];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(p[1] - a[1], p[0] - a[0]);
  const t = Math.max(0, Math.min(1, ((p[1] - a[1]) * dx + (p[0] - a[0]) * dy) / len2));
  return Math.hypot(p[1] - (a[1] + t * dx), p[0] - (a[0] + t * dy));
}

/** Douglas–Peucker on an open polyline: keeps the ends and every point farther than `tolerance`. */
export function douglasPeucker(points: readonly LatLon[], tolerance: number): LatLon[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop()!;
    let best = -1;
    let idx = -1;
    for (let i = s + 1; i < e; i++) {
      const dist = perpendicular(points[i]!, points[s]!, points[e]!);
      if (dist > best) {
        best = dist;
        idx = i;
      }
    }
    if (idx >= 0 && best > tolerance) {
      keep[idx] = 1;
      stack.push([s, idx], [idx, e]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Douglas–Peucker on a closed ring: split at the point farthest from the first, so both halves keep their shape. */
function simplifyRing(ring: readonly LatLon[], tolerance: number): LatLon[] {
  const open = ring.slice(0, -1);
  let far = 0;
  let best = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot(open[i]![0] - open[0]![0], open[i]![1] - open[0]![1]);
    if (d > best) {
      best = d;
      far = i;
    }
  }
  const first = douglasPeucker(open.slice(0, far + 1), tolerance);
  const second = douglasPeucker([...open.slice(far), open[0]!], tolerance);
  return [...first, ...second.slice(1)];
}

/**
 * A closed ring with at most `budget` points (first point repeated at the end counts), simple (no
 * crossing) and closed: the smallest Douglas–Peucker tolerance that fits, found by bisection. A ring
 * already within budget is returned unchanged. Rounds coordinates to 5 decimals (about 1 m).
 */
export function simplifyToBudget(ring: readonly LatLon[], budget: number): LatLon[] {
  const round = (p: LatLon): LatLon => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
  const dedupe = (r: LatLon[]) => r.filter((p, i) => i === 0 || !same(p, r[i - 1]!));
  const input = dedupe(ring.map(round));
  if (!same(input[0]!, input[input.length - 1]!)) input.push(input[0]!);
  if (input.length <= budget) return input;
  let lo = 0;
  let hi = 1;
  const fits = (t: number) => {
    const r = simplifyRing(input, t);
    return r.length <= budget && r.length >= 4 && selfIntersection(r) === null ? r : null;
  };
  while (!fits(hi) && hi < 10) hi *= 2;
  let best = fits(hi);
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    const r = fits(mid);
    if (r) {
      best = r;
      hi = mid;
    } else lo = mid;
  }
  if (best) return best;
  // A ring no tolerance keeps simple within budget: its bounding box (always simple).
  const lats = input.map((p) => p[0]);
  const lons = input.map((p) => p[1]);
  const [s, n, w, e] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  return [[s, w], [s, e], [n, e], [n, w], [s, w]];
}

/** A ring as CAP writes it: "lat,lon lat,lon …". */
export function capPolygon(ring: readonly LatLon[]): string {
  return ring.map(fmt).join(' ');
}

/** A circle as CAP writes it: "lat,lon radius" (km). */
export function capCircle(c: Circle): string {
  return `${c.lat},${c.lon} ${c.radiusKm}`;
}
