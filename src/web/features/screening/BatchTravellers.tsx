/**
 * The travellers of a batch in list order, each with how it was screened: its hits (those the viewer
 * may see), the data-quality flags of fields read leniently or left out, or why it could not be screened.
 * Bad data never hides a traveller (issue #15): a flagged traveller is listed like any other.
 */
import { Badge, Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDay } from '../../lib/format.ts';
import { countryLabel } from '../../lib/countries.ts';
import { QualityFlags } from './common.tsx';
import type { Batch, BatchResult } from './types.ts';

const PAGE = 100;

export function BatchTravellers({ batch, running }: { batch: Batch; running: boolean }) {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const q = useQuery({
    queryKey: ['screening-results', batch.id, 'all', limit],
    queryFn: () => api.get<{ items: BatchResult[] }>(`/api/screening/batches/${batch.id}/results${qs({ limit })}`),
    refetchInterval: running ? 3000 : false,
  });
  const total = batch.progress.total;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={4}>{t('screening.travellers.title')}</Title>
        <Text size="xs" c="dimmed">
          {t('screening.travellers.help')}
        </Text>
        {q.isPending && <Loading />}
        {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && (
          <ScrollArea.Autosize mah={480} type="auto">
            <Table verticalSpacing={4} striped stickyHeader fz="sm" data-testid="batch-travellers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={70}>{t('screening.line')}</Table.Th>
                  <Table.Th>{t('screening.travellers.traveller')}</Table.Th>
                  <Table.Th w={130}>{t('screening.travellers.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((r) => (
                  <Table.Tr key={r.seq} data-testid="batch-traveller">
                    <Table.Td ff="monospace">{r.line}</Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm" fw={600}>
                          {r.traveller?.name ?? '—'}{' '}
                          <Text span size="xs" c="dimmed" ff="monospace">
                            {r.id ? `#${r.id}` : ''}
                          </Text>
                        </Text>
                        {r.traveller && (
                          <Text size="xs" c="dimmed">
                            {[r.traveller.birthDate && `${t('screening.born')} ${formatDay(r.traveller.birthDate, i18n.language)}`, r.traveller.nationality && countryLabel(r.traveller.nationality, i18n.language), r.traveller.documentNumber && `${t('screening.doc')} ${r.traveller.documentNumber}`].filter(Boolean).join(' · ')}
                          </Text>
                        )}
                        {r.traveller?.quality?.length ? <QualityFlags flags={r.traveller.quality} /> : null}
                        {r.error && (
                          <Text size="xs" c="red" ff="monospace" style={{ wordBreak: 'break-word' }}>
                            {r.error}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Outcome r={r} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        {q.data && (
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('screening.travellers.shown', { shown: q.data.items.length, total })}
            </Text>
            {q.data.items.length < total && limit < 500 && (
              <Button size="xs" variant="default" onClick={() => setLimit(Math.min(500, limit + PAGE * 2))}>
                {t('screening.travellers.more')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Outcome({ r }: { r: BatchResult }) {
  const { t } = useTranslation();
  if (r.status === 'error') return <Badge color="red" variant="light">{t('screening.travellers.status.error')}</Badge>;
  if (r.status === 'pending') return <Badge color="gray" variant="light">{t('screening.travellers.status.pending')}</Badge>;
  if (r.hits > 0) return <Badge color="orange">{t('screening.travellers.hits', { count: r.hits })}</Badge>;
  return <Badge color="green" variant="light">{t('screening.travellers.status.screened')}</Badge>;
}
