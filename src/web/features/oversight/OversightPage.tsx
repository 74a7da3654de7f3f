/** Oversight: who accessed a record, the audit log, access statistics, and verification of the chain. */
import { Alert, Button, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import type { AuditVerdict } from '../../lib/types.ts';
import { errorText } from '../../lib/validation.ts';
import { actionLabel } from '../../../core/audit/action-labels.ts';
import { ActorAccess, RecordAccess } from './AuditBrowser.tsx';
import { AuditLog } from './AuditLog.tsx';
import { DateField } from '../../components/DateField.tsx';

export default function OversightPage() {
  const { t } = useTranslation();
  const loc = useLocation();
  const tab = loc.query.get('tab') ?? 'record';
  return (
    <Stack gap="sm">
      <Verify />
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'record' ? undefined : v }, { replace: false })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="record" data-testid="tab-record">{t('audit.tabRecord')}</Tabs.Tab>
          <Tabs.Tab value="actor" data-testid="tab-actor">{t('audit.q.tabActor')}</Tabs.Tab>
          <Tabs.Tab value="log" data-testid="tab-log">{t('audit.tabLog')}</Tabs.Tab>
          <Tabs.Tab value="stats" data-testid="tab-stats">{t('audit.tabStats')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="record" pt="sm"><RecordAccess /></Tabs.Panel>
        <Tabs.Panel value="actor" pt="sm"><ActorAccess /></Tabs.Panel>
        <Tabs.Panel value="log" pt="sm"><AuditLog /></Tabs.Panel>
        <Tabs.Panel value="stats" pt="sm"><Stats /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Verify() {
  const { t } = useTranslation();
  const m = useMutation({ mutationFn: () => api.get<AuditVerdict>('/api/audit/verify') });
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2}>{t('audit.title')}</Title>
        <Button onClick={() => m.mutate()} loading={m.isPending} variant="light" data-testid="verify">
          {t('audit.verify')}
        </Button>
      </Group>
      {m.data && (
        <Alert color={m.data.ok ? 'green' : 'red'} title={m.data.ok ? t('audit.verifyOk') : t('audit.verifyBroken')} data-testid="verdict" withCloseButton onClose={() => m.reset()}>
          {m.data.ok
            ? t('audit.verifyOkHelp', { entries: m.data.entries, checkpoints: m.data.checkpoints ?? 0 })
            : t('audit.verifyBrokenHelp', { seq: m.data.firstBrokenSeq, reason: m.data.reason })}
        </Alert>
      )}
      {m.isError && <Alert color="red">{errorText(m.error, t)}</Alert>}
    </Stack>
  );
}

function Stats() {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState({ from: '', to: '' });
  const q = useQuery({
    queryKey: ['audit-stats', applied],
    queryFn: () => api.get<{ items: Array<{ organisation: string; action: string; count: number; users: number }> }>(`/api/audit/stats${qs({ from: applied.from || undefined, to: applied.to || undefined })}`),
  });
  const perOrg = useMemo(() => {
    const m = new Map<string, { total: number; reads: number }>();
    for (const i of q.data?.items ?? []) {
      const cur = m.get(i.organisation || '—') ?? { total: 0, reads: 0 };
      cur.total += i.count;
      if (/\.(read|search|hit|queue)$/.test(i.action)) cur.reads += i.count;
      m.set(i.organisation || '—', cur);
    }
    return [...m.entries()].sort((a, b) => b[1].total - a[1].total);
  }, [q.data]);
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 220, right: 24, top: 28, bottom: 24 },
      legend: { data: [t('audit.reads'), t('audit.otherActions')] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: perOrg.map(([o]) => o).reverse() },
      series: [
        { name: t('audit.reads'), type: 'bar', stack: 'a', data: perOrg.map(([, v]) => v.reads).reverse(), itemStyle: { color: '#4263eb' } },
        { name: t('audit.otherActions'), type: 'bar', stack: 'a', data: perOrg.map(([, v]) => v.total - v.reads).reverse(), itemStyle: { color: '#adb5bd' } },
      ],
    }),
    [perOrg, t],
  );
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group align="end" gap="xs">
          <DateField label={t('audit.from')} value={from} onChange={setFrom} />
          <DateField label={t('audit.to')} value={to} onChange={setTo} />
          <Button onClick={() => setApplied({ from, to })}>{t('audit.apply')}</Button>
        </Group>
      </Paper>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('audit.noEntries')}>{t('audit.noEntriesHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <>
          <Paper withBorder p="sm">
            <EChart option={option} height={Math.max(220, perOrg.length * 34 + 60)} testId="stats-chart" />
          </Paper>
          <Paper withBorder>
            <Table striped verticalSpacing={3} fz="sm" data-testid="stats-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.organisation')}</Table.Th>
                  <Table.Th>{t('audit.action')}</Table.Th>
                  <Table.Th ta="right">{t('audit.count')}</Table.Th>
                  <Table.Th ta="right">{t('audit.users')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((i, k) => (
                  <Table.Tr key={k}>
                    <Table.Td>{i.organisation || '—'}</Table.Td>
                    <Table.Td title={i.action}>{actionLabel(i.action, i18n.language)}</Table.Td>
                    <Table.Td ta="right">{i.count}</Table.Td>
                    <Table.Td ta="right">{i.users}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Text size="xs" c="dimmed">{t('audit.statsNote')}</Text>
        </>
      )}
    </Stack>
  );
}
