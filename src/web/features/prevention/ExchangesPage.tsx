/** CVE exchanges and networks: type, city and partner cities, participants as counts per cohort, lessons and the follow-up actions they led to. */
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../../lib/session.tsx';
import { ExchangeForm, ExchangePartsForm, FollowUpForm } from './ExchangeForms.tsx';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { PreventionTabs } from './common.tsx';
import type { Exchange, ExchangeSummary } from './types.ts';

export default function ExchangesPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['prevention-exchanges'], queryFn: () => api.get<ExchangeSummary[]>('/api/prevention/exchanges') });
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <PreventionTabs />
      <Title order={2}>{t('prevention.exchanges.title')}</Title>
      <Text size="sm" c="dimmed">{t('prevention.exchanges.countsOnly')}</Text>
      {can('prevention', 'write') && !id && (adding ? <ExchangeForm /> : <Group><Button variant="light" onClick={() => setAdding(true)} data-testid="new-exchange-button">{t('prevention.exchanges.new')}</Button></Group>)}
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} />}
      {list.data && (
        <Table.ScrollContainer minWidth={600} type="native">
          <Table data-testid="exchanges">
            <Table.Thead>
              <Table.Tr><Table.Th /><Table.Th>{t('prevention.exchanges.city')}</Table.Th><Table.Th>{t('prevention.exchanges.donors')}</Table.Th><Table.Th>{t('prevention.exchanges.partners')}</Table.Th><Table.Th>{t('prevention.exchanges.participants')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((x) => (
                <Table.Tr key={x.id} data-testid="exchange-row">
                  <Table.Td><Badge variant="light">{t(`prevention.exchanges.type.${x.type}`)}</Badge> <Anchor component={Link} to={`/prevention/exchanges/${x.id}`}>{x.title}</Anchor></Table.Td>
                  <Table.Td>{x.city}</Table.Td>
                  <Table.Td data-testid="exchange-donor-list">{x.donorMunicipalities.map((d) => d.name).join(', ')}</Table.Td>
                  <Table.Td>{x.partnerCities.join(', ')}</Table.Td>
                  <Table.Td>{x.participants} ({x.cohorts})</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {id && <ExchangeDetail id={id} />}
    </Stack>
  );
}

function ExchangeDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['prevention-exchange', id], queryFn: () => api.get<Exchange>(`/api/prevention/exchanges/${id}`) });
  const [editing, setEditing] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} />;
  const x = q.data;
  if (editing) return <ExchangeForm exchange={x} onDone={() => setEditing(false)} />;
  return (
    <Paper withBorder p="sm" data-testid="exchange-detail">
      <Group justify="space-between">
        <Title order={3}>{x.title}</Title>
        {x.canWrite && <Button size="xs" variant="subtle" onClick={() => setEditing(true)} data-testid="edit-exchange-button">{t('common.edit')}</Button>}
      </Group>
      <Text size="sm"><Badge variant="light">{t(`prevention.exchanges.type.${x.type}`)}</Badge> {x.city} · {formatDate(x.startsOn)}{x.endsOn ? ` – ${formatDate(x.endsOn)}` : ''} · {x.orgName}</Text>
      {x.donorMunicipalities.length > 0 && <Text size="sm" data-testid="exchange-donors-detail">{t('prevention.exchanges.donors')}: {x.donorMunicipalities.map((d) => d.name).join(', ')}</Text>}
      {x.partnerCities.length > 0 && <Text size="sm">{t('prevention.exchanges.partners')}: {x.partnerCities.join(', ')}</Text>}
      {x.description && <Text size="sm" c="dimmed">{x.description}</Text>}
      <Text fw={600} mt="xs">{t('prevention.exchanges.cohorts')}</Text>
      {x.cohortList.map((c) => <Text key={c.id} size="sm">{c.label} ({c.year}): {c.participants}</Text>)}
      <Text fw={600} mt="xs">{t('prevention.exchanges.activities')}</Text>
      {x.activities.map((a) => <Text key={a.id} size="sm">{formatDate(a.heldOn)} · {a.description}</Text>)}
      <Text fw={600} mt="xs">{t('prevention.exchanges.lessons')}</Text>
      {x.lessons.map((l) => (
        <div key={l.id}>
          <Text size="sm">{l.text}</Text>
          {l.followUps.map((f) => (
            <Group key={f.id} gap="xs" ml="md">
              <Text size="sm">→ {f.action}</Text>
              <Badge size="xs" variant="light">{t(`prevention.exchanges.status.${f.status}`)}</Badge>
              {f.indicatorId && <Text size="xs" c="dimmed">{t('prevention.exchanges.indicator', { id: f.indicatorId })}</Text>}
            </Group>
          ))}
          {x.canWrite && <FollowUpForm exchangeId={x.id} lessonId={l.id} />}
        </div>
      ))}
      {x.canWrite && <ExchangePartsForm x={x} />}
    </Paper>
  );
}
