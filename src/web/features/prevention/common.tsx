/** Shared pieces of the prevention screens: tabs, stage and sharing badges, a mutation helper that shows the server's message. */
import { Alert, Badge, Tabs } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { errorText, fieldText } from '../../lib/validation.ts';
import type { Municipality, Sharing, Stage } from './types.ts';

/** Belgian municipalities for the pickers ({ value: NIS code, label: name (NIS) }). */
export function useMunicipalities() {
  const q = useQuery({ queryKey: ['prevention-municipalities'], queryFn: () => api.get<Municipality[]>('/api/prevention/municipalities'), staleTime: Infinity });
  return (q.data ?? []).map((m) => ({ value: m.nisCode, label: `${m.name} (${m.nisCode})` }));
}

/** A date field's value as YYYY-MM-DD ('' when empty). */
export const today = () => new Date().toISOString().slice(0, 10);

export function PreventionTabs() {
  const { t } = useTranslation();
  const { can } = useSession();
  const loc = useLocation();
  const tabs = [
    ...(can('prevention') ? [['/prevention', t('prevention.tabs.cells')], ['/prevention/programmes', t('prevention.tabs.programmes')], ['/prevention/exchanges', t('prevention.tabs.exchanges')]] : []),
    ['/training', t('prevention.tabs.training')],
    ...(can('prevention') ? [['/training/teams', t('prevention.tabs.trainer')]] : []),
  ];
  const active = tabs.map(([to]) => to!).filter((to) => loc.path === to || loc.path.startsWith(`${to}/`)).sort((a, b) => b.length - a.length)[0] ?? null;
  return (
    <Tabs value={active} onChange={(v) => v && navigate(v)}>
      <Tabs.List>
        {tabs.map(([to, label]) => (
          <Tabs.Tab key={to} value={to!}>
            {label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}

const STAGE_COLOUR: Record<Stage, string> = { identification: 'gray', assessment: 'yellow', planning: 'orange', delivery: 'blue', monitoring: 'teal', exit: 'dark' };
export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLOUR[stage]} variant="light" data-testid="stage">
      {t(`prevention.stage.${stage}`)}
    </Badge>
  );
}

const SHARING_COLOUR: Record<Sharing, string> = { own_service: 'gray', cell: 'blue', secrecy: 'grape' };
export function SharingBadge({ sharing }: { sharing: Sharing }) {
  const { t } = useTranslation();
  return (
    <Badge color={SHARING_COLOUR[sharing]} variant="outline" size="sm" data-testid="sharing">
      {t(`prevention.sharing.${sharing}`)}
    </Badge>
  );
}

/** A mutation that refreshes the given queries and keeps the server's error (message and field) for the form. */
export function useAct<T, R = unknown>(fn: (v: T) => Promise<R>, refresh: unknown[][], onDone?: (r: R) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      for (const k of refresh) void qc.invalidateQueries({ queryKey: k });
      onDone?.(r);
    },
  });
}

/** A refused action, in the user's language by the error's code (with the field it names). */
export function ActError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e = error instanceof ApiError ? error : null;
  return (
    <Alert color="red" role="alert" data-testid="act-error" data-code={e?.code}>
      {e?.field ? `${fieldText(e, t)} (${e.field})` : errorText(error, t)}
    </Alert>
  );
}
