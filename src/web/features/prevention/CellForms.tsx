/** Forms of the cell overview: create a cell (administrators), change its name and municipalities, add members (the coordinator), schedule a meeting with its agenda. */
import { ActionIcon, Button, Group, MultiSelect, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { navigate } from '../../lib/router.tsx';
import { ActError, today, useAct, useMunicipalities } from './common.tsx';
import { MEMBER_ROLES, type CaseSummary, type Cell, type Meeting, type Person } from './types.ts';
import { DateField } from '../../components/DateField.tsx';

function usePeople(enabled: boolean) {
  return useQuery({ queryKey: ['prevention-people'], queryFn: () => api.get<Person[]>('/api/prevention/people'), enabled });
}

/** A prevention administrator creates a cell: its name, the municipalities it covers (one or several) and its coordinator. */
export function NewCellForm() {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const people = usePeople(true);
  const [name, setName] = useState('');
  const [nisCodes, setNis] = useState<string[]>([]);
  const [coordinator, setCoordinator] = useState<string | null>(null);
  const act = useAct(() => api.post<Cell>('/api/prevention/cells', { name, nisCodes, coordinatorUserId: coordinator }), [['prevention-cells']], () => {
    setName('');
    setNis([]);
  });
  return (
    <Paper withBorder p="sm" data-testid="new-cell">
      <Text fw={600}>{t('prevention.cells.newCell')}</Text>
      <Text size="xs" c="dimmed">{t('prevention.cells.newCellHelp')}</Text>
      <TextInput label={t('prevention.cells.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="cell-name" />
      <MultiSelect label={t('prevention.cells.municipalities')} data={municipalities} value={nisCodes} onChange={setNis} searchable limit={30} data-testid="cell-municipalities" />
      <Select
        label={t('prevention.cells.coordinatorPick')}
        description={t('prevention.cells.coordinatorHelp')}
        data={(people.data ?? []).map((p) => ({ value: p.userId, label: `${p.name} (${p.orgName})` }))}
        value={coordinator}
        onChange={setCoordinator}
        searchable
        data-testid="cell-coordinator"
      />
      <ActError error={act.error} />
      <Button mt="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="create-cell">{t('prevention.cells.create')}</Button>
    </Paper>
  );
}

/** The coordinator (or an administrator) renames the cell or changes the municipalities it covers. */
export function CellEditForm({ cell, onDone }: { cell: Cell; onDone: () => void }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const [name, setName] = useState(cell.name);
  const [nisCodes, setNis] = useState<string[]>(cell.municipalities.map((m) => m.nisCode));
  const act = useAct(() => api.put<Cell>(`/api/prevention/cells/${cell.id}`, { name, nisCodes }), [['prevention-cell', cell.id], ['prevention-cells']], onDone);
  return (
    <Stack gap={4} data-testid="edit-cell">
      <TextInput label={t('prevention.cells.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <MultiSelect label={t('prevention.cells.municipalities')} data={municipalities} value={nisCodes} onChange={setNis} searchable limit={30} data-testid="edit-cell-municipalities" />
      <ActError error={act.error} />
      <Group gap="xs">
        <Button size="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="save-cell">{t('common.save')}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>
      </Group>
    </Stack>
  );
}

/** The coordinator adds a member with a role; the organisation is the person's own. */
export function AddMemberForm({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const people = usePeople(true);
  const [userId, setUser] = useState<string | null>(null);
  const [role, setRole] = useState<string | null>('social_services');
  const act = useAct(() => api.post<Cell>(`/api/prevention/cells/${cell.id}/members`, { userId, role }), [['prevention-cell', cell.id], ['prevention-cells']], () => setUser(null));
  const candidates = (people.data ?? []).filter((p) => !cell.members.some((m) => m.userId === p.userId));
  return (
    <Stack gap={4} mt="xs" data-testid="add-member">
      <Group align="end" wrap="wrap" gap="xs">
        <Select label={t('prevention.cells.addMember')} data={candidates.map((p) => ({ value: p.userId, label: `${p.name} (${p.orgName})` }))} value={userId} onChange={setUser} searchable data-testid="member-user" />
        <Select w={180} label={t('prevention.cells.role')} data={MEMBER_ROLES.map((r) => ({ value: r, label: t(`prevention.role.${r}`) }))} value={role} onChange={setRole} data-testid="member-role" />
        <Button variant="light" onClick={() => act.mutate(undefined)} disabled={!userId} loading={act.isPending} data-testid="add-member-button">{t('prevention.cells.add')}</Button>
      </Group>
      <ActError error={act.error} />
    </Stack>
  );
}

type Item = { title: string; caseId: string | null };

/** Agenda items: a title, and optionally a case of the cell the writer reads. */
export function AgendaEditor({ items, onChange, cases }: { items: Item[]; onChange: (items: Item[]) => void; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Item>) => onChange(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Stack gap={4} data-testid="agenda-editor">
      {items.map((it, i) => (
        <Group key={i} align="end" gap="xs" wrap="wrap" data-testid="agenda-item-edit">
          <TextInput label={t('prevention.cells.agendaItemN', { n: i + 1 })} value={it.title} onChange={(e) => set(i, { title: e.currentTarget.value })} data-testid="agenda-title" />
          <Select w={180} label={t('prevention.cells.agendaCase')} data={cases.map((c) => ({ value: c.id, label: c.reference }))} value={it.caseId} onChange={(v) => set(i, { caseId: v })} clearable data-testid="agenda-case" />
          <ActionIcon variant="subtle" color="red" aria-label={t('prevention.cells.removeItem')} onClick={() => onChange(items.filter((_, j) => j !== i))} disabled={items.length === 1}>×</ActionIcon>
        </Group>
      ))}
      <Button size="xs" variant="subtle" onClick={() => onChange([...items, { title: '', caseId: null }])} data-testid="agenda-add">{t('prevention.cells.addItem')}</Button>
    </Stack>
  );
}

/** A member schedules a meeting of the cell with its agenda. */
export function NewMeetingForm({ cell, cases }: { cell: Cell; cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const [heldOn, setDate] = useState(today());
  const [agenda, setAgenda] = useState<Item[]>([{ title: '', caseId: null }]);
  const act = useAct(
    () => api.post<Meeting>(`/api/prevention/cells/${cell.id}/meetings`, { heldOn, agenda: agenda.map((a) => ({ title: a.title, caseId: a.caseId })) }),
    [['prevention-meetings', cell.id]],
    (m) => navigate(`/prevention/meetings/${m.id}`),
  );
  return (
    <Paper withBorder p="xs" mt="xs" data-testid="new-meeting">
      <Text fw={600}>{t('prevention.cells.newMeeting')}</Text>
      <DateField label={t('prevention.cells.heldOn')} value={heldOn} onChange={setDate} w={180} data-testid="meeting-date" />
      <AgendaEditor items={agenda} onChange={setAgenda} cases={cases} />
      <ActError error={act.error} />
      <Button mt="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="schedule-meeting">{t('prevention.cells.schedule')}</Button>
    </Paper>
  );
}
