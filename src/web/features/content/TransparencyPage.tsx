/**
 * The yearly transparency report of the user's authority (Regulation 2021/784, art. 8): removal orders
 * and their outcomes, time to removal, referrals, scrutiny and appeals; a chart; CSV download.
 */
import { Button, Grid, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { ContentTabs, formatDuration } from './common.tsx';
import { OutcomeChart } from './OutcomeChart.tsx';
import type { Transparency } from './types.ts';


type Row = [label: string, value: string | number, testId?: string];

function Figures({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  return (
    <Paper withBorder p="sm" h="100%">
      <Title order={5} mb={4}>{title}</Title>
      <Table verticalSpacing={2} data-testid={testId}>
        <Table.Tbody>
          {rows.map(([label, value, id]) => (
            <Table.Tr key={label}>
              <Table.Td>{label}</Table.Td>
              <Table.Td ta="right" ff="monospace" fw={600} data-testid={id}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

export default function TransparencyPage() {
  const { t, i18n } = useTranslation();
  const loc = useLocation();
  const thisYear = new Date().getUTCFullYear();
  const year = Number(loc.query.get('year') ?? thisYear);
  const years = useMemo(() => Array.from({ length: Math.max(1, thisYear - 2022 + 1) }, (_, k) => String(thisYear - k)), [thisYear]);
  const q = useQuery({ queryKey: ['content-transparency', year], queryFn: () => api.get<Transparency>(`/api/content/transparency${qs({ year })}`) });
  const r = q.data;
  const dur = (s: number | null) => formatDuration(s, t);
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Group justify="space-between" align="end">
        <Title order={2}>{t('content.transparency.title')}</Title>
        <Group gap="xs" align="end">
          <Select label={t('content.transparency.year')} data={years} value={String(year)} onChange={(v) => v && setQuery({ year: v === String(thisYear) ? undefined : v })} allowDeselect={false} w={120} data-testid="transparency-year" />
          <Button component="a" href={`/api/content/transparency${qs({ year, format: 'csv' })}`} download variant="light" data-testid="transparency-csv">
            {t('content.transparency.csv')}
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">{t('content.transparency.intro')}</Text>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {r && (
        <>
          <Text size="sm">
            {t('content.transparency.meta', { authority: r.authority.name, year: r.year, when: formatDateTime(r.generatedAt, i18n.language) })}
          </Text>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
              <Figures
                title={t('content.transparency.removalOrders')}
                testId="tr-removal"
                rows={[
                  [t('content.transparency.issued'), r.removalOrders.issued, 'tr-issued'],
                  [t('content.state.removed'), r.removalOrders.removed, 'tr-removed'],
                  [t('content.state.pending'), r.removalOrders.pending],
                  [t('content.state.overdue'), r.removalOrders.overdue],
                  [t('content.transparency.escalated'), r.removalOrders.escalated],
                  [t('content.state.contested'), r.removalOrders.contested],
                  [t('content.state.revoked'), r.removalOrders.revoked],
                  [t('content.transparency.notRemoved'), r.removalOrders.notRemoved],
                  [t('content.order.crossBorder'), r.removalOrders.crossBorder],
                  [t('content.transparency.flaggedDuplicates'), r.removalOrders.flaggedDuplicates],
                ]}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
              <Stack gap="sm" h="100%">
                <Figures
                  title={t('content.transparency.timeToRemoval')}
                  testId="tr-time"
                  rows={[
                    [t('content.transparency.removals'), r.timeToRemoval.removals],
                    [t('content.transparency.median'), dur(r.timeToRemoval.medianSeconds), 'tr-median'],
                    [t('content.transparency.p90'), dur(r.timeToRemoval.p90Seconds)],
                    [t('content.transparency.mean'), dur(r.timeToRemoval.meanSeconds)],
                    [t('content.transparency.max'), dur(r.timeToRemoval.maxSeconds)],
                    [
                      t('content.transparency.withinHour'),
                      `${r.timeToRemoval.withinOneHour}${r.timeToRemoval.withinOneHourShare !== null ? ` (${Math.round(r.timeToRemoval.withinOneHourShare * 100)} %)` : ''}`,
                    ],
                  ]}
                />
                <Figures
                  title={t('content.transparency.appeals')}
                  testId="tr-appeals"
                  rows={[
                    [t('content.appeal.status.lodged'), r.appeals.lodged],
                    [t('content.appeal.status.upheld'), r.appeals.upheld],
                    [t('content.appeal.status.overturned'), r.appeals.overturned],
                    [t('content.transparency.appealsPending'), r.appeals.pending],
                  ]}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6, lg: 4 }}>
              <Stack gap="sm" h="100%">
                <Figures
                  title={t('content.transparency.referrals')}
                  testId="tr-referrals"
                  rows={[
                    [t('content.transparency.issued'), r.referrals.issued],
                    [t('content.state.removed'), r.referrals.removed],
                    [t('content.state.declined'), r.referrals.declined],
                    [t('content.state.pending'), r.referrals.pending],
                    [t('content.state.revoked'), r.referrals.revoked],
                  ]}
                />
                <Figures
                  title={t('content.transparency.scrutiny')}
                  testId="tr-scrutiny"
                  rows={[
                    [t('content.transparency.sentForScrutiny'), r.scrutiny.ordersSentForScrutiny],
                    [t('content.scrutiny.decision.infringement'), r.scrutiny.infringementFound],
                    [t('content.scrutiny.decision.no_infringement'), r.scrutiny.noInfringement],
                    [t('content.scrutiny.state.expired'), r.scrutiny.periodEndedWithoutDecision],
                    [t('content.transparency.receivedAsHost'), r.scrutiny.receivedAsHostAuthority],
                    [t('content.transparency.decidedAsHost'), r.scrutiny.decidedAsHostAuthority],
                    [t('content.transparency.infringementAsHost'), r.scrutiny.infringementFoundAsHostAuthority],
                  ]}
                />
              </Stack>
            </Grid.Col>
          </Grid>
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Paper withBorder p="sm">
                <Title order={5} mb={4}>{t('content.transparency.outcomesChart')}</Title>
                <OutcomeChart report={r} />
              </Paper>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Figures
                    title={t('content.transparency.byOffence')}
                    testId="tr-offence"
                    rows={Object.entries(r.removalOrders.byOffence).map(([k, v]) => [t(`content.offence.${k}.label`, { defaultValue: k }), v] as Row)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Figures title={t('content.transparency.byProvider')} testId="tr-provider" rows={Object.entries(r.removalOrders.byProvider).map(([k, v]) => [k, v] as Row)} />
                </Grid.Col>
              </Grid>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
