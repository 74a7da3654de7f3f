/** One incident: phase and terror-plan state, organisations, links, log, tasks, units, situation reports; live over the incident's stream. */
import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import { ExerciseWatermark, IncidentBadges } from './common.tsx';
import { Tasks, Units } from './IncidentBoards.tsx';
import { Links } from './IncidentLinks.tsx';
import { Log } from './IncidentLog.tsx';
import { CloseIncident, Participants } from './IncidentParticipants.tsx';
import { useIncident, useInvalidate, useLive } from './live.ts';
import { PHASES, TERROR_STATES, type IncidentDetail, type Sitrep } from './types.ts';

export default function IncidentPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useIncident(id);
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
          <Group gap="xs" wrap="wrap">
            <Badge color={live ? 'green' : 'gray'} variant="dot" data-testid="live-state">{t(live ? 'crisis.live' : 'crisis.offline')}</Badge>
            <Anchor component={Link} to={`/crisis/${id}/map`} size="sm" data-testid="map-link">{t('crisis.map.open')}</Anchor>
            <Anchor component={Link} to={`/crisis/${id}/timeline`} size="sm" data-testid="timeline-link">{t('crisis.timeline.open')}</Anchor>
            <Anchor component={Link} to={`/crisis/${id}/review`} size="sm" data-testid="review-link">{t('crisis.review.open')}</Anchor>
            <Anchor href={`/api/crisis/incidents/${id}/report`} target="_blank" size="sm" data-testid="report-link">{t('crisis.report')}</Anchor>
            <Anchor href={`/api/crisis/incidents/${id}/report.pdf`} size="sm" data-testid="report-pdf">{t('crisis.reportPdf')}</Anchor>
          </Group>
        </Group>
        <IncidentBadges i={i} />
        <Text size="sm" c="dimmed">{t(`crisis.type.${i.type}`)} · {i.municipality} · {formatDateTime(i.occurredAt, i18n.language)} · {i.orgName}</Text>
        {i.description && <Text size="sm">{i.description}</Text>}
      </Stack>
      {i.can.approve && i.status === 'open' && <Transitions i={i} />}
      <Participants i={i} />
      <Links i={i} />
      <Log i={i} />
      <Tasks i={i} />
      <Units i={i} />
      <Sitreps i={i} />
      {i.can.manage && i.status === 'open' && <CloseIncident i={i} />}
    </Stack>
  );
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
