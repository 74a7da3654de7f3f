/**
 * A batch's review queue as a table (issue 17): sortable by score, traveller order, list and status,
 * paged with the total the viewer may see, the status filter as a chip and saved views ("hits").
 */
import { Anchor, Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column, type FilterChip } from '../../components/DataTable.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { useTableState } from '../../components/useTableState.ts';
import { api, qs } from '../../lib/api.ts';
import { Link, linkProps } from '../../lib/router.tsx';
import { HitStatusBadge, ScoreBadge, TravellerLine } from './common.tsx';
import { ListedCell } from './HitList.tsx';
import { ListedAfterTravel } from './ListUpdates.tsx';
import type { Hit } from './types.ts';

const SORTS = ['score', 'seq', 'source', 'status'] as const;
const FILTERS = ['hits'] as const;
const STATUSES = ['open', 'decided', 'suppressed', 'all'] as const;
type Sort = (typeof SORTS)[number];
type Status = (typeof STATUSES)[number];

export function HitQueue({ batchId, running, anyHits }: { batchId: string; running: boolean; anyHits: boolean }) {
  const { t } = useTranslation();
  const table = useTableState<Sort, (typeof FILTERS)[number]>({ sorts: SORTS, filters: FILTERS, defaultSort: 'score', defaultDir: 'desc', defaultSize: 50, firstDir: { score: 'desc' } });
  const raw = table.filters.hits;
  const status: Status = (STATUSES as readonly string[]).includes(raw ?? '') ? (raw as Status) : 'open';
  const a = table.apiParams();
  const params = { status, sort: a.sort, dir: a.dir, limit: a.limit, offset: a.offset };
  const q = useQuery({
    queryKey: ['screening-queue', batchId, params],
    queryFn: () => api.get<{ items: Hit[]; total: number }>(`/api/screening/batches/${batchId}/hits${qs(params)}`),
    placeholderData: keepPreviousData,
    refetchInterval: running ? 3000 : false,
  });
  const chips: FilterChip[] = status !== 'open' ? [{ key: 'hits', label: `${t('screening.hit.status')}: ${t(`screening.queue.${status}`)}` }] : [];
  const columns: Array<Column<Hit, Sort>> = [
    { key: 'score', header: t('screening.hit.score'), sort: 'score', width: 80, render: (h) => <ScoreBadge score={h.score} /> },
    { key: 'traveller', header: t('screening.hit.traveller'), sort: 'seq', render: (h) => <TravellerLine traveller={h.traveller} /> },
    { key: 'listed', header: t('screening.hit.listed'), render: (h) => <ListedCell hit={h} /> },
    { key: 'list', header: t('screening.hit.list'), sort: 'source', render: (h) => <Badge variant="default">{h.source}</Badge> },
    {
      key: 'status',
      header: t('screening.hit.status'),
      sort: 'status',
      render: (h) => (
        <>
          <HitStatusBadge status={h.status} />
          {h.listedAfterTravel && <ListedAfterTravel />}
        </>
      ),
    },
    {
      key: 'open',
      header: '',
      style: { textAlign: 'right' },
      render: (h) =>
        h.status === 'open' ? (
          <Button size="xs" component="a" {...linkProps(`/screening/hits/${h.id}`)} data-testid="review-hit">
            {t('screening.hit.review')}
          </Button>
        ) : (
          <Anchor component={Link} to={`/screening/hits/${h.id}`} size="sm" data-testid="review-hit">
            {t('screening.hit.open')}
          </Anchor>
        ),
    },
  ];
  const toolbar = (
    <Group gap="xs" align="center">
      <SegmentedControl
        value={status}
        onChange={(v) => table.setFilter('hits', v === 'open' ? null : v)}
        data={STATUSES.map((v) => ({ value: v, label: t(`screening.queue.${v}`) }))}
        data-testid="queue-filter"
      />
      <Text size="xs" c="dimmed">
        {t('screening.queue.help')}
      </Text>
    </Group>
  );
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <DataTable
      columns={columns}
      rows={q.data.items}
      rowKey={(h) => h.id}
      rowProps={(h) => ({ 'data-testid': 'hit-row', 'data-status': h.status, 'data-seq': String(h.seq) })}
      state={table}
      total={q.data.total}
      screen="hits"
      chips={chips}
      toolbar={toolbar}
      stale={q.isPlaceholderData}
      minWidth={720}
      emptyTitle={running ? t('screening.queue.stillRunning') : t(`screening.queue.empty.${status}`)}
      emptyHelp={status === 'open' && !running && anyHits ? t('screening.queue.allDecided') : undefined}
      data-testid="hit-list"
    />
  );
}
