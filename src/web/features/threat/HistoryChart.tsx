/** A target's threat level over time: an ECharts step line, oldest to newest, extended to today. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart.tsx';
import { formatDay, LEVEL_HEX } from '../../lib/format.ts';
import type { Assessment } from '../../lib/types.ts';

export function HistoryChart({ items, height = 220 }: { items: Assessment[]; height?: number }) {
  const { t, i18n } = useTranslation();
  const option = useMemo(() => {
    const points = items.map((a) => ({ value: [a.assessedAt, a.level], itemStyle: { color: LEVEL_HEX[a.level] } }));
    const last = items[items.length - 1];
    const data = last ? [...points, { value: [new Date().toISOString(), last.level], symbol: 'none', itemStyle: { color: LEVEL_HEX[last.level] } }] : points;
    // At least two weeks on the axis, labels at least a day apart: one assessment made today would
    // otherwise stretch over a few seconds, with the same date printed at every tick.
    const DAY = 86_400_000;
    const first = items[0] ? Date.parse(items[0].assessedAt) : Date.now();
    const now = Date.now();
    const pad = Math.max(0, 14 * DAY - (now - first)) / 2;
    return {
      animation: false,
      grid: { left: 110, right: 24, top: 16, bottom: 32 },
      tooltip: {
        trigger: 'axis',
        formatter: (ps: Array<{ value: [string, number] }>) => {
          const p = ps[0];
          if (!p) return '';
          return `${formatDay(new Date(p.value[0]).toISOString(), i18n.language)}<br/>${p.value[1]} · ${t(`threat.level.${p.value[1]}`)}`;
        },
      },
      // dates through Intl (ECharts would print English month names)
      xAxis: { type: 'time', min: first - pad, max: now + pad, minInterval: DAY, splitNumber: 4, axisLabel: { hideOverlap: true, formatter: (v: number) => formatDay(new Date(v).toISOString(), i18n.language) } },
      yAxis: {
        type: 'value',
        min: 1,
        max: 4,
        interval: 1,
        axisLabel: { formatter: (v: number) => `${v} ${t(`threat.level.${v}`)}` },
      },
      series: [{ type: 'line', step: 'end', data, symbolSize: 9, lineStyle: { width: 2, color: '#495057' } }],
    };
  }, [items, t, i18n.language]);
  return <EChart option={option} height={height} testId="threat-chart" />;
}
