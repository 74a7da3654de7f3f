/** A case as the reader may see it: minimum data, stage and its moves, who takes part, the support plan; contributions and the feedback sheet below (CaseNotes). */
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { DateField } from '../../components/DateField.tsx';
import { api } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { ActError, PreventionTabs, StageBadge, useAct } from './common.tsx';
import { CaseNotes } from './CaseNotes.tsx';
import { CaseOffences } from './CaseOffences.tsx';
import type { CaseDetail, Cell, LegalBases } from './types.ts';

export default function PreventionCasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['prevention-case', id], queryFn: () => api.get<CaseDetail>(`/api/prevention/cases/${id}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} />;
  const c = q.data;
  return (
    <Stack gap="sm">
      <PreventionTabs />
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Title order={2} data-testid="case-reference">{c.reference}</Title>
          <StageBadge stage={c.stage} />
        </Group>
        <Text size="sm" c="dimmed">
          {c.cellName} · {c.municipality} · {t('prevention.case.born', { year: c.birthYear })} · {t('prevention.case.review', { date: formatDate(c.reviewDate) })}
        </Text>
      </Group>
      {c.review.restricted && <Alert color="orange">{t('prevention.case.restricted')}</Alert>}
      {c.me.coordinator && c.review.due && <ReviewForm c={c} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Text size="sm" data-testid="case-basis"><b>{t('prevention.case.legalBasis')}:</b> {c.legalBasis} {c.legalBasisId && <Badge size="xs" variant="light">{t('prevention.case.fromRegistry')}</Badge>}</Text>
          {c.me.coordinator && <LegalBasisForm c={c} />}
          <Text size="sm"><b>{t('prevention.case.consent')}:</b> {t(`prevention.consent.${c.consent}`)} {c.consentNote && `— ${c.consentNote}`}</Text>
          {c.fields.length > 0 && <Text size="sm" fw={600} mt="xs">{t('prevention.case.fields')}</Text>}
          {c.fields.map((f) => (
            <Text key={f.id} size="sm">{f.field}: {f.value} <Text span c="dimmed" size="xs">({t('prevention.case.reason', { reason: f.reason })})</Text></Text>
          ))}
          <Text size="sm" fw={600} mt="xs">{t('prevention.case.participants')}</Text>
          {c.participants.map((m) => (
            <Text key={m.memberId} size="sm" data-testid="participant">{m.name} — {t(`prevention.role.${m.role}`)}, {m.orgName}</Text>
          ))}
          {c.me.coordinator && <InviteForm c={c} />}
        </Paper>
        <Paper withBorder p="sm">
          <StageForm c={c} />
          <Text size="sm" fw={600} mt="xs">{t('prevention.case.history')}</Text>
          {c.stages.map((s, i) => (
            <Text key={i} size="xs">{s.at.slice(0, 10)} · {t(`prevention.stage.${s.to}`)} {s.reason && `— ${s.reason}`}</Text>
          ))}
        </Paper>
      </SimpleGrid>
      <CaseOffences caseId={c.id} />
      <PlanPanel c={c} />
      <CaseNotes c={c} />
    </Stack>
  );
}

function StageForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<string | null>(c.nextStages[0] ?? null);
  const [reason, setReason] = useState('');
  const act = useAct(() => api.post(`/api/prevention/cases/${c.id}/stage`, { to, ...(reason ? { reason } : {}) }), [['prevention-case', c.id], ['prevention-cases']], () => setReason(''));
  if (c.nextStages.length === 0) return <Text size="sm">{t('prevention.case.stage')}: {t(`prevention.stage.${c.stage}`)}</Text>;
  return (
    <Stack gap={4}>
      <Group align="end" wrap="wrap">
        <Select label={t('prevention.case.moveTo')} data={c.nextStages.map((s) => ({ value: s, label: t(`prevention.stage.${s}`) }))} value={to} onChange={setTo} data-testid="stage-to" />
        <Button onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="stage-move">{t('prevention.case.move')}</Button>
      </Group>
      <TextInput label={t('prevention.case.stageReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <ActError error={act.error} />
    </Stack>
  );
}

function InviteForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const cell = useQuery({ queryKey: ['prevention-cell', c.cellId], queryFn: () => api.get<Cell>(`/api/prevention/cells/${c.cellId}`) });
  const [memberId, setMember] = useState<string | null>(null);
  const act = useAct(() => api.post(`/api/prevention/cases/${c.id}/participants`, { memberId }), [['prevention-case', c.id]]);
  const others = (cell.data?.members ?? []).filter((m) => !c.participants.some((p) => p.memberId === m.id));
  if (others.length === 0) return null;
  return (
    <Group align="end" mt="xs" wrap="wrap">
      <Select label={t('prevention.case.invite')} data={others.map((m) => ({ value: m.id, label: `${m.name} (${m.orgName})` }))} value={memberId} onChange={setMember} data-testid="invite-member" />
      <Button variant="light" onClick={() => act.mutate(undefined)} disabled={!memberId} data-testid="invite">{t('prevention.case.invite')}</Button>
      <ActError error={act.error} />
    </Group>
  );
}

function ReviewForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const [date, setDate] = useState('');
  const act = useAct(() => api.post(`/api/prevention/cases/${c.id}/review`, { nextReviewDate: date }), [['prevention-case', c.id], ['prevention-queue']]);
  return (
    <Paper withBorder p="xs">
      <Group align="end" wrap="wrap">
        <DateField label={t('prevention.case.nextReview')} value={date} onChange={setDate} />
        <Button onClick={() => act.mutate(undefined)}>{t('prevention.case.reviewNow')}</Button>
      </Group>
      <ActError error={act.error} />
    </Paper>
  );
}

function PlanPanel({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | null>('goal');
  const [text, setText] = useState('');
  const [org, setOrg] = useState<string | null>(null);
  const [review, setReview] = useState('');
  const orgs = [...new Map(c.participants.map((m) => [m.orgId, m.orgName])).entries()];
  const act = useAct(
    () => api.post(`/api/prevention/cases/${c.id}/plan`, { kind, text, ...(kind === 'action' ? { responsibleOrgId: org, reviewDate: review || null } : {}) }),
    [['prevention-case', c.id]],
    () => setText(''),
  );
  return (
    <Paper withBorder p="sm" data-testid="plan">
      <Title order={4}>{t('prevention.case.plan')}</Title>
      {c.plan.length === 0 && <Text size="sm" c="dimmed">{t('prevention.case.noPlan')}</Text>}
      {c.plan.map((i) => (
        <Text key={i.id} size="sm">
          <Badge size="xs" variant="light">{t(`prevention.case.${i.kind}`)}</Badge> {i.text}
          {i.responsibleOrgName && ` — ${i.responsibleOrgName}`}
          {i.reviewDate && ` · ${t('prevention.case.actionReview')} ${formatDate(i.reviewDate)}`}
        </Text>
      ))}
      {c.stage !== 'exit' && (
        <Group align="end" mt="xs" wrap="wrap">
          <Select w={120} label={t('prevention.case.kind')} data={[{ value: 'goal', label: t('prevention.case.goal') }, { value: 'action', label: t('prevention.case.action') }]} value={kind} onChange={setKind} />
          <TextInput label={t('prevention.case.text')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          {kind === 'action' && <Select label={t('prevention.case.responsible')} data={orgs.map(([value, label]) => ({ value, label }))} value={org} onChange={setOrg} />}
          {kind === 'action' && <DateField label={t('prevention.case.actionReview')} value={review} onChange={setReview} />}
          <Button variant="light" onClick={() => act.mutate(undefined)}>{t('prevention.case.addPlan')}</Button>
        </Group>
      )}
      <ActError error={act.error} />
    </Paper>
  );
}

/** The coordinator re-bases a case (e.g. after the registry amended its basis): a basis of the legal registry, or text. */
function LegalBasisForm({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const bases = useQuery({ queryKey: ['prevention-legal-bases'], queryFn: () => api.get<LegalBases>('/api/prevention/legal-bases'), enabled: open });
  const [basisId, setBasisId] = useState<string | null>(c.legalBasisId);
  const [text, setText] = useState('');
  const act = useAct(() => api.post(`/api/prevention/cases/${c.id}/legal-basis`, basisId ? { legalBasisId: basisId } : { legalBasis: text }), [['prevention-case', c.id]], () => setOpen(false));
  if (!open) return <Button size="xs" variant="subtle" onClick={() => setOpen(true)} data-testid="change-basis">{t('prevention.case.changeBasis')}</Button>;
  return (
    <Stack gap={4}>
      {bases.data?.available && <Select label={t('prevention.case.legalBasis')} data={bases.data.bases.map((b) => ({ value: b.id, label: `${b.title} (${b.article}, ${b.textReference})` }))} value={basisId} onChange={setBasisId} searchable clearable />}
      {!basisId && <TextInput label={t('prevention.cells.legalBasisText')} value={text} onChange={(e) => setText(e.currentTarget.value)} />}
      <Group gap="xs">
        <Button size="xs" onClick={() => act.mutate(undefined)}>{t('common.save')}</Button>
        <Button size="xs" variant="subtle" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </Group>
      <ActError error={act.error} />
    </Stack>
  );
}
