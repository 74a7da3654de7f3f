/// <reference types="vite/client" />
/**
 * A map of Belgium's municipalities drawn from the file shipped with Vigil (no tile server): MapLibre GL
 * with a plain background, the municipalities as a GeoJSON source, and on top the shapes of an area
 * (polygons, circles, chosen municipalities) and optional markers. In a drawing mode a click adds a
 * polygon corner, sets a circle, or toggles a municipality; in 'point' mode a click picks a place
 * (`onPick`). Reusable: the crisis screens show an incident's place and units with `markers` (coloured,
 * optionally labelled) and its cordons with `overlays` (shapes each in its own colour).
 */
import { Map as MlMap, Marker, NavigationControl, setWorkerUrl, type GeoJSONSource, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection, Feature } from 'geojson';
import { loadMunicipalities } from './municipalities.ts';

setWorkerUrl(workerUrl);

export type LatLon = [number, number];
export interface MapArea {
  /** Rings of [lat, lon] points, as the API answers them (arrays of two numbers). */
  polygons: number[][][];
  circles: Array<{ lat: number; lon: number; radiusKm: number }>;
  municipalities: string[];
}
export type DrawMode = 'view' | 'polygon' | 'circle' | 'municipalities' | 'point';
/** A shape drawn in its own colour on top of the area (a cordon): a ring of [lat, lon] or a circle. */
export interface MapOverlay {
  polygon?: number[][] | null;
  circle?: { lat: number; lon: number; radiusKm: number } | null;
  color: string;
}
/** A circle as a ring of 64 points (for drawing only; CAP keeps the circle itself). */
function circleRing(c: { lat: number; lon: number; radiusKm: number }): number[][] {
  const out: number[][] = [];
  const dLat = c.radiusKm / 111.32;
  const dLon = c.radiusKm / (111.32 * Math.cos((c.lat * Math.PI) / 180));
  for (let i = 0; i <= 64; i++) {
    const a = (i / 64) * 2 * Math.PI;
    out.push([c.lon + dLon * Math.cos(a), c.lat + dLat * Math.sin(a)]);
  }
  return out;
}

/** Distance in km between two points (haversine). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(r(b[0] - a[0]) / 2) ** 2 + Math.cos(r(a[0])) * Math.cos(r(b[0])) * Math.sin(r(b[1] - a[1]) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

function shapes(area: MapArea, pending: LatLon[], overlays: MapOverlay[] = []): FeatureCollection {
  const features: Feature[] = [
    ...overlays.flatMap((o) => {
      const ring = o.polygon ? o.polygon.map(([la = 0, lo = 0]) => [lo, la]) : o.circle ? circleRing(o.circle) : null;
      return ring ? [{ type: 'Feature' as const, properties: { kind: 'overlay', color: o.color }, geometry: { type: 'Polygon' as const, coordinates: [ring] } }] : [];
    }),
    ...area.polygons.map((p) => ({ type: 'Feature' as const, properties: { kind: 'area' }, geometry: { type: 'Polygon' as const, coordinates: [p.map(([la = 0, lo = 0]) => [lo, la])] } })),
    ...area.circles.map((c) => ({ type: 'Feature' as const, properties: { kind: 'area' }, geometry: { type: 'Polygon' as const, coordinates: [circleRing(c)] } })),
  ];
  if (pending.length > 0) {
    features.push({ type: 'Feature', properties: { kind: 'pending' }, geometry: { type: 'LineString', coordinates: pending.map(([la, lo]) => [lo, la]) } });
    features.push(...pending.map(([la, lo]) => ({ type: 'Feature' as const, properties: { kind: 'pending' }, geometry: { type: 'Point' as const, coordinates: [lo, la] } })));
  }
  return { type: 'FeatureCollection', features };
}

export interface AreaMapProps {
  area: MapArea;
  mode?: DrawMode;
  /** Points of a polygon being drawn (owned by the caller, so its buttons can close or undo it). */
  pending?: LatLon[];
  onPendingChange?: (points: LatLon[]) => void;
  onChange?: (area: MapArea) => void;
  markers?: Array<{ lat: number; lon: number; label: string; color?: string }>;
  /** Writes each marker's label beside it (DOM labels: the map has no font server). */
  markerLabels?: boolean;
  overlays?: MapOverlay[];
  /** In 'point' mode: the clicked place, with the municipality under it (Dutch name) when known. */
  onPick?: (at: LatLon, municipality: string | null) => void;
  /** Where the map opens (instead of all of Belgium). */
  focus?: { lat: number; lon: number; zoom: number };
  height?: number;
  /** Called when the map cannot be drawn (no WebGL): the caller offers another way. */
  onUnavailable?: () => void;
}

export default function AreaMap({ area, mode = 'view', pending = [], onPendingChange, onChange, markers = [], markerLabels = false, overlays = [], onPick, focus, height = 420, onUnavailable }: AreaMapProps) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<MlMap | null>(null);
  const [ready, setReady] = useState(false);
  const [hover, setHover] = useState<string>('');
  // The latest props, for the map's event handlers (registered once).
  const live = useRef({ area, mode, pending, onChange, onPendingChange, onPick, overlays, circleCentre: null as LatLon | null });
  live.current = { ...live.current, area, mode, pending, onChange, onPendingChange, onPick, overlays };
  const labels = useRef<Marker[]>([]);

  useEffect(() => {
    if (!box.current) return;
    let m: MlMap;
    try {
      m = new MlMap({
        container: box.current,
        style: { version: 8, sources: {}, layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dce8f0' } }] },
        ...(focus ? { center: [focus.lon, focus.lat] as [number, number], zoom: focus.zoom } : { bounds: [2.5, 49.45, 6.45, 51.55] as [number, number, number, number] }),
        attributionControl: false,
        doubleClickZoom: false,
      });
    } catch {
      onUnavailable?.();
      return;
    }
    map.current = m;
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.on('load', () => {
      void loadMunicipalities().then((fc) => {
        m.addSource('municipalities', { type: 'geojson', data: fc, promoteId: 'nis' });
        m.addLayer({ id: 'muni-fill', type: 'fill', source: 'municipalities', paint: { 'fill-color': '#f6f5ef', 'fill-opacity': 1 } });
        m.addLayer({ id: 'muni-chosen', type: 'fill', source: 'municipalities', paint: { 'fill-color': '#e8590c', 'fill-opacity': 0.45 }, filter: ['in', ['get', 'nis'], ['literal', []]] });
        m.addLayer({ id: 'muni-line', type: 'line', source: 'municipalities', paint: { 'line-color': '#9aa0a6', 'line-width': 0.5 } });
        m.addSource('shapes', { type: 'geojson', data: shapes(live.current.area, live.current.pending, live.current.overlays) });
        m.addLayer({ id: 'overlay-fill', type: 'fill', source: 'shapes', filter: ['==', ['get', 'kind'], 'overlay'], paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.2 } });
        m.addLayer({ id: 'overlay-line', type: 'line', source: 'shapes', filter: ['==', ['get', 'kind'], 'overlay'], paint: { 'line-color': ['get', 'color'], 'line-width': 3 } });
        m.addLayer({ id: 'shape-fill', type: 'fill', source: 'shapes', filter: ['==', ['get', 'kind'], 'area'], paint: { 'fill-color': '#c92a2a', 'fill-opacity': 0.3 } });
        m.addLayer({ id: 'shape-line', type: 'line', source: 'shapes', filter: ['!=', ['get', 'kind'], 'overlay'], paint: { 'line-color': '#c92a2a', 'line-width': 2 } });
        m.addLayer({ id: 'shape-points', type: 'circle', source: 'shapes', filter: ['==', ['geometry-type'], 'Point'], paint: { 'circle-radius': 4, 'circle-color': '#c92a2a' } });
        m.addSource('markers', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
        m.addLayer({ id: 'markers', type: 'circle', source: 'markers', paint: { 'circle-radius': 7, 'circle-color': ['coalesce', ['get', 'color'], '#1c7ed6'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 } });
        setReady(true);
      });
    });
    m.on('mousemove', 'muni-fill', (e) => {
      const f = e.features?.[0];
      setHover(f ? String(f.properties?.name_nl ?? '') : '');
    });
    m.on('click', (e: MapMouseEvent) => {
      const s = live.current;
      const at: LatLon = [Math.round(e.lngLat.lat * 1e5) / 1e5, Math.round(e.lngLat.lng * 1e5) / 1e5];
      if (s.mode === 'point') {
        const f = m.queryRenderedFeatures(e.point, { layers: ['muni-fill'] })[0];
        s.onPick?.(at, f ? String(f.properties?.name_nl ?? '') || null : null);
      } else if (s.mode === 'polygon') s.onPendingChange?.([...s.pending, at]);
      else if (s.mode === 'circle') {
        if (!s.circleCentre) {
          live.current.circleCentre = at;
          s.onPendingChange?.([at]);
        } else {
          const radiusKm = Math.max(0.1, Math.round(distanceKm(s.circleCentre, at) * 10) / 10);
          s.onChange?.({ ...s.area, circles: [...s.area.circles, { lat: s.circleCentre[0], lon: s.circleCentre[1], radiusKm }] });
          live.current.circleCentre = null;
          s.onPendingChange?.([]);
        }
      } else if (s.mode === 'municipalities') {
        const f = m.queryRenderedFeatures(e.point, { layers: ['muni-fill'] })[0];
        const nis = f ? String(f.properties?.nis ?? '') : '';
        if (!nis) return;
        const has = s.area.municipalities.includes(nis);
        s.onChange?.({ ...s.area, municipalities: has ? s.area.municipalities.filter((x) => x !== nis) : [...s.area.municipalities, nis] });
      }
    });
    return () => {
      for (const l of labels.current) l.remove();
      m.remove();
      map.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the map is created once; live props go through `live`
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || !ready) return;
    (m.getSource('shapes') as GeoJSONSource | undefined)?.setData(shapes(area, pending, overlays));
    m.setFilter('muni-chosen', ['in', ['get', 'nis'], ['literal', area.municipalities]]);
    (m.getSource('markers') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features: markers.map((k) => ({ type: 'Feature', properties: { label: k.label, ...(k.color ? { color: k.color } : {}) }, geometry: { type: 'Point', coordinates: [k.lon, k.lat] } })) });
    for (const l of labels.current) l.remove();
    labels.current = markerLabels
      ? markers.map((k) => {
          const el = document.createElement('div');
          el.textContent = k.label;
          el.dataset.testid = 'map-marker-label';
          el.style.cssText = 'font-size:11px;background:rgba(255,255,255,0.85);padding:0 4px;border-radius:3px;white-space:nowrap;pointer-events:none;';
          return new Marker({ element: el, anchor: 'left', offset: [10, 0] }).setLngLat([k.lon, k.lat]).addTo(m);
        })
      : [];
    m.getCanvas().style.cursor = mode === 'view' ? '' : 'crosshair';
  }, [area, pending, markers, markerLabels, overlays, mode, ready]);

  useEffect(() => {
    if (mode !== 'circle') live.current.circleCentre = null;
  }, [mode]);

  return (
    <div style={{ position: 'relative' }}>
      <div ref={box} style={{ height, width: '100%', borderRadius: 4, overflow: 'hidden' }} data-testid="area-map" data-ready={ready ? 'yes' : 'no'} />
      {hover && (
        <div style={{ position: 'absolute', left: 8, bottom: 8, background: 'rgba(255,255,255,0.9)', padding: '2px 6px', borderRadius: 3, fontSize: 12 }} data-testid="map-hover">
          {hover}
        </div>
      )}
    </div>
  );
}
