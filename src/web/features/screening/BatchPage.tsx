/**
 * A batch: its progress (polled until done), its counts, the review queue sorted by score, and the
 * lines that could not be read (with their line numbers).
 */
import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime, formatFixed, formatNumber } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { BatchTravellers } from './BatchTravellers.tsx';
import { BatchProgress, BatchStatusBadge, isRunning } from './common.tsx';
import { HitQueue } from './HitQueue.tsx';
import type { Batch, BatchResult } from './types.ts';

export function batchTitle(b: Pick<Batch, 'flight' | 'date' | 'port' | 'kind'>, t: (k: string, o?: Record<string, unknown>) => string): string {
  const parts = [b.flight && t('screening.batches.flightN', { flight: b.flight }), b.date, b.port].filter(Boolean);
  if (parts.length) return parts.join(' · ');
  return b.kind === 'single' ? t('screening.batches.single') : t('screening.batches.unnamed');
}

export default function BatchPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const bq = useQuery({
    queryKey: ['screening-batch', id],
    queryFn: () => api.get<Batch>(`/api/screening/batches/${id}`),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data) ? 1000 : false),
    staleTime: 0,
  });
  const running = !!bq.data && isRunning(bq.data);
  const errorsQ = useQuery({
    queryKey: ['screening-results', id, 'error'],
    queryFn: () => api.get<{ items: BatchResult[] }>(`/api/screening/batches/${id}/results${qs({ status: 'error', limit: 500 })}`),
    enabled: !!bq.data && bq.data.errors > 0,
  });
  // When the batch finishes, the queue and the batch list are refreshed once.
  const wasRunning = useRef(false);
  useEffect(() => {
    if (running) wasRunning.current = true;
    else if (wasRunning.current && bq.data) {
      wasRunning.current = false;
      void qc.invalidateQueries({ queryKey: ['screening-queue', id] });
      void qc.invalidateQueries({ queryKey: ['screening-batches'] });
    }
  }, [running, bq.data, qc, id]);

  if (bq.isPending) return <Loading />;
  if (bq.isError) return <ErrorState error={bq.error} onRetry={() => void bq.refetch()} />;
  const b = bq.data;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/screening" size="sm">
        ← {t('screening.title')}
      </Anchor>
      <Group gap="sm">
        <Title order={2}>{batchTitle(b, t)}</Title>
        <BatchStatusBadge status={b.status} />
        <Badge variant="default">{t(`screening.format.${b.format}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('screening.batches.meta', { started: formatDateTime(b.createdAt, i18n.language), finished: formatDateTime(b.finishedAt, i18n.language), threshold: formatFixed(b.threshold, 2, i18n.language) })}
      </Text>
      {b.message && (
        <Text size="sm" c="dimmed" data-testid="batch-message">
          {t('screening.message.route', { ref: b.message.ref, from: b.message.departure ?? '—', to: b.message.arrival ?? '—' })}
        </Text>
      )}
      <Paper withBorder p="md">
        <BatchProgress batch={b} />
      </Paper>
      {b.screenedAgainst && (
        <Text size="xs" c="dimmed" data-testid="batch-screened-against">
          {t('screening.form.screenedAgainst', { text: b.screenedAgainst.text })}
        </Text>
      )}
      {b.outcome === 'incomplete' && (
        <Alert color="red" title={t('screening.form.incomplete')} data-testid="batch-incomplete">
          {t('screening.form.incompleteHelp')}
        </Alert>
      )}
      {b.status === 'failed' && (
        <Alert color="red" title={t('screening.batches.failed')}>
          {b.failure}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        <Count label={t('screening.batches.travellers')} value={b.progress.total} />
        <Count label={t('screening.batches.hits')} value={b.hits} color={b.hits > 0 ? 'orange' : undefined} />
        <Count label={t('screening.batches.openHits')} value={b.openHits ?? 0} color={(b.openHits ?? 0) > 0 ? 'red' : undefined} testId="open-hits" />
        <Count label={t('screening.batches.suppressed')} value={b.suppressed} />
        <Count label={t('screening.batches.errors')} value={b.errors} color={b.errors > 0 ? 'red' : undefined} />
      </SimpleGrid>
      <Paper withBorder p="sm" data-testid="hit-queue">
        <Stack gap="xs">
          <Title order={4}>{t('screening.queue.title')}</Title>
          <HitQueue batchId={id} running={running} anyHits={b.hits > 0} />
        </Stack>
      </Paper>
      {b.kind === 'batch' && <BatchTravellers batch={b} running={running} />}
      {b.errors > 0 && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Title order={4}>{t('screening.batches.errorLines', { count: b.errors })}</Title>
            <Text size="xs" c="dimmed">
              {t('screening.batches.errorHelp')}
            </Text>
            {errorsQ.isPending && <Loading />}
            {errorsQ.isError && <ErrorState error={errorsQ.error} onRetry={() => void errorsQ.refetch()} />}
            {errorsQ.data && (
              <Table verticalSpacing={4} striped fz="sm" data-testid="batch-errors">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={90}>{t('screening.line')}</Table.Th>
                    <Table.Th w={160}>{t('screening.batches.travellerId')}</Table.Th>
                    <Table.Th>{t('screening.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {errorsQ.data.items.map((r) => (
                    <Table.Tr key={r.seq}>
                      <Table.Td>
                        <Badge variant="outline" color="red" ff="monospace" size="lg" radius="sm">
                          {r.line}
                        </Badge>
                      </Table.Td>
                      <Table.Td ff="monospace">{r.id ?? '—'}</Table.Td>
                      <Table.Td ff="monospace" style={{ wordBreak: 'break-word' }}>
                        {r.error}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function Count({ label, value, color, testId }: { label: string; value: number; color?: string; testId?: string }) {
  return (
    <Paper withBorder p="xs" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={800} size="xl" c={color} ff="monospace">
        {formatNumber(value)}
      </Text>
    </Paper>
  );
}
