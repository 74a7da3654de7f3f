/** The charts of an evaluation: treated against synthetic (with comparison mean and national interval), and the placebo gaps. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart.tsx';
import { formatFixed, formatPeriod } from '../../lib/format.ts';
import type { Evaluation } from './types.ts';

const TREATED = '#c92a2a';
const SYNTH = '#1c7ed6';

/** The first period after the intervention, where the vertical line goes. */
function interventionLine(e: Evaluation, label: string) {
  const first = e.periods.find((p) => p.post)?.period;
  if (!first) return undefined;
  return { silent: true, symbol: 'none', lineStyle: { color: '#495057', type: 'dashed', width: 1.5 }, label: { formatter: label, position: 'insideEndTop' }, data: [{ xAxis: first }] };
}

export function SeriesChart({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const periods = e.periods.map((p) => p.period);
    const hasNational = e.periods.some((p) => p.national);
    const low = e.periods.map((p) => p.national?.low ?? null);
    const band = e.periods.map((p) => (p.national ? p.national.high - p.national.low : null));
    const names = { treated: e.treated.municipality, synth: t('evaluation.chart.synthetic'), mean: t('evaluation.chart.comparisonMean'), national: t('evaluation.chart.national') };
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : formatFixed(Number(v), 2, i18n.language)) },
      legend: { data: [names.treated, names.synth, names.mean, ...(hasNational ? [names.national] : [])], bottom: 0 },
      grid: { left: 50, right: 20, top: 30, bottom: 50 },
      xAxis: { type: 'category', data: periods, boundaryGap: false, axisLabel: { formatter: (v: string) => formatPeriod(v, i18n.language) } },
      yAxis: { type: 'value', name: e.indicator.unit, nameTextStyle: { align: 'left' } },
      series: [
        ...(hasNational
          ? [
              { name: 'band-base', type: 'line', data: low, stack: 'national', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
              { name: names.national, type: 'line', data: band, stack: 'national', lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: 'rgba(134,142,150,0.25)' }, itemStyle: { color: '#adb5bd' } },
            ]
          : []),
        { name: names.mean, type: 'line', data: e.periods.map((p) => p.comparisonMean), lineStyle: { color: '#868e96', width: 1.5, type: 'dotted' }, itemStyle: { color: '#868e96' }, symbol: 'none' },
        { name: names.synth, type: 'line', data: e.periods.map((p) => p.synthetic), lineStyle: { color: SYNTH, width: 2.5, type: 'dashed' }, itemStyle: { color: SYNTH } },
        { name: names.treated, type: 'line', data: e.periods.map((p) => p.treated), lineStyle: { color: TREATED, width: 3 }, itemStyle: { color: TREATED }, markLine: interventionLine(e, t('evaluation.chart.intervention')) },
      ],
    };
  }, [e, t, i18n.language]);
  return <EChart option={option} height={340} testId="evaluation-series-chart" />;
}

export function PlaceboChart({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const periods = e.periods.map((p) => p.period);
    const treatedName = e.treated.municipality;
    return {
      animation: false,
      tooltip: { trigger: 'item', formatter: (p: { seriesName: string; name: string; value: number }) => `${p.seriesName}<br/>${p.name}: ${formatFixed(Number(p.value), 2, i18n.language)}` },
      grid: { left: 50, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: periods, boundaryGap: false, axisLabel: { formatter: (v: string) => formatPeriod(v, i18n.language) } },
      yAxis: { type: 'value', name: t('evaluation.chart.gap') },
      series: [
        ...e.synth.placebos.map((p) => ({
          name: p.municipality,
          type: 'line',
          data: p.gaps,
          symbol: 'none',
          lineStyle: { color: '#adb5bd', width: 1, opacity: p.excluded ? 0.35 : 0.9, type: p.excluded ? 'dotted' : 'solid' },
          itemStyle: { color: '#adb5bd' },
          z: 1,
        })),
        { name: treatedName, type: 'line', data: e.periods.map((p) => p.gap), lineStyle: { color: TREATED, width: 3.5 }, itemStyle: { color: TREATED }, z: 5, markLine: interventionLine(e, t('evaluation.chart.intervention')) },
      ],
    };
  }, [e, t, i18n.language]);
  return <EChart option={option} height={300} testId="evaluation-placebo-chart" />;
}
