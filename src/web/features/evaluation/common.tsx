/** Shared pieces of the evaluation screens: tabs, data hooks, pickers and number formatting. */
import { Select, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { formatNumber } from '../../lib/format.ts';
import { navigate, useLocation } from '../../lib/router.tsx';
import type { Indicator, Municipality } from './types.ts';

const TABS = ['/evaluation', '/evaluation/values', '/evaluation/run', '/evaluation/map'] as const;
const TAB_LABEL: Record<(typeof TABS)[number], string> = { '/evaluation': 'registry', '/evaluation/values': 'values', '/evaluation/run': 'run', '/evaluation/map': 'map' };

export function EvaluationTabs() {
  const { t } = useTranslation();
  const loc = useLocation();
  return (
    <Tabs value={TABS.includes(loc.path as (typeof TABS)[number]) ? loc.path : null} onChange={(v) => v && navigate(v)} className="evaluation-no-print">
      <Tabs.List>
        {TABS.map((to) => (
          <Tabs.Tab key={to} value={to} data-testid={`evaluation-tab-${TAB_LABEL[to]}`}>
            {t(`evaluation.tabs.${TAB_LABEL[to]}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

export function useIndicators() {
  return useQuery({ queryKey: ['evaluation-indicators'], queryFn: () => api.get<Indicator[]>('/api/evaluation/indicators') });
}

export function useMunicipalities() {
  return useQuery({ queryKey: ['evaluation-municipalities'], queryFn: () => api.get<Municipality[]>('/api/evaluation/municipalities'), staleTime: Infinity });
}

/** A municipality's name in the reader's language where Belgium has one. */
export function muniLabel(m: Municipality, lang: string): string {
  return lang.startsWith('fr') ? m.nameFr || m.name : lang.startsWith('nl') ? m.nameNl || m.name : m.name;
}

export function IndicatorSelect({ value, onChange, testId = 'indicator-select' }: { value: string | null; onChange: (id: string | null) => void; testId?: string }) {
  const { t } = useTranslation();
  const q = useIndicators();
  return (
    <Select
      label={t('evaluation.common.indicator')}
      placeholder={t('evaluation.common.chooseIndicator')}
      data={(q.data ?? []).map((i) => ({ value: i.id, label: i.name }))}
      value={value}
      onChange={onChange}
      searchable
      data-testid={testId}
      error={q.isError ? t('errors.title') : undefined}
      w={{ base: '100%', sm: 420 }}
    />
  );
}

export function MunicipalitySelect({ value, onChange, label, testId = 'municipality-select', clearable = false }: { value: string | null; onChange: (nis: string | null) => void; label?: string; testId?: string; clearable?: boolean }) {
  const { t, i18n } = useTranslation();
  const q = useMunicipalities();
  const data = (q.data ?? []).map((m) => ({ value: m.nis, label: `${muniLabel(m, i18n.language)} (${m.nis})` })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Select
      label={label ?? t('evaluation.common.municipality')}
      placeholder={t('evaluation.common.chooseMunicipality')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable={clearable}
      limit={50}
      data-testid={testId}
      w={{ base: '100%', sm: 300 }}
    />
  );
}

/** A number with at most `digits` decimals in the reader's language. */
export function fmt(n: number | null | undefined, lang: string, digits = 2): string {
  return formatNumber(n, lang, digits);
}

/** A signed number (+ for increases). */
export function signed(n: number, lang: string, digits = 2): string {
  return `${n > 0 ? '+' : ''}${fmt(n, lang, digits)}`;
}

/** A programme type in words: the evaluation's own names, then the prevention screens' exchange and programme kinds. */
export function programmeTypeLabel(t: (key: string, opts?: Record<string, unknown>) => string, type: string): string {
  const kind = t(`prevention.programmes.kind.${type}`, { defaultValue: type });
  const exchange = t(`prevention.exchanges.type.${type}`, { defaultValue: kind });
  return t(`evaluation.programmeType.${type}`, { defaultValue: exchange });
}
