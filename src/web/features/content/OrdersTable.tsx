/**
 * The orders on readable cases as a table (issue 17): sortable by kind, URL, state, deadline and issue
 * date, paged with the total the user may read, the state filter as a chip and saved views ("orders").
 */
import { Anchor, Badge, Group, Paper, Select, Text, Title, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column, type FilterChip } from '../../components/DataTable.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { useTableState } from '../../components/useTableState.ts';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { OrderCountdown, OrderStateBadge } from './common.tsx';
import { orderRowProps } from './order-row.ts';
import { ORDER_STATES, type Order } from './types.ts';

const SORTS = ['createdAt', 'issuedAt', 'dueAt', 'kind', 'status', 'url'] as const;
const FILTERS = ['state'] as const;
type Sort = (typeof SORTS)[number];

export function OrdersTable() {
  const { t, i18n } = useTranslation();
  const table = useTableState<Sort, (typeof FILTERS)[number]>({ sorts: SORTS, filters: FILTERS, defaultSort: 'createdAt', defaultDir: 'desc', firstDir: { createdAt: 'desc', issuedAt: 'desc' } });
  const raw = table.filters.state;
  const state = raw && (ORDER_STATES as readonly string[]).includes(raw) ? raw : undefined;
  const a = table.apiParams();
  const params = { state, sort: a.sort, dir: a.dir, limit: a.limit, offset: a.offset };
  const q = useQuery({
    queryKey: ['content-orders', params],
    queryFn: () => api.get<{ items: Order[]; total: number }>(`/api/content/orders${qs(params)}`),
    placeholderData: keepPreviousData,
  });
  const overdue = q.data?.items.filter((o) => o.state === 'overdue').length ?? 0;
  const chips: FilterChip[] = state ? [{ key: 'state', label: `${t('content.cases.stateFilter')}: ${t(`content.state.${state}`)}` }] : [];
  const columns: Array<Column<Order, Sort>> = [
    {
      key: 'kind',
      header: t('content.order.kindLabel'),
      sort: 'kind',
      render: (o) => (
        <>
          {o.state === 'overdue' && <VisuallyHidden data-testid="order-overdue-label">{t('content.cases.overdueRow')}: </VisuallyHidden>}
          {t(`content.order.kind.${o.kind}`)}
        </>
      ),
    },
    {
      key: 'url',
      header: t('content.case.url'),
      sort: 'url',
      style: { maxWidth: 360 },
      render: (o) => (
        <Anchor component={Link} to={`/content/cases/${o.caseId}`} size="sm" style={{ wordBreak: 'break-all' }} data-testid="order-url">
          {o.url ?? o.caseId}
        </Anchor>
      ),
    },
    { key: 'provider', header: t('content.case.provider'), render: (o) => o.provider.name },
    { key: 'state', header: t('content.order.state'), sort: 'status', render: (o) => <OrderStateBadge state={o.state} /> },
    {
      key: 'deadline',
      header: t('content.order.deadline'),
      sort: 'dueAt',
      render: (o) => (o.countdown ? <OrderCountdown countdown={o.countdown} state={o.state} receivedAt={q.dataUpdatedAt} compact /> : <Text span c="dimmed">—</Text>),
    },
    { key: 'issued', header: t('content.order.issued'), sort: 'issuedAt', render: (o) => <Text size="xs">{formatDateTime(o.issuedAt, i18n.language)}</Text> },
  ];
  const toolbar = (
    <Group gap="xs" align="center">
      <Title order={4}>{t('content.cases.ordersTitle')}</Title>
      {overdue > 0 && <Badge color="red">{t('content.cases.overdueCount', { count: overdue })}</Badge>}
      <Select
        size="xs"
        w={200}
        aria-label={t('content.cases.stateFilter')}
        value={state ?? ''}
        onChange={(v) => table.setFilter('state', v || null)}
        data={[{ value: '', label: t('content.cases.anyState') }, ...ORDER_STATES.map((s) => ({ value: s, label: t(`content.state.${s}`) }))]}
        allowDeselect={false}
        data-testid="orders-state"
      />
    </Group>
  );
  return (
    <Paper withBorder p="sm">
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <DataTable
          columns={columns}
          rows={q.data.items}
          rowKey={(o) => o.id}
          rowProps={(o) => orderRowProps(o, t('content.cases.overdueRow')).props}
          rowStyle={(o) => orderRowProps(o, t('content.cases.overdueRow')).style}
          state={table}
          total={q.data.total}
          screen="orders"
          chips={chips}
          toolbar={toolbar}
          stale={q.isPlaceholderData}
          minWidth={900}
          emptyTitle={t('content.cases.noOrders')}
          data-testid="orders-table"
        />
      )}
    </Paper>
  );
}
