/**
 * The task board (protocol activation, tasks added by hand) and the unit and asset board (units requested
 * by hand, each with an optional position for the incident's map, set when requested or changed later).
 */
import { Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { errorText } from '../../lib/validation.ts';
import { useInvalidate } from './live.ts';
import { checkPosition, positionText, type Coordinate } from './position.ts';
import { DISCIPLINES, TASK_STATUSES, UNIT_STATUSES, type IncidentDetail, type MapUnit, type Protocol, type Task } from './types.ts';

const disciplineData = (t: (k: string) => string) => DISCIPLINES.map((d) => ({ value: d, label: `${d} · ${t(`crisis.discipline.${d}`)}` }));

function useOrgOptions() {
  const orgs = useOrganisations();
  return (orgs.data ?? []).filter((o) => o.kind !== 'oversight').map((o) => ({ value: o.id, label: o.name }));
}

export function Tasks({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'tasks'], queryFn: () => api.get<{ items: Task[] }>(`/api/crisis/incidents/${i.id}/tasks`) });
  const writable = i.can.write && i.status === 'open';
  const protocols = useQuery({ queryKey: ['crisis', 'protocols'], queryFn: () => api.get<{ items: Protocol[] }>('/api/crisis/protocols'), enabled: writable });
  const [protocolId, setProtocolId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const activate = useMutation({ mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/activations`, { protocolId }), onSuccess: inv });
  const move = useMutation({ mutationFn: (v: { taskId: string; status: string; reason?: string }) => api.post(`/api/crisis/incidents/${i.id}/tasks/${v.taskId}/status`, { status: v.status, reason: v.reason }), onSuccess: inv });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between"><Title order={4}>{t('crisis.tasks')}</Title>
        {writable && <Button size="compact-xs" variant="light" onClick={() => setAdding((a) => !a)} data-testid="task-add-open">{t('crisis.addTask')}</Button>}
      </Group>
      {writable && (
        <Group gap="xs" my="xs" wrap="wrap">
          <Select size="xs" placeholder={t('crisis.protocol')} value={protocolId} onChange={setProtocolId} data={(protocols.data?.items ?? []).filter((p) => p.incidentType === i.type).map((p) => ({ value: p.id, label: `${p.title} (v${p.version})` }))} data-testid="protocol-select" w={280} />
          <Button size="xs" disabled={!protocolId} onClick={() => activate.mutate()} loading={activate.isPending} data-testid="protocol-activate">{t('crisis.activate')}</Button>
        </Group>
      )}
      {adding && writable && <TaskForm i={i} onDone={() => setAdding(false)} />}
      {activate.isError && <FormError message={errorText(activate.error, t)} />}
      {move.isError && <FormError message={errorText(move.error, t)} />}
      <div style={{ overflowX: 'auto' }}>
        <Table verticalSpacing={2} data-testid="task-board">
          <Table.Tbody>
            {(q.data?.items ?? []).map((task) => (
              <Table.Tr key={task.id} data-testid="task-row">
                <Table.Td><Badge size="sm" variant="outline">{task.discipline}</Badge></Table.Td>
                <Table.Td fz="sm">{task.title}<Text size="xs" c="dimmed">{task.role}{task.orgName ? ` · ${task.orgName}` : ''}</Text>
                  {task.blockedReason && <Text size="xs" c="red">{task.blockedReason}</Text>}</Table.Td>
                <Table.Td fz="xs" c={task.overdue ? 'red' : undefined}>{task.dueAt ? formatDateTime(task.dueAt, i18n.language) : ''}</Table.Td>
                <Table.Td>
                  <Select size="xs" w={130} value={task.status} disabled={!writable} data-testid="task-status" aria-label={t('crisis.taskStatusOf', { title: task.title })} data={TASK_STATUSES.map((v) => ({ value: v, label: t(`crisis.taskStatus.${v}`) }))}
                    onChange={(v) => { if (!v || v === task.status) return; const reason = v === 'blocked' ? (window.prompt(t('crisis.blockedReason')) ?? '') : undefined; move.mutate({ taskId: task.id, status: v, reason }); }} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}

/** A task added by hand: for a role (and optionally an organisation), never a person. */
function TaskForm({ i, onDone }: { i: IncidentDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const orgOptions = useOrgOptions();
  const [discipline, setDiscipline] = useState<string>('D3');
  const [title, setTitle] = useState('');
  const [role, setRole] = useState('');
  const [orgId, setOrgId] = useState<string | null>(null);
  const [dueAt, setDueAt] = useState('');
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/tasks`, { discipline, title, role, orgId, dueAt: dueAt ? new Date(dueAt).toISOString() : null }),
    onSuccess: () => { onDone(); inv(); },
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }} data-testid="task-form">
      <SimpleGrid cols={{ base: 1, sm: 3 }} my="xs" spacing="xs">
        <Select size="xs" label={t('crisis.field.discipline')} value={discipline} onChange={(v) => setDiscipline(v ?? 'D3')} data={disciplineData(t)} />
        <TextInput size="xs" label={t('crisis.field.task')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-testid="task-title" />
        <TextInput size="xs" label={t('crisis.field.role')} value={role} onChange={(e) => setRole(e.currentTarget.value)} required data-testid="task-role" />
        <Select size="xs" label={t('crisis.field.organisation')} searchable clearable value={orgId} onChange={setOrgId} data={orgOptions} />
        <DateTimeField size="xs" label={t('crisis.field.dueAt')} value={dueAt} onChange={setDueAt} data-testid="task-due" />
      </SimpleGrid>
      {add.isError && <FormError message={errorText(add.error, t)} />}
      <Group gap="xs"><Button size="xs" type="submit" loading={add.isPending} data-testid="task-submit">{t('crisis.add')}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('crisis.cancel')}</Button></Group>
    </form>
  );
}

export function Units({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'units'], queryFn: () => api.get<{ items: MapUnit[] }>(`/api/crisis/incidents/${i.id}/units`) });
  const writable = i.can.write && i.status === 'open';
  const [adding, setAdding] = useState(false);
  const [placing, setPlacing] = useState<string | null>(null);
  const move = useMutation({ mutationFn: (v: { unitId: string; status: string }) => api.post(`/api/crisis/incidents/${i.id}/units/${v.unitId}/status`, { status: v.status }), onSuccess: inv });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between"><Title order={4}>{t('crisis.units')}</Title>
        {writable && <Button size="compact-xs" variant="light" onClick={() => setAdding((a) => !a)} data-testid="unit-add-open">{t('crisis.requestUnit')}</Button>}
      </Group>
      {adding && writable && <UnitForm i={i} onDone={() => setAdding(false)} />}
      {move.isError && <FormError message={errorText(move.error, t)} />}
      <Stack gap={2} data-testid="unit-board">
        {(q.data?.items ?? []).map((u) => (
          <Stack key={u.id} gap={0} data-testid="unit-row">
            <Group gap="xs" wrap="wrap">
              <Badge size="sm" variant="outline">{u.discipline}</Badge>
              <Text size="sm">{u.name} · {u.kind} · {u.orgName}</Text>
              <Select size="xs" w={130} value={u.status} disabled={!writable} aria-label={t('crisis.unitStatusOf', { name: u.name })} data={UNIT_STATUSES.map((v) => ({ value: v, label: t(`crisis.unitStatus.${v}`) }))} onChange={(v) => v && v !== u.status && move.mutate({ unitId: u.id, status: v })} />
              <Text size="xs" c="dimmed" ff="monospace" data-testid="unit-position">{positionText(u.lat, u.lon) ?? t('crisis.position.none')}</Text>
              {writable && u.status !== 'released' && (
                <Button size="compact-xs" variant="subtle" onClick={() => setPlacing((x) => (x === u.id ? null : u.id))} aria-label={t('crisis.position.of', { name: u.name })} data-testid="unit-position-open">{t('crisis.position.edit')}</Button>
              )}
            </Group>
            {placing === u.id && writable && <UnitPositionForm i={i} unit={u} onDone={() => setPlacing(null)} />}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** Latitude and longitude fields of a unit, checked as typed (both or neither, inside Belgium). */
function PositionFields({ lat, lon, setLat, setLon, errors, testId }: { lat: Coordinate; lon: Coordinate; setLat: (v: Coordinate) => void; setLon: (v: Coordinate) => void; errors: { lat?: string; lon?: string }; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <NumberInput size="xs" label={t('crisis.field.lat')} value={lat} onChange={setLat} decimalScale={5} error={errors.lat} data-testid={`${testId}-lat`} />
      <NumberInput size="xs" label={t('crisis.field.lon')} value={lon} onChange={setLon} decimalScale={5} error={errors.lon} data-testid={`${testId}-lon`} />
    </>
  );
}

/** Changes (or clears) the position of a unit already on the board. */
function UnitPositionForm({ i, unit, onDone }: { i: IncidentDetail; unit: MapUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const [lat, setLat] = useState<Coordinate>(unit.lat ?? '');
  const [lon, setLon] = useState<Coordinate>(unit.lon ?? '');
  const check = checkPosition(lat, lon, t);
  const save = useMutation({
    mutationFn: (position: { lat: number | null; lon: number | null }) => api.post(`/api/crisis/incidents/${i.id}/units/${unit.id}/status`, position),
    onSuccess: () => { onDone(); inv(); },
  });
  const placed = unit.lat !== null && unit.lon !== null;
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (check.value) save.mutate(check.value); }} data-testid="unit-position-form">
      <SimpleGrid cols={{ base: 1, sm: 3 }} my={4} spacing="xs">
        <PositionFields lat={lat} lon={lon} setLat={setLat} setLon={setLon} errors={check.errors} testId="unit-position" />
      </SimpleGrid>
      {save.isError && <FormError message={errorText(save.error, t)} />}
      <Group gap="xs" mb="xs">
        <Button size="xs" type="submit" disabled={!check.value} loading={save.isPending} data-testid="unit-position-save">{t('crisis.position.save')}</Button>
        {placed && <Button size="xs" variant="light" color="red" onClick={() => save.mutate({ lat: null, lon: null })} data-testid="unit-position-clear">{t('crisis.position.clear')}</Button>}
        <Button size="xs" variant="subtle" onClick={onDone}>{t('crisis.cancel')}</Button>
      </Group>
    </form>
  );
}

/** Requests a unit or asset (name, kind, discipline, organisation, and where it is when known). */
function UnitForm({ i, onDone }: { i: IncidentDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const orgOptions = useOrgOptions();
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [discipline, setDiscipline] = useState<string>('D2');
  const [orgId, setOrgId] = useState<string | null>(null);
  const [lat, setLat] = useState<Coordinate>('');
  const [lon, setLon] = useState<Coordinate>('');
  const position = checkPosition(lat, lon, t);
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/units`, { name, kind, discipline, orgId, lat: position.value?.lat ?? null, lon: position.value?.lon ?? null }),
    onSuccess: () => { onDone(); inv(); },
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); if (position.value !== undefined) add.mutate(); }} data-testid="unit-form">
      <SimpleGrid cols={{ base: 1, sm: 4 }} my="xs" spacing="xs">
        <TextInput size="xs" label={t('crisis.field.unitName')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-testid="unit-name" />
        <TextInput size="xs" label={t('crisis.field.unitKind')} value={kind} onChange={(e) => setKind(e.currentTarget.value)} required data-testid="unit-kind" />
        <Select size="xs" label={t('crisis.field.discipline')} value={discipline} onChange={(v) => setDiscipline(v ?? 'D2')} data={disciplineData(t)} />
        <Select size="xs" label={t('crisis.field.organisation')} searchable value={orgId} onChange={setOrgId} data={orgOptions} data-testid="unit-org" />
        <PositionFields lat={lat} lon={lon} setLat={setLat} setLon={setLon} errors={position.errors} testId="unit" />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mb={4}>{t('crisis.position.hint')}</Text>
      {add.isError && <FormError message={errorText(add.error, t)} />}
      <Group gap="xs"><Button size="xs" type="submit" disabled={!orgId || position.value === undefined} loading={add.isPending} data-testid="unit-submit">{t('crisis.add')}</Button>
        <Button size="xs" variant="subtle" onClick={onDone}>{t('crisis.cancel')}</Button></Group>
    </form>
  );
}
