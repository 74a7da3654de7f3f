/** One incident: phase and terror-plan state, participants, log, tasks, units, situation reports; live over the incident's stream. */
import { Anchor, Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { errorText } from '../../lib/validation.ts';
import { ExerciseWatermark, IncidentBadges } from './common.tsx';
import { PHASES, TASK_STATUSES, TERROR_STATES, UNIT_STATUSES, type IncidentDetail, type LogList, type Protocol, type Sitrep, type Task, type Unit } from './types.ts';

/** Subscribes to the incident's stream; every event (and snapshot-required) refetches the incident's queries. */
function useLive(id: string, lastEventId: number | undefined) {
  const qc = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (lastEventId === undefined) return;
    const es = new EventSource(`/api/crisis/incidents/${id}/stream?lastEventId=${lastEventId}`);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const refresh = () => {
      if (timer) return;
      timer = setTimeout(() => { timer = null; void qc.invalidateQueries({ queryKey: ['crisis', 'incident', id] }); }, 50);
    };
    es.onopen = () => setLive(true);
    es.onerror = () => setLive(false);
    es.onmessage = refresh;
    es.addEventListener('snapshot-required', refresh);
    for (const k of ['incident', 'log', 'task', 'unit', 'sitrep', 'review', 'participant', 'activation']) es.addEventListener(k, refresh);
    return () => { es.close(); if (timer) clearTimeout(timer); };
    // The stream opens once per incident; EventSource reconnects itself with Last-Event-ID.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, lastEventId === undefined]);
  return live;
}

export default function IncidentPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['crisis', 'incident', id], queryFn: () => api.get<IncidentDetail>(`/api/crisis/incidents/${id}`) });
  const live = useLive(id, q.data?.lastEventId);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const i = q.data;
  return (
    <Stack gap="md" data-testid="incident-page">
      {i.exercise && <ExerciseWatermark />}
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{i.title}</Title>
          <Group gap="xs">
            <Badge color={live ? 'green' : 'gray'} variant="dot" data-testid="live-state">{t(live ? 'crisis.live' : 'crisis.offline')}</Badge>
            <Anchor href={`/api/crisis/incidents/${id}/report`} target="_blank" size="sm" data-testid="report-link">{t('crisis.report')}</Anchor>
          </Group>
        </Group>
        <IncidentBadges i={i} />
        <Text size="sm" c="dimmed">{t(`crisis.type.${i.type}`)} · {i.municipality} · {formatDateTime(i.occurredAt, i18n.language)} · {i.orgName}</Text>
        {i.description && <Text size="sm">{i.description}</Text>}
      </Stack>
      {i.can.approve && <Transitions i={i} />}
      <Participants i={i} />
      <Log i={i} />
      <Tasks i={i} />
      <Units i={i} />
      <Sitreps i={i} />
    </Stack>
  );
}

function useInvalidate(id: string) {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['crisis', 'incident', id] });
}

function Transitions({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const [phase, setPhase] = useState<string | null>(null);
  const [terror, setTerror] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const m = useMutation({
    mutationFn: async () => {
      if (phase && phase !== i.phase) await api.post(`/api/crisis/incidents/${i.id}/phase`, { phase, reason, expected: i.phase });
      if (terror && terror !== i.terrorState) await api.post(`/api/crisis/incidents/${i.id}/terror-state`, { terrorState: terror, reason, expected: i.terrorState });
    },
    onSuccess: () => { setReason(''); inv(); },
  });
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.transitions')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select label={t('crisis.field.phase')} value={phase ?? i.phase} onChange={setPhase} data={PHASES.map((v) => ({ value: v, label: t(`crisis.phase.${v}`) }))} data-testid="phase-select" />
        <Select label={t('crisis.field.terror')} value={terror ?? i.terrorState} onChange={setTerror} data={TERROR_STATES.map((v) => ({ value: v, label: t(`crisis.terror.${v}`) }))} data-testid="terror-select" />
        <TextInput label={t('crisis.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="transition-reason" />
      </SimpleGrid>
      {m.isError && <FormError message={errorText(m.error, t)} />}
      <Button mt="xs" size="xs" onClick={() => m.mutate()} loading={m.isPending} data-testid="transition-submit">{t('crisis.apply')}</Button>
    </Paper>
  );
}

function Participants({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.participants')}</Title>
      <Stack gap={2} data-testid="participants">
        {i.participants.map((p) => (
          <Group key={p.orgId} gap="xs" wrap="wrap">
            <Text size="sm" fw={p.declaring ? 700 : 400}>{p.orgName}</Text>
            <Badge size="sm" variant="light">{t(`crisis.participant.${p.status}`)}</Badge>
            <Text size="xs" c="dimmed">{formatDateTime(p.updatedAt, i18n.language)}</Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function Log({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'log'], queryFn: () => api.get<LogList>(`/api/crisis/incidents/${i.id}/log`) });
  const [text, setText] = useState('');
  const [kind, setKind] = useState('decision');
  const [significant, setSignificant] = useState(false);
  const add = useMutation({ mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/log`, { kind, text, significant }), onSuccess: () => { setText(''); setSignificant(false); inv(); } });
  const flag = useMutation({ mutationFn: (entryId: string) => api.post(`/api/crisis/incidents/${i.id}/log/${entryId}/flag`), onSuccess: inv });
  const confirm = useMutation({ mutationFn: (entryId: string) => api.post(`/api/crisis/incidents/${i.id}/log/${entryId}/confirm`), onSuccess: inv });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between"><Title order={4}>{t('crisis.log')}</Title>
        {q.data && <Badge color={q.data.chain.ok ? 'green' : 'red'} variant="light" data-testid="chain-state">{t(q.data.chain.ok ? 'crisis.chainOk' : 'crisis.chainBroken', { seq: q.data.chain.brokenAtSeq })}</Badge>}
      </Group>
      {i.can.write && i.status === 'open' && (
        <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
          <Stack gap={4} my="xs">
            <Textarea placeholder={t('crisis.logPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={1} data-testid="log-text" />
            <Group gap="xs" wrap="wrap">
              <Select size="xs" value={kind} onChange={(v) => setKind(v ?? 'decision')} data={['decision', 'communication'].map((v) => ({ value: v, label: t(`crisis.logKind.${v}`) }))} w={160} />
              <Checkbox size="xs" label={t('crisis.significant')} checked={significant} onChange={(e) => setSignificant(e.currentTarget.checked)} />
              <Button size="xs" type="submit" loading={add.isPending} data-testid="log-submit">{t('crisis.addLog')}</Button>
            </Group>
            {add.isError && <FormError message={errorText(add.error, t)} />}
          </Stack>
        </form>
      )}
      {q.isError && <ErrorState error={q.error} />}
      <Stack gap={2} data-testid="log-entries">
        {q.data?.items.slice().reverse().map((e) => (
          <Group key={e.id} gap="xs" align="flex-start" wrap="nowrap" data-testid="log-entry">
            <Text size="xs" c="dimmed" ff="monospace">#{e.seq}</Text>
            <Stack gap={0} style={{ flex: 1 }}>
              <Text size="sm">{e.text}{e.correctsId && <Text span size="xs" c="dimmed"> ({t('crisis.correction')})</Text>}</Text>
              <Text size="xs" c="dimmed">{t(`crisis.logKind.${e.kind}`)} · {e.author ?? ''} {e.authorOrg ?? ''} · {formatDateTime(e.at, i18n.language)}</Text>
            </Stack>
            {e.significant !== 'no' && <Badge size="xs" color={e.significant === 'confirmed' ? 'red' : 'orange'} data-testid="log-significant">{t(`crisis.significance.${e.significant}`)}</Badge>}
            {e.significant === 'no' && i.can.write && <Button size="compact-xs" variant="subtle" onClick={() => flag.mutate(e.id)}>{t('crisis.flag')}</Button>}
            {e.significant === 'flagged' && i.can.approve && <Button size="compact-xs" variant="light" onClick={() => confirm.mutate(e.id)}>{t('crisis.confirm')}</Button>}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function Tasks({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'tasks'], queryFn: () => api.get<{ items: Task[] }>(`/api/crisis/incidents/${i.id}/tasks`) });
  const protocols = useQuery({ queryKey: ['crisis', 'protocols'], queryFn: () => api.get<{ items: Protocol[] }>('/api/crisis/protocols'), enabled: i.can.write });
  const [protocolId, setProtocolId] = useState<string | null>(null);
  const activate = useMutation({ mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/activations`, { protocolId }), onSuccess: inv });
  const move = useMutation({ mutationFn: (v: { taskId: string; status: string; reason?: string }) => api.post(`/api/crisis/incidents/${i.id}/tasks/${v.taskId}/status`, { status: v.status, reason: v.reason }), onSuccess: inv });
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.tasks')}</Title>
      {i.can.write && i.status === 'open' && (
        <Group gap="xs" my="xs" wrap="wrap">
          <Select size="xs" placeholder={t('crisis.protocol')} value={protocolId} onChange={setProtocolId} data={(protocols.data?.items ?? []).filter((p) => p.incidentType === i.type).map((p) => ({ value: p.id, label: `${p.title} (v${p.version})` }))} data-testid="protocol-select" w={280} />
          <Button size="xs" disabled={!protocolId} onClick={() => activate.mutate()} loading={activate.isPending} data-testid="protocol-activate">{t('crisis.activate')}</Button>
        </Group>
      )}
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
                  <Select size="xs" w={130} value={task.status} disabled={!i.can.write} data={TASK_STATUSES.map((v) => ({ value: v, label: t(`crisis.taskStatus.${v}`) }))}
                    onChange={(v) => { if (!v) return; const reason = v === 'blocked' ? (window.prompt(t('crisis.blockedReason')) ?? '') : undefined; move.mutate({ taskId: task.id, status: v, reason }); }} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </Paper>
  );
}

function Units({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'units'], queryFn: () => api.get<{ items: Unit[] }>(`/api/crisis/incidents/${i.id}/units`) });
  const move = useMutation({ mutationFn: (v: { unitId: string; status: string }) => api.post(`/api/crisis/incidents/${i.id}/units/${v.unitId}/status`, { status: v.status }), onSuccess: inv });
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.units')}</Title>
      {move.isError && <FormError message={errorText(move.error, t)} />}
      <Stack gap={2} data-testid="unit-board">
        {(q.data?.items ?? []).map((u) => (
          <Group key={u.id} gap="xs" wrap="wrap">
            <Badge size="sm" variant="outline">{u.discipline}</Badge>
            <Text size="sm">{u.name} · {u.kind} · {u.orgName}</Text>
            <Select size="xs" w={130} value={u.status} disabled={!i.can.write} data={UNIT_STATUSES.map((v) => ({ value: v, label: t(`crisis.unitStatus.${v}`) }))} onChange={(v) => v && move.mutate({ unitId: u.id, status: v })} />
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function Sitreps({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'sitreps'], queryFn: () => api.get<{ items: Sitrep[] } | Sitrep[]>(`/api/crisis/incidents/${i.id}/sitreps`) });
  const [summary, setSummary] = useState('');
  const add = useMutation({ mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/sitreps`, { summary }), onSuccess: () => { setSummary(''); inv(); } });
  const approve = useMutation({ mutationFn: (sid: string) => api.post(`/api/crisis/incidents/${i.id}/sitreps/${sid}/approve`), onSuccess: inv });
  const items = Array.isArray(q.data) ? q.data : (q.data?.items ?? []);
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.sitreps')}</Title>
      {items.map((s) => (
        <Stack key={s.id} gap={0} my={4}>
          <Group gap="xs"><Text fw={600} size="sm">{t('crisis.sitrepNo', { n: s.number })}</Text>
            {s.approvedAt ? <Badge size="xs" color="green">{t('crisis.approvedBy', { who: s.approver ?? '' })}</Badge>
              : i.can.approve && <Button size="compact-xs" variant="light" onClick={() => approve.mutate(s.id)}>{t('crisis.approve')}</Button>}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{s.summary}</Text>
          <Text size="xs" c="dimmed">{s.author ?? ''} · {formatDateTime(s.createdAt, i18n.language)}</Text>
        </Stack>
      ))}
      {i.can.write && i.status === 'open' && (
        <Stack gap={4} mt="xs">
          <Textarea value={summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize minRows={2} placeholder={t('crisis.sitrepPlaceholder')} />
          {add.isError && <FormError message={errorText(add.error, t)} />}
          <Group><Button size="xs" onClick={() => add.mutate()} loading={add.isPending}>{t('crisis.addSitrep')}</Button></Group>
        </Stack>
      )}
    </Paper>
  );
}
