/** Programmes: the list, and one programme with partners, sessions, totals and the enrolments the reader may see. */
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useSession } from '../../lib/session.tsx';
import { EnrolForm, EnrolmentForms, NewProgrammeForm, ProgrammeOwnerForms } from './ProgrammeForms.tsx';
import { PartnerLine, ProgrammeEditForm, SessionLine } from './ProgrammeEdits.tsx';
import { ProgrammeTheory } from './ProgrammeTheory.tsx';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { PreventionTabs } from './common.tsx';
import type { Programme, ProgrammeSummary } from './types.ts';

export default function ProgrammesPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: ['prevention-programmes'], queryFn: () => api.get<ProgrammeSummary[]>('/api/prevention/programmes') });
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="sm">
      <PreventionTabs />
      <Title order={2}>{t('prevention.programmes.title')}</Title>
      {can('prevention', 'write') && !id && (adding ? <NewProgrammeForm /> : <Group><Button variant="light" onClick={() => setAdding(true)} data-testid="new-programme-button">{t('prevention.programmes.new')}</Button></Group>)}
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} />}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {list.data?.map((p) => (
          <Paper key={p.id} withBorder p="sm" data-testid="programme">
            <Anchor component={Link} to={`/prevention/programmes/${p.id}`} fw={600}>{p.name}</Anchor>
            <Group gap="xs"><Badge variant="light">{t(`prevention.programmes.kind.${p.kind}`)}</Badge><Text size="sm">{p.municipality} · {p.orgName}</Text></Group>
            <Text size="sm" c="dimmed">{p.description}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      {id && <ProgrammeDetail id={id} />}
    </Stack>
  );
}

function ProgrammeDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const q = useQuery({ queryKey: ['prevention-programme', id], queryFn: () => api.get<Programme>(`/api/prevention/programmes/${id}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} />;
  const p = q.data;
  return (
    <Paper withBorder p="sm" data-testid="programme-detail">
      {editing ? (
        <ProgrammeEditForm p={p} onDone={() => setEditing(false)} />
      ) : (
        <Group justify="space-between">
          <Title order={3}>{p.name}</Title>
          {p.canWrite && <Button size="xs" variant="subtle" onClick={() => setEditing(true)} data-testid="edit-programme-button">{t('common.edit')}</Button>}
        </Group>
      )}
      {(p.startsOn || p.endsOn) && <Text size="sm" data-testid="programme-dates">{t('prevention.programmes.runs', { from: p.startsOn ? formatDate(p.startsOn) : '…', to: p.endsOn ? formatDate(p.endsOn) : '…' })}</Text>}
      <Text size="sm" data-testid="totals">{t('prevention.programmes.totals', p.totals)}</Text>
      <Text size="sm">{t('prevention.programmes.milestones')}: {Object.entries(p.totals.milestones).map(([d, n]) => `${t(`prevention.programmes.domain.${d}`)} ${n}`).join(' · ')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
        <div>
          <Text fw={600}>{t('prevention.programmes.partners')}</Text>
          {p.partners.map((x) => <PartnerLine key={x.id} p={p} x={x} />)}
          <Text fw={600} mt="xs">{t('prevention.programmes.sessions')}</Text>
          {p.sessions.map((s) => <SessionLine key={s.id} p={p} s={s} />)}
          {p.canWrite && <ProgrammeOwnerForms p={p} />}
        </div>
        <div>
          <Text fw={600}>{t('prevention.programmes.enrolments')}</Text>
          <Text size="xs" c="dimmed">{t('prevention.programmes.enrolmentsHelp')}</Text>
          <Table.ScrollContainer minWidth={320} type="native">
            <Table>
              <Table.Tbody>
                {p.enrolments.map((e) => (
                  <Fragment key={e.id}>
                  <Table.Tr>
                    <Table.Td><Anchor component={Link} to={`/prevention/cases/${e.caseId}`}>{e.reference}</Anchor></Table.Td>
                    <Table.Td>{t(`prevention.programmes.enrolmentStatus.${e.status}`, { defaultValue: e.status })}{e.outcome ? ` (${t(`prevention.programmes.outcomes.${e.outcome}`, { defaultValue: e.outcome })})` : ''}</Table.Td>
                    <Table.Td>{t('prevention.programmes.attendance', e)}</Table.Td>
                    <Table.Td>{e.milestones.map((m) => t(`prevention.programmes.domain.${m.domain}`)).join(', ')}</Table.Td>
                    <Table.Td>{can('prevention', 'write') && <Button size="xs" variant="subtle" onClick={() => setOpen(open === e.id ? null : e.id)}>{t('prevention.programmes.record')}</Button>}</Table.Td>
                  </Table.Tr>
                  {open === e.id && (
                    <Table.Tr>
                      <Table.Td colSpan={5}><EnrolmentForms p={p} e={e} /></Table.Td>
                    </Table.Tr>
                  )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {can('prevention', 'write') && <EnrolForm p={p} />}
        </div>
      </SimpleGrid>
      <ProgrammeTheory programmeId={p.id} />
    </Paper>
  );
}
