/** Belgium's municipalities as an SVG choropleth, drawn from the map file the server ships (no tiles, prints cleanly). */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { fmt } from './common.tsx';

type Props = { nis: string; name_nl: string; name_fr: string };
type Features = FeatureCollection<Polygon | MultiPolygon, Props>;

/** Five sequential classes (light to dark). */
export const PALETTE = ['#dbe4ff', '#91a7ff', '#5c7cfa', '#3b5bdb', '#1c2f8a'];

/** Quantile classes of the values (at most five, no empty class). */
export function classes(values: number[]): Array<{ low: number; high: number }> {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return [];
  const n = Math.min(PALETTE.length, new Set(v).size);
  const out: Array<{ low: number; high: number }> = [];
  for (let k = 0; k < n; k++) {
    const low = v[Math.floor((k * v.length) / n)]!;
    const high = v[Math.min(v.length - 1, Math.floor(((k + 1) * v.length) / n) - 1)]!;
    if (out.length && low <= out[out.length - 1]!.high) out[out.length - 1]!.high = Math.max(out[out.length - 1]!.high, high);
    else out.push({ low, high });
  }
  return out;
}

function classOf(value: number, breaks: Array<{ low: number; high: number }>): number {
  for (let k = breaks.length - 1; k >= 0; k--) if (value >= breaks[k]!.low) return k;
  return 0;
}

const K = Math.cos((50.6 * Math.PI) / 180);
const W = 600;
const S = W / (3.95 * K); // pixels per degree of latitude (equal-area enough for Belgium)
const H = Math.round(2.1 * S);
const project = ([lon, lat]: Position): [number, number] => [(lon! - 2.5) * K * S, (51.55 - lat!) * S];

function pathOf(g: Polygon | MultiPolygon): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.map((rings) => rings.map((ring) => `M${ring.map((p) => project(p).map((x) => x.toFixed(1)).join(',')).join('L')}Z`).join('')).join('');
}

async function loadFeatures(): Promise<Features> {
  const topo = await api.get<Topology<{ municipalities: GeometryCollection<Props> }>>('/api/evaluation/geo/municipalities');
  return feature(topo, topo.objects.municipalities) as unknown as Features;
}

export function ChoroplethMap({ values, breaks, programmes }: { values: Array<{ nisCode: string; municipality: string; value: number; smallCell: boolean }>; breaks: Array<{ low: number; high: number }>; programmes: Array<{ nisCode: string; programmeTypes: string[] }> | null }) {
  const { t, i18n } = useTranslation();
  const geo = useQuery({ queryKey: ['evaluation-geo'], queryFn: loadFeatures, staleTime: Infinity });
  const shapes = useMemo(() => geo.data?.features.map((f) => ({ nis: f.properties.nis, name: i18n.language.startsWith('fr') ? f.properties.name_fr : f.properties.name_nl, d: pathOf(f.geometry) })) ?? [], [geo.data, i18n.language]);
  const [hover, setHover] = useState<string>('');
  const byNis = new Map(values.map((v) => [v.nisCode, v]));
  const inProg = new Set((programmes ?? []).filter((p) => p.programmeTypes.length > 0).map((p) => p.nisCode));
  if (geo.isPending) return <Loading />;
  if (geo.isError) return <ErrorState error={geo.error} onRetry={() => void geo.refetch()} />;
  const marked = shapes.filter((s) => byNis.get(s.nis)?.smallCell || inProg.has(s.nis));
  return (
    <div style={{ position: 'relative' }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('evaluation.map.title')} data-testid="evaluation-map" style={{ background: '#f8f9fa', maxHeight: 560 }}>
        {shapes.map((s) => {
          const v = byNis.get(s.nis);
          return (
            <path key={s.nis} d={s.d} fill={v ? PALETTE[classOf(v.value, breaks)] : '#f1f3f5'} stroke="#adb5bd" strokeWidth={0.3} onMouseEnter={() => setHover(v ? `${s.name}: ${fmt(v.value, i18n.language)}${v.smallCell ? ` (${t('evaluation.common.small')})` : ''}` : `${s.name}: —`)} onMouseLeave={() => setHover('')} data-nis={s.nis} data-has-value={v ? 'yes' : 'no'}>
              <title>{s.name}</title>
            </path>
          );
        })}
        {marked.map((s) => (
          <path key={`m${s.nis}`} d={s.d} fill="none" stroke={inProg.has(s.nis) ? '#5f3dc4' : '#e8590c'} strokeWidth={1.5} pointerEvents="none" />
        ))}
      </svg>
      {hover && <div style={{ position: 'absolute', left: 8, top: 8, background: 'rgba(255,255,255,0.92)', padding: '2px 6px', borderRadius: 3, fontSize: 12 }}>{hover}</div>}
    </div>
  );
}
