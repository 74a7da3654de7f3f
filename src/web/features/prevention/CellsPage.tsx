/** The cell overview: cells with their members, the cases the reader takes part in, meetings, the review queue, and bringing a case. */
import { Anchor, Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { AddMemberForm, CellEditForm, NewCellForm, NewMeetingForm } from './CellForms.tsx';
import { ActError, PreventionTabs, StageBadge, useAct } from './common.tsx';
import { MemberLine, MembershipHistory } from './MemberManagement.tsx';
import { LIVC_BASIS_CODE, type CaseDetail, type CaseSummary, type Cell, type CellSummary, type LegalBases, type MeetingSummary, type QueueItem } from './types.ts';

export default function CellsPage() {
  const { t } = useTranslation();
  const cells = useQuery({ queryKey: ['prevention-cells'], queryFn: () => api.get<CellSummary[]>('/api/prevention/cells') });
  const cases = useQuery({ queryKey: ['prevention-cases'], queryFn: () => api.get<CaseSummary[]>('/api/prevention/cases') });
  const queue = useQuery({ queryKey: ['prevention-queue'], queryFn: () => api.get<QueueItem[]>('/api/prevention/review-queue') });
  const { can } = useSession();
  return (
    <Stack gap="sm">
      <PreventionTabs />
      <Title order={2}>{t('prevention.cells.title')}</Title>
      {cells.isPending && <Loading />}
      {cells.isError && <ErrorState error={cells.error} />}
      {cells.data?.length === 0 && <Empty title={t('prevention.cells.none')}>{t('prevention.cells.noneHelp')}</Empty>}
      {cells.data?.map((c) => <CellCard key={c.id} id={c.id} cases={(cases.data ?? []).filter((x) => x.cellId === c.id)} />)}
      {can('prevention', 'admin') && <NewCellForm />}
      {queue.data && queue.data.length > 0 && (
        <Paper withBorder p="sm" data-testid="review-queue">
          <Title order={4}>{t('prevention.cells.queue')}</Title>
          <Text size="sm" c="dimmed" mb="xs">{t('prevention.cells.queueHelp')}</Text>
          {queue.data.map((q) => (
            <Group key={q.id} gap="xs">
              <Anchor component={Link} to={`/prevention/cases/${q.id}`}>{q.reference}</Anchor>
              <Badge color={q.state === 'soon' ? 'yellow' : 'red'} variant="light" tt="none">{t(`prevention.cells.queueState.${q.state}`)}</Badge>
              <Text size="sm">{formatDate(q.reviewDate)}</Text>
            </Group>
          ))}
        </Paper>
      )}
    </Stack>
  );
}

function CellCard({ id, cases }: { id: string; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const cell = useQuery({ queryKey: ['prevention-cell', id], queryFn: () => api.get<Cell>(`/api/prevention/cells/${id}`) });
  const meetings = useQuery({ queryKey: ['prevention-meetings', id], queryFn: () => api.get<MeetingSummary[]>(`/api/prevention/cells/${id}/meetings`) });
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  if (!cell.data) return cell.isError ? <ErrorState error={cell.error} /> : <Loading />;
  const c = cell.data;
  const manages = c.me.coordinator || can('prevention', 'admin');
  return (
    <Paper withBorder p="sm" data-testid="cell">
      {editing ? (
        <CellEditForm cell={c} onDone={() => setEditing(false)} />
      ) : (
        <Group justify="space-between">
          <Title order={3} data-testid="cell-title">{c.name}</Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed" data-testid="cell-municipality-list">{c.municipalities.map((m) => m.name).join(', ')}</Text>
            {manages && <Button size="xs" variant="subtle" onClick={() => setEditing(true)} data-testid="edit-cell-button">{t('common.edit')}</Button>}
          </Group>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs">
        <Stack gap={4}>
          <Text fw={600}>{t('prevention.cells.members')}</Text>
          {c.members.map((m) => <MemberLine key={m.id} cell={c} m={m} manages={manages} />)}
          <MembershipHistory cell={c} />
          {manages && <AddMemberForm cell={c} />}
          <Text fw={600} mt="sm">{t('prevention.cells.meetings')}</Text>
          {meetings.data?.length === 0 && <Text size="sm" c="dimmed">{t('prevention.cells.noMeetings')}</Text>}
          {meetings.data?.map((m) => (
            <Anchor key={m.id} component={Link} to={`/prevention/meetings/${m.id}`} size="sm" data-testid="meeting-link">
              {t('prevention.meeting.title', { date: formatDate(m.heldOn) })}
            </Anchor>
          ))}
          {c.me.memberId && <NewMeetingForm cell={c} cases={cases} />}
        </Stack>
        <Stack gap={4}>
          <Text fw={600}>{t('prevention.cells.cases')}</Text>
          {cases.length === 0 && <Text size="sm" c="dimmed">{t('prevention.cells.noCases')}</Text>}
          {cases.length > 0 && (
            <Table.ScrollContainer minWidth={360} type="native">
              <Table data-testid="case-table">
                <Table.Tbody>
                  {cases.map((x) => (
                    <Table.Tr key={x.id}>
                      <Table.Td><Anchor component={Link} to={`/prevention/cases/${x.id}`} data-testid="case-link">{x.reference}</Anchor></Table.Td>
                      <Table.Td>{x.municipality}</Table.Td>
                      <Table.Td><StageBadge stage={x.stage} /></Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {c.me.memberId && <NewCaseForm cell={c} />}
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

function NewCaseForm({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [birthYear, setBirthYear] = useState<number | string>('');
  const [nisCode, setNis] = useState<string | null>(cell.municipalities[0]?.nisCode ?? null);
  const bases = useQuery({ queryKey: ['prevention-legal-bases'], queryFn: () => api.get<LegalBases>('/api/prevention/legal-bases') });
  const [picked, setPicked] = useState<{ id: string | null } | null>(null);
  // Until the member picks, the registry's LIVC-R basis is proposed (code LIVC_BASIS_CODE, docs/PREVENTION.md).
  const basisId = picked ? picked.id : (bases.data?.bases.find((b) => b.code === LIVC_BASIS_CODE)?.id ?? null);
  const setBasisId = (id: string | null) => setPicked({ id });
  const [legalBasis, setBasis] = useState('');
  const [consent, setConsent] = useState<string | null>('given');
  const [consentNote, setNote] = useState('');
  const act = useAct(
    () => api.post<CaseDetail>(`/api/prevention/cells/${cell.id}/cases`, { reference, birthYear: Number(birthYear), nisCode, ...(basisId ? { legalBasisId: basisId } : { legalBasis }), consent, ...(consent === 'not_applicable' ? { consentNote } : {}) }),
    [['prevention-cases']],
    (r) => navigate(`/prevention/cases/${r.id}`),
  );
  return (
    <Paper withBorder p="xs" mt="sm" data-testid="new-case">
      <Text fw={600}>{t('prevention.cells.newCase')}</Text>
      <Text size="xs" c="dimmed">{t('prevention.cells.minimumHelp')}</Text>
      <TextInput label={t('prevention.cells.reference')} value={reference} onChange={(e) => setReference(e.currentTarget.value)} placeholder="RIV-2026-015" />
      <NumberInput label={t('prevention.cells.birthYear')} value={birthYear} onChange={setBirthYear} allowDecimal={false} />
      <Select label={t('prevention.cells.municipality')} data={cell.municipalities.map((m) => ({ value: m.nisCode, label: m.name }))} value={nisCode} onChange={setNis} />
      {bases.data?.available && (
        <Select
          label={t('prevention.cells.legalBasis')}
          description={t('prevention.cells.legalBasisHelp')}
          data={bases.data.bases.map((b) => ({ value: b.id, label: `${b.title} (${b.article}, ${b.textReference})` }))}
          value={basisId}
          onChange={setBasisId}
          searchable
          clearable
          data-testid="case-legal-basis"
        />
      )}
      {!basisId && <TextInput label={bases.data?.available ? t('prevention.cells.legalBasisText') : t('prevention.cells.legalBasis')} value={legalBasis} onChange={(e) => setBasis(e.currentTarget.value)} data-testid="case-legal-basis-text" />}
      <Select label={t('prevention.cells.consent')} data={['given', 'not_applicable', 'refused', 'withdrawn'].map((v) => ({ value: v, label: t(`prevention.consent.${v}`) }))} value={consent} onChange={setConsent} />
      {consent === 'not_applicable' && <TextInput label={t('prevention.cells.consentNote')} value={consentNote} onChange={(e) => setNote(e.currentTarget.value)} />}
      <ActError error={act.error} />
      <Button mt="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="open-case">{t('prevention.cells.open')}</Button>
    </Paper>
  );
}
