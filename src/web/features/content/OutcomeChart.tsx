/** Removal orders and referrals by outcome: a small stacked bar chart (ECharts, loaded on demand). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart.tsx';
import type { Transparency } from './types.ts';

const COLORS: Record<string, string> = { removed: '#2f9e44', pending: '#1c7ed6', overdue: '#e03131', contested: '#f76707', declined: '#9c36b5', revoked: '#495057' };

export function OutcomeChart({ report: r }: { report: Transparency }) {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const kinds = [t('content.order.kind.removal_order'), t('content.order.kind.referral')];
    const values: Record<string, [number, number]> = {
      removed: [r.removalOrders.removed, r.referrals.removed],
      pending: [r.removalOrders.pending, r.referrals.pending],
      overdue: [r.removalOrders.overdue, 0],
      contested: [r.removalOrders.contested, 0],
      declined: [0, r.referrals.declined],
      revoked: [r.removalOrders.revoked, r.referrals.revoked],
    };
    return {
      animation: false,
      grid: { left: 120, right: 16, top: 28, bottom: 24 },
      legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: kinds },
      series: Object.entries(values).map(([k, v]) => ({ name: t(`content.state.${k}`), type: 'bar', stack: 'all', data: v, itemStyle: { color: COLORS[k] }, barMaxWidth: 28 })),
    };
  }, [r, t]);
  return <EChart option={option} height={180} testId="transparency-chart" />;
}
