/**
 * Threat assessments linked to the incident. The server shows only the assessments the reader may read
 * (through the threat module's read door); linking needs threat read rights, so the form shows only for
 * them, offering the current levels (country, sectors, events, places) they may read.
 */
import { Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, LEVEL_COLOR } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { useInvalidate } from './live.ts';
import type { IncidentDetail, ThreatLevel } from './types.ts';

export function AssessmentLinks({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const inv = useInvalidate(i.id);
  const writable = i.can.write && i.status === 'open';
  const unlink = useMutation({ mutationFn: (assessmentId: string) => api.del(`/api/crisis/incidents/${i.id}/assessment-links/${assessmentId}`), onSuccess: inv });
  return (
    <Stack gap={4} mt="sm" data-testid="assessment-links">
      <Text size="sm" fw={600}>{t('crisis.links.assessments')}</Text>
      {i.assessments.length === 0 && <Text size="sm" c="dimmed">{t('crisis.links.noAssessments')}</Text>}
      {i.assessments.map((a) => (
        <Group key={a.assessmentId} gap="xs" wrap="wrap" data-testid="assessment-link">
          <Badge size="sm" color={LEVEL_COLOR[a.level] ?? 'gray'}>{t('crisis.links.level', { level: a.level })}</Badge>
          <Text size="sm" fw={600}>{a.targetLabel}</Text>
          <Text size="xs" c="dimmed">{t(`crisis.links.target.${a.targetKind}`, { defaultValue: a.targetKind })} · {t('crisis.links.assessedAt', { at: formatDateTime(a.assessedAt, i18n.language) })}</Text>
          <Text size="xs">{a.reason}</Text>
          <Text size="xs" c="dimmed">{a.linkedByOrg} · {formatDateTime(a.linkedAt, i18n.language)}</Text>
          {writable && <Button size="compact-xs" variant="subtle" color="red" onClick={() => unlink.mutate(a.assessmentId)}>{t('crisis.links.remove')}</Button>}
        </Group>
      ))}
      {unlink.isError && <FormError message={errorText(unlink.error, t)} />}
      {writable && s.can('threat', 'read') && <AssessmentLinkForm i={i} />}
    </Stack>
  );
}

function AssessmentLinkForm({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const levels = useQuery({ queryKey: ['threat-levels'], queryFn: () => api.get<{ items: ThreatLevel[] }>('/api/threat-levels') });
  const [assessmentId, setAssessmentId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/assessment-links`, { assessmentId, reason }),
    onSuccess: () => { setAssessmentId(null); setReason(''); inv(); },
  });
  const linked = new Set(i.assessments.map((a) => a.assessmentId));
  const data = (levels.data?.items ?? []).filter((l) => !linked.has(l.id)).map((l) => ({ value: l.id, label: `${l.targetLabel} (${t(`crisis.links.target.${l.targetKind}`, { defaultValue: l.targetKind })}) · ${t('crisis.links.level', { level: l.level })}` }));
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select size="xs" label={t('crisis.links.assessment')} searchable value={assessmentId} onChange={setAssessmentId} data={data} w={320} data-testid="assessment-select" />
        <TextInput size="xs" label={t('crisis.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={300} data-testid="assessment-reason" />
        <Button type="submit" size="xs" disabled={!assessmentId} loading={add.isPending} data-testid="assessment-submit">{t('crisis.links.addAssessment')}</Button>
      </Group>
      {add.isError && <FormError message={errorText(add.error, t)} />}
    </form>
  );
}
