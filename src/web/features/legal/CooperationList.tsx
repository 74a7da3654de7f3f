/** Judicial cooperation requests (extradition, European Arrest Warrant, mutual legal assistance) with their next deadline. */
import { Badge, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import type { Cooperation } from './types.ts';
import { formatDay } from '../../lib/format.ts';

export function CooperationList() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState('all');
  const q = useQuery({ queryKey: ['legal-cooperation', kind], queryFn: () => api.get<Cooperation[]>(`/api/legal/cooperation${kind === 'all' ? '' : `?kind=${kind}`}`) });
  return (
    <>
      <Group mb="sm">
        <SegmentedControl size="xs" value={kind} onChange={setKind} data={[{ value: 'all', label: t('legal.coop.all') }, ...['eaw', 'extradition', 'mla'].map((k) => ({ value: k, label: t(`legal.coop.kind.${k}`) }))]} />
      </Group>
      {q.isPending ? <Loading /> : q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : q.data.length === 0 ? <Empty title={t('legal.coop.none')} /> : (
        <Table striped data-testid="coop-list">
          <Table.Thead><Table.Tr><Table.Th>{t('legal.record')}</Table.Th><Table.Th>{t('legal.coop.kindLabel')}</Table.Th><Table.Th>{t('legal.coop.counterpart')}</Table.Th><Table.Th>{t('legal.service')}</Table.Th><Table.Th>{t('legal.coop.stateLabel')}</Table.Th><Table.Th>{t('legal.coop.nextDeadline')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {q.data.map((c) => {
              const next = [...c.deadlines].sort((a, b) => a.due.localeCompare(b.due))[0];
              return (
                <Table.Tr key={c.id}>
                  <Table.Td><Link to={`/legal/cooperation/${c.id}`}>{c.reference}</Link></Table.Td>
                  <Table.Td>{t(`legal.coop.kind.${c.kind}`)} <Badge size="xs" variant="light">{t(`legal.coop.direction.${c.direction}`)}</Badge></Table.Td>
                  <Table.Td>{c.otherCountry} · {c.counterpart}</Table.Td>
                  <Table.Td>{c.orgName}</Table.Td>
                  <Table.Td>{t(`legal.coop.state.${c.state}`, { defaultValue: c.state })}</Table.Td>
                  <Table.Td>{next ? <Text size="sm" c={next.overdue ? 'red' : undefined}>{t(`legal.deadline.${next.key}`, { defaultValue: next.key })}: {formatDay(next.due, i18n.language)}</Text> : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
