/** Content cases and their orders: cases by status, orders by state (pending, overdue, removed, …) with live countdowns. */
import { Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, linkProps, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { CaseStatusBadge, ContentTabs } from './common.tsx';
import { OrdersTable } from './OrdersTable.tsx';
import type { ContentCase } from './types.ts';

export default function CasesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const loc = useLocation();
  const status = loc.query.get('status') ?? 'open';
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
      <OrdersTable />
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
