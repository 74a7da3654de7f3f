/** Content cases and their orders: cases by status, orders by state (pending, overdue, removed, …) with live countdowns. */
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, linkProps, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { CaseStatusBadge, ContentTabs, OrderCountdown, OrderStateBadge } from './common.tsx';
import { ORDER_STATES, type ContentCase, type Order } from './types.ts';

export default function CasesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const loc = useLocation();
  const status = loc.query.get('status') ?? 'open';
  const state = loc.query.get('state') ?? '';
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Group justify="space-between">
        <Title order={2}>{t('content.cases.title')}</Title>
        {can('content', 'write') && (
          <Button component="a" {...linkProps('/content/cases/new')} data-testid="new-case">
            {t('content.cases.new')}
          </Button>
        )}
      </Group>
      <CasesTable status={status} />
      <OrdersTable state={state} />
    </Stack>
  );
}

function CasesTable({ status }: { status: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: ['content-cases', status],
    queryFn: () => api.get<{ items: ContentCase[] }>(`/api/content/cases${qs({ status: status === 'all' ? undefined : status, limit: 200 })}`),
  });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('content.cases.listTitle')}</Title>
        <SegmentedControl
          size="xs"
          value={status}
          onChange={(v) => setQuery({ status: v === 'open' ? undefined : v })}
          data={[
            { value: 'open', label: t('content.caseStatus.open') },
            { value: 'closed', label: t('content.caseStatus.closed') },
            { value: 'all', label: t('content.common.all') },
          ]}
          data-testid="cases-status"
        />
      </Group>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('content.cases.none')}>{t('content.cases.noneHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900} mah={420} type="native">
          <Table verticalSpacing={4} highlightOnHover stickyHeader data-testid="cases-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('content.case.url')}</Table.Th>
                <Table.Th>{t('content.case.provider')}</Table.Th>
                <Table.Th>{t('content.case.offence')}</Table.Th>
                <Table.Th>{t('content.case.status')}</Table.Th>
                <Table.Th>{t('content.case.owner')}</Table.Th>
                <Table.Th>{t('content.case.opened')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((c) => (
                <Table.Tr key={c.id} data-testid="case-row">
                  <Table.Td maw={420}>
                    <Anchor component={Link} to={`/content/cases/${c.id}`} size="sm" fw={600} style={{ wordBreak: 'break-all' }} data-testid="case-link">
                      {c.url}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.provider.name} <Text span size="xs" c="dimmed">{c.provider.country}</Text></Table.Td>
                  <Table.Td>{t(`content.offence.${c.offence}.label`)}</Table.Td>
                  <Table.Td><CaseStatusBadge status={c.status} /></Table.Td>
                  <Table.Td><Text size="sm">{c.markings.ownerOrgName}</Text></Table.Td>
                  <Table.Td><Text size="xs">{formatDateTime(c.createdAt, i18n.language)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function OrdersTable({ state }: { state: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: ['content-orders', state],
    queryFn: () => api.get<{ items: Order[] }>(`/api/content/orders${qs({ state: state || undefined, limit: 200 })}`),
  });
  const overdue = q.data?.items.filter((o) => o.state === 'overdue').length ?? 0;
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={4}>{t('content.cases.ordersTitle')}</Title>
          {overdue > 0 && <Badge color="red">{t('content.cases.overdueCount', { count: overdue })}</Badge>}
        </Group>
        <Select
          size="xs"
          w={200}
          aria-label={t('content.cases.stateFilter')}
          value={state}
          onChange={(v) => setQuery({ state: v || undefined })}
          data={[{ value: '', label: t('content.cases.anyState') }, ...ORDER_STATES.map((s) => ({ value: s, label: t(`content.state.${s}`) }))]}
          allowDeselect={false}
          data-testid="orders-state"
        />
      </Group>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('content.cases.noOrders')} />}
      {q.data && q.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900} mah={420} type="native">
          <Table verticalSpacing={4} highlightOnHover stickyHeader data-testid="orders-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('content.order.kindLabel')}</Table.Th>
                <Table.Th>{t('content.case.url')}</Table.Th>
                <Table.Th>{t('content.case.provider')}</Table.Th>
                <Table.Th>{t('content.order.state')}</Table.Th>
                <Table.Th>{t('content.order.deadline')}</Table.Th>
                <Table.Th>{t('content.order.issued')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((o) => (
                <Table.Tr key={o.id} data-testid="order-row" bg={o.state === 'overdue' ? 'red.0' : undefined}>
                  <Table.Td>{t(`content.order.kind.${o.kind}`)}</Table.Td>
                  <Table.Td maw={360}>
                    <Anchor component={Link} to={`/content/cases/${o.caseId}`} size="sm" style={{ wordBreak: 'break-all' }}>
                      {o.url ?? o.caseId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{o.provider.name}</Table.Td>
                  <Table.Td><OrderStateBadge state={o.state} /></Table.Td>
                  <Table.Td>{o.countdown ? <OrderCountdown countdown={o.countdown} state={o.state} receivedAt={q.dataUpdatedAt} compact /> : <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td><Text size="xs">{formatDateTime(o.issuedAt, i18n.language)}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
