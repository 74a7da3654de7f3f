/** Screening: one traveller now (hits inline), a passenger list as a batch, and the organisation's batches. */
import { Alert, Anchor, Badge, Grid, Paper, Progress, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { BatchForm } from './BatchForm.tsx';
import { BatchStatusBadge, isRunning } from './common.tsx';
import { ScreenForm } from './ScreenForm.tsx';
import type { Batch } from './types.ts';

export default function ScreeningPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const write = can('screening', 'write');
  return (
    <Stack gap="md">
      <Title order={2}>{t('screening.title')}</Title>
      <Alert color="blue" variant="light" py="xs">
        {t('screening.neverDecides')}
      </Alert>
      {write && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <ScreenForm />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <BatchForm />
          </Grid.Col>
        </Grid>
      )}
      <Batches />
    </Stack>
  );
}

function Batches() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [kind, setKind] = useState<'batch' | 'all'>('batch');
  const q = useQuery({
    queryKey: ['screening-batches'],
    queryFn: () => api.get<{ items: Batch[] }>(`/api/screening/batches${qs({ limit: 100 })}`),
    refetchInterval: (query) => (query.state.data?.items.some(isRunning) ? 3000 : false),
  });
  const items = (q.data?.items ?? []).filter((b) => kind === 'all' || b.kind === 'batch');
  return (
    <Paper withBorder p="sm" data-testid="batches">
      <Stack gap="xs">
        <Stack gap={4}>
          <Title order={4}>{t('screening.batches.title')}</Title>
          <SegmentedControl
            w="fit-content"
            size="xs"
            value={kind}
            onChange={(v) => setKind(v as 'batch' | 'all')}
            data={[
              { value: 'batch', label: t('screening.batches.onlyBatches') },
              { value: 'all', label: t('screening.batches.withSingles') },
            ]}
          />
        </Stack>
        {q.isPending && <Loading />}
        {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && items.length === 0 && <Empty title={t('screening.batches.none')}>{t(can('screening', 'write') ? 'screening.batches.noneHelp' : 'screening.batches.noneHelpReadOnly')}</Empty>}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing={6} highlightOnHover data-testid="batches-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('screening.batches.started')}</Table.Th>
                  <Table.Th>{t('screening.batch.flight')}</Table.Th>
                  <Table.Th>{t('screening.batch.date')}</Table.Th>
                  <Table.Th>{t('screening.batch.port')}</Table.Th>
                  <Table.Th>{t('screening.batches.status')}</Table.Th>
                  <Table.Th w={160}>{t('screening.batches.progress')}</Table.Th>
                  <Table.Th ta="right">{t('screening.batches.travellers')}</Table.Th>
                  <Table.Th ta="right">{t('screening.batches.hits')}</Table.Th>
                  <Table.Th ta="right">{t('screening.batches.errors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((b) => (
                  <Table.Tr key={b.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/screening/batches/${b.id}`)} data-testid="batch-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={`/screening/batches/${b.id}`} size="sm" fw={600} onClick={(e) => e.stopPropagation()}>
                        {formatDateTime(b.createdAt, i18n.language)}
                      </Anchor>
                      {b.kind === 'single' && (
                        <Badge ml={6} size="xs" variant="default">
                          {t('screening.batches.single')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td fw={600}>{b.flight || '—'}</Table.Td>
                    <Table.Td>{b.date ?? '—'}</Table.Td>
                    <Table.Td>{b.port || '—'}</Table.Td>
                    <Table.Td>
                      <BatchStatusBadge status={b.status} />
                    </Table.Td>
                    <Table.Td>
                      <Progress value={b.status === 'done' ? 100 : b.progress.percent} color={b.status === 'failed' ? 'red' : b.status === 'done' ? 'green' : 'blue'} striped={isRunning(b)} animated={isRunning(b)} />
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {formatNumber(b.progress.total, i18n.language)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {b.hits > 0 ? (
                        <Badge color="orange" variant="filled">
                          {b.hits}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed" ff="monospace">
                          0
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {b.errors > 0 ? <Text c="red" fw={700} span>{b.errors}</Text> : 0}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
