/** Public alerts: the list by state (draft, awaiting approval, approved, published, cancelled) and a new draft. */
import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, navigate, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { AlertBadges, headlineOf } from './common.tsx';
import type { Alert, AlertDetail } from './types.ts';

const STATES = ['all', 'draft', 'awaiting_approval', 'approved', 'published', 'cancelled'] as const;

export default function AlertsPage() {
  const { t, i18n } = useTranslation();
  const loc = useLocation();
  const s = useSession();
  const state = loc.query.get('state') ?? 'all';
  const q = useQuery({ queryKey: ['alerts', state], queryFn: () => api.get<Alert[]>(`/api/alerts${qs({ state: state === 'all' ? undefined : state })}`), refetchInterval: 15_000 });
  const create = useMutation({ mutationFn: () => api.post<AlertDetail>('/api/alerts', {}), onSuccess: (a) => navigate(`/alerts/${a.id}`) });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('alerts.title')}</Title>
        <Group gap="xs">
          <Anchor href="/cap/feed.atom" target="_blank" size="sm">
            {t('alerts.feed')}
          </Anchor>
          {s.can('crisis', 'write') && (
            <Button size="xs" onClick={() => create.mutate()} loading={create.isPending} data-testid="new-alert">
              {t('alerts.newAlert')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t('alerts.intro')}
      </Text>
      {create.isError && <FormError message={errorText(create.error, t)} />}
      <SegmentedControl size="xs" value={state} onChange={(v) => setQuery({ state: v === 'all' ? null : v })} data={STATES.map((v) => ({ value: v, label: t(`alerts.state.${v}`) }))} data-testid="alert-states" />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Empty title={t('alerts.none')}>{t('alerts.noneHelp')}</Empty>}
      {q.data && q.data.length > 0 && (
        <Paper withBorder>
          <Table striped verticalSpacing={4} data-testid="alerts-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('alerts.col.headline')}</Table.Th>
                <Table.Th>{t('alerts.col.state')}</Table.Th>
                <Table.Th>{t('alerts.col.organisation')}</Table.Th>
                <Table.Th>{t('alerts.col.incident')}</Table.Th>
                <Table.Th>{t('alerts.col.changed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((a) => (
                <Table.Tr key={a.id} data-testid="alert-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/alerts/${a.id}`} size="sm" fw={600}>
                      {headlineOf(a, i18n.language) || '—'}
                    </Anchor>
                    {a.identifier && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {a.identifier}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AlertBadges a={a} />
                    {a.superseded && !a.cancelled && (
                      <Text size="xs" c="dimmed">
                        {t('alerts.superseded')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td fz="sm">{a.organisation}</Table.Td>
                  <Table.Td fz="sm">{a.incident?.title ?? ''}</Table.Td>
                  <Table.Td fz="sm">{formatDateTime(a.updatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
