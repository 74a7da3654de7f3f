/** The legal pillar: the board of authorisations by state and deadline, cooperation requests, the deadlines calendar, the registry. */
import { Badge, Button, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { CooperationList } from './CooperationList.tsx';
import { DeadlinesCalendar } from './DeadlinesCalendar.tsx';
import { RegistryEditor } from './RegistryEditor.tsx';
import type { AuthSummary } from './types.ts';
import { formatDay } from '../../lib/format.ts';

export default function LegalPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('legal.title')}</Title>
        <Group>
          {can('legal', 'write') && <Button onClick={() => navigate('/legal/new')} data-testid="legal-new">{t('legal.newRequest')}</Button>}
          {can('legal', 'write') && <Button variant="light" onClick={() => navigate('/legal/cooperation/new')} data-testid="coop-new">{t('legal.coop.new')}</Button>}
          {can('legal', 'oversee') && <Button variant="light" onClick={() => navigate('/legal/statistics')}>{t('legal.statistics')}</Button>}
        </Group>
      </Group>
      <Tabs defaultValue="board">
        <Tabs.List>
          <Tabs.Tab value="board">{t('legal.board')}</Tabs.Tab>
          <Tabs.Tab value="cooperation" data-testid="tab-cooperation">{t('legal.coop.tab')}</Tabs.Tab>
          <Tabs.Tab value="deadlines" data-testid="tab-deadlines">{t('legal.deadlines')}</Tabs.Tab>
          <Tabs.Tab value="registry">{t('legal.registry')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="sm"><Board /></Tabs.Panel>
        <Tabs.Panel value="cooperation" pt="sm"><CooperationList /></Tabs.Panel>
        <Tabs.Panel value="deadlines" pt="sm"><DeadlinesCalendar /></Tabs.Panel>
        <Tabs.Panel value="registry" pt="sm"><RegistryEditor /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Board() {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['legal-board'], queryFn: () => api.get<AuthSummary[]>('/api/legal/authorisations') });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.length === 0) return <Empty title={t('legal.noAuthorisations')} />;
  const states = [...new Set(q.data.map((a) => a.state))];
  return (
    <Stack>
      {states.map((s) => (
        <Stack key={s} gap={4}>
          <Title order={5}>{t(`legal.state.${s}`)}</Title>
          <Table striped>
            <Table.Tbody>
              {q.data.filter((a) => a.state === s).map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td><Link to={`/legal/authorisations/${a.id}`}>{a.reference}</Link></Table.Td>
                  <Table.Td>{a.orgName}</Table.Td>
                  <Table.Td>{t(`legal.method.${a.method}`, { defaultValue: a.method })} <Badge size="xs">{t(`legal.tier.${a.tier}`)}</Badge></Table.Td>
                  <Table.Td>{a.nextDeadline ? <Text size="sm" c={a.nextDeadline.overdue ? 'red' : undefined}>{t(`legal.deadline.${a.nextDeadline.key}`)}: {formatDay(a.nextDeadline.due, i18n.language)}</Text> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
