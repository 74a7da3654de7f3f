/** Forms of the programmes: create a programme, add a partner and a session (the running organisation), enrol a case, record attendance, a milestone and the outcome (members taking part in the case). */
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { navigate } from '../../lib/router.tsx';
import { ActError, today, useAct, useMunicipalities } from './common.tsx';
import { MILESTONE_DOMAINS, OUTCOMES, PARTNER_KINDS, type CaseSummary, type Programme } from './types.ts';
import { DateField } from '../../components/DateField.tsx';
import { formatDate } from '../../lib/format.ts';

const KINDS = ['deradicalisation', 'reintegration'] as const;

export function NewProgrammeForm() {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string | null>('reintegration');
  const [nisCode, setNis] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const act = useAct(() => api.post<Programme>('/api/prevention/programmes', { name, kind, nisCode, description }), [['prevention-programmes']], (p) => navigate(`/prevention/programmes/${p.id}`));
  return (
    <Paper withBorder p="sm" data-testid="new-programme">
      <Text fw={600}>{t('prevention.programmes.new')}</Text>
      <Group grow align="start" wrap="wrap">
        <TextInput label={t('prevention.programmes.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="programme-name" />
        <Select label={t('prevention.programmes.kindLabel')} data={KINDS.map((k) => ({ value: k, label: t(`prevention.programmes.kind.${k}`) }))} value={kind} onChange={setKind} data-testid="programme-kind" />
        <Select label={t('prevention.programmes.municipality')} data={municipalities} value={nisCode} onChange={setNis} searchable limit={30} data-testid="programme-municipality" />
      </Group>
      <Textarea label={t('prevention.programmes.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
      <ActError error={act.error} />
      <Button mt="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="create-programme">{t('prevention.programmes.create')}</Button>
    </Paper>
  );
}

/** Partners and sessions: the organisation that runs the programme. */
export function ProgrammeOwnerForms({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const refresh = [['prevention-programme', p.id]];
  const [partner, setPartner] = useState('');
  const [pkind, setPkind] = useState<string | null>('community');
  const addPartner = useAct(() => api.post(`/api/prevention/programmes/${p.id}/partners`, { name: partner, kind: pkind }), refresh, () => setPartner(''));
  const [heldOn, setHeld] = useState(today());
  const [topic, setTopic] = useState('');
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const addSession = useAct(() => api.post(`/api/prevention/programmes/${p.id}/sessions`, { heldOn, topic, partnerId }), refresh, () => setTopic(''));
  return (
    <Stack gap="xs" mt="sm" data-testid="programme-owner-forms">
      <Group align="end" gap="xs" wrap="wrap">
        <TextInput label={t('prevention.programmes.partnerName')} value={partner} onChange={(e) => setPartner(e.currentTarget.value)} data-testid="partner-name" />
        <Select w={160} label={t('prevention.programmes.partnerKindLabel')} data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`prevention.programmes.partnerKind.${k}`) }))} value={pkind} onChange={setPkind} />
        <Button variant="light" onClick={() => addPartner.mutate(undefined)} data-testid="add-partner">{t('prevention.programmes.addPartner')}</Button>
      </Group>
      <ActError error={addPartner.error} />
      <Group align="end" gap="xs" wrap="wrap">
        <DateField w={170} label={t('prevention.programmes.heldOn')} value={heldOn} onChange={setHeld} />
        <TextInput label={t('prevention.programmes.topic')} value={topic} onChange={(e) => setTopic(e.currentTarget.value)} data-testid="session-topic" />
        <Select w={200} label={t('prevention.programmes.ledBy')} data={p.partners.map((x) => ({ value: x.id, label: x.name }))} value={partnerId} onChange={setPartnerId} clearable />
        <Button variant="light" onClick={() => addSession.mutate(undefined)} data-testid="add-session">{t('prevention.programmes.addSession')}</Button>
      </Group>
      <ActError error={addSession.error} />
    </Stack>
  );
}

/** Enrols a case the member takes part in. */
export function EnrolForm({ p }: { p: Programme }) {
  const { t } = useTranslation();
  const cases = useQuery({ queryKey: ['prevention-cases'], queryFn: () => api.get<CaseSummary[]>('/api/prevention/cases') });
  const [caseId, setCase] = useState<string | null>(null);
  const [enrolledOn, setOn] = useState(today());
  const act = useAct(() => api.post(`/api/prevention/programmes/${p.id}/enrolments`, { caseId, enrolledOn }), [['prevention-programme', p.id]], () => setCase(null));
  const open = (cases.data ?? []).filter((c) => c.stage !== 'exit' && !p.enrolments.some((e) => e.caseId === c.id));
  return (
    <Stack gap={2} mt="xs" data-testid="enrol">
      <Group align="end" gap="xs" wrap="wrap">
        <Select w={200} label={t('prevention.programmes.enrolCase')} data={open.map((c) => ({ value: c.id, label: c.reference }))} value={caseId} onChange={setCase} data-testid="enrol-case" />
        <DateField w={170} label={t('prevention.programmes.enrolledOn')} value={enrolledOn} onChange={setOn} />
        <Button variant="light" onClick={() => act.mutate(undefined)} disabled={!caseId} data-testid="enrol-button">{t('prevention.programmes.enrol')}</Button>
      </Group>
      <ActError error={act.error} />
    </Stack>
  );
}

/** One enrolment's attendance at a session, a milestone reached and the outcome. */
export function EnrolmentForms({ p, e }: { p: Programme; e: Programme['enrolments'][number] }) {
  const { t } = useTranslation();
  const refresh = [['prevention-programme', p.id]];
  const [sessionId, setSession] = useState<string | null>(p.sessions[0]?.id ?? null);
  const [present, setPresent] = useState('present');
  const attend = useAct(() => api.post(`/api/prevention/sessions/${sessionId}/attendance`, { enrolmentId: e.id, present: present === 'present' }), refresh);
  const [domain, setDomain] = useState<string | null>('education');
  const [description, setDescription] = useState('');
  const [reachedOn, setReached] = useState(today());
  const milestone = useAct(() => api.post(`/api/prevention/enrolments/${e.id}/milestones`, { domain, description, reachedOn }), refresh, () => setDescription(''));
  const [outcome, setOutcome] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const close = useAct(() => api.post(`/api/prevention/enrolments/${e.id}/outcome`, { outcome, note }), refresh);
  return (
    <Stack gap={4} p="xs" data-testid="enrolment-forms">
      {p.sessions.length > 0 && (
        <Group align="end" gap="xs" wrap="wrap">
          <Select w={220} label={t('prevention.programmes.session')} data={p.sessions.map((s) => ({ value: s.id, label: `${formatDate(s.heldOn)} · ${s.topic}` }))} value={sessionId} onChange={setSession} />
          <SegmentedControl value={present} onChange={setPresent} data={[{ value: 'present', label: t('prevention.programmes.present') }, { value: 'absent', label: t('prevention.programmes.absent') }]} />
          <Button size="xs" variant="light" onClick={() => attend.mutate(undefined)}>{t('prevention.programmes.recordAttendance')}</Button>
        </Group>
      )}
      <ActError error={attend.error} />
      <Group align="end" gap="xs" wrap="wrap">
        <Select w={140} label={t('prevention.programmes.milestones')} data={MILESTONE_DOMAINS.map((d) => ({ value: d, label: t(`prevention.programmes.domain.${d}`) }))} value={domain} onChange={setDomain} />
        <TextInput label={t('prevention.programmes.milestoneText')} value={description} onChange={(ev) => setDescription(ev.currentTarget.value)} />
        <DateField w={160} label={t('prevention.programmes.reachedOn')} value={reachedOn} onChange={setReached} />
        <Button size="xs" variant="light" onClick={() => milestone.mutate(undefined)}>{t('prevention.programmes.addMilestone')}</Button>
      </Group>
      <ActError error={milestone.error} />
      {e.status === 'active' && (
        <Group align="end" gap="xs" wrap="wrap">
          <Select w={180} label={t('prevention.programmes.outcome')} data={OUTCOMES.map((o) => ({ value: o, label: t(`prevention.programmes.outcomes.${o}`) }))} value={outcome} onChange={setOutcome} />
          <TextInput label={t('prevention.programmes.outcomeNote')} value={note} onChange={(ev) => setNote(ev.currentTarget.value)} />
          <Button size="xs" variant="light" onClick={() => close.mutate(undefined)} disabled={!outcome}>{t('prevention.programmes.recordOutcome')}</Button>
        </Group>
      )}
      <ActError error={close.error} />
    </Stack>
  );
}
