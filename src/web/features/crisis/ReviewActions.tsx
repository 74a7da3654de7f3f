/**
 * The improvement plan: corrective actions (owner organisation and role, due date, status). An action
 * linked to a protocol template cannot be closed by hand: publishing the template's revised version
 * closes it (the crisis approve right publishes, from here).
 */
import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, formatDay, isoFromToday } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { useInvalidate } from './live.ts';
import { ProtocolRevise } from './ProtocolRevise.tsx';
import type { ActionBody, IncidentDetail, Protocol, Review, ReviewAction } from './types.ts';
import { DateField } from '../../components/DateField.tsx';

const STATUS_COLOR: Record<string, string> = { open: 'blue', 'in-progress': 'yellow', closed: 'green' };

export function ReviewActions({ i, r }: { i: IncidentDetail; r: Review }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const protocols = useQuery({ queryKey: ['crisis', 'protocols'], queryFn: () => api.get<{ items: Protocol[] }>('/api/crisis/protocols') });
  const byTemplate = new Map((protocols.data?.items ?? []).map((p) => [p.templateId, p]));
  return (
    <Paper withBorder p="sm" data-testid="review-actions">
      <Group justify="space-between">
        <Title order={4}>{t('crisis.review.plan')}</Title>
        {i.can.write && <Button size="compact-xs" variant="light" onClick={() => setAdding((a) => !a)} data-testid="action-add-open">{t('crisis.review.addAction')}</Button>}
      </Group>
      <Text size="xs" c="dimmed">{t('crisis.review.planHint')}</Text>
      {adding && <ActionForm i={i} protocols={protocols.data?.items ?? []} onDone={() => setAdding(false)} />}
      <Stack gap="xs" mt="xs">
        {r.actions.length === 0 && <Text size="sm" c="dimmed">{t('crisis.review.noActions')}</Text>}
        {r.actions.map((a) => <ActionRow key={a.id} i={i} a={a} template={a.templateId ? byTemplate.get(a.templateId) : undefined} />)}
      </Stack>
    </Paper>
  );
}

function ActionRow({ i, a, template }: { i: IncidentDetail; a: ReviewAction; template: Protocol | undefined }) {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const inv = useInvalidate(i.id);
  const [revising, setRevising] = useState(false);
  const move = useMutation({ mutationFn: (status: string) => api.post(`/api/crisis/incidents/${i.id}/review/actions/${a.id}/status`, { status }), onSuccess: inv });
  // The version that closed the action (any version of its template), to name it.
  const versions = useQuery({
    queryKey: ['crisis', 'protocol-versions', a.templateId],
    queryFn: () => api.get<{ items: Protocol[] }>(`/api/crisis/protocols/${a.templateId}/versions`),
    enabled: !!a.templateId && !!a.closedByProtocolId,
  });
  const closedBy = versions.data?.items.find((p) => p.id === a.closedByProtocolId);
  const statuses = (['open', 'in-progress', ...(a.templateId ? [] : ['closed'])] as const).map((v) => ({ value: v, label: t(`crisis.review.actionStatus.${v}`) }));
  return (
    <Paper withBorder p="xs" data-testid="action-row">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2} style={{ flex: 1, minWidth: 240 }}>
          <Text size="sm">{a.description}</Text>
          <Text size="xs" c="dimmed">{t('crisis.review.owner')}: {a.ownerOrg}{a.ownerRole ? ` · ${a.ownerRole}` : ''} · {t('crisis.review.due', { date: formatDay(a.dueDate, i18n.language) })}</Text>
          {a.templateId && (
            <Text size="xs" c="grape" data-testid="action-template">
              {a.closedByProtocolId
                ? t('crisis.review.closedByVersion', { title: closedBy?.title ?? template?.title ?? '', version: closedBy?.version ?? '…', at: formatDateTime(a.closedAt, i18n.language) })
                : t('crisis.review.closesWith', { title: template?.title ?? '', version: template?.version ?? '' })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {a.overdue && <Badge color="red" data-testid="action-overdue">{t('crisis.review.overdue')}</Badge>}
          {a.status === 'closed' || !i.can.write ? (
            <Badge color={STATUS_COLOR[a.status]} data-testid="action-status">{t(`crisis.review.actionStatus.${a.status}`)}</Badge>
          ) : (
            <Select size="xs" w={140} value={a.status} data={statuses} onChange={(v) => v && v !== a.status && move.mutate(v)} aria-label={t('crisis.review.statusOf')} data-testid="action-status-select" />
          )}
          {a.templateId && a.status !== 'closed' && s.can('crisis', 'approve') && template && (
            <Button size="compact-xs" variant="light" color="grape" onClick={() => setRevising((x) => !x)} data-testid="action-revise">{t('crisis.review.revise')}</Button>
          )}
        </Group>
      </Group>
      {move.isError && <FormError message={errorText(move.error, t)} />}
      {revising && template && <ProtocolRevise protocol={template} onDone={() => { setRevising(false); inv(); }} onCancel={() => setRevising(false)} />}
    </Paper>
  );
}

function ActionForm({ i, protocols, onDone }: { i: IncidentDetail; protocols: Protocol[]; onDone: () => void }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const orgs = useOrganisations();
  const [description, setDescription] = useState('');
  const [ownerOrgId, setOwnerOrgId] = useState<string | null>(null);
  const [ownerRole, setOwnerRole] = useState('');
  const [dueDate, setDueDate] = useState(isoFromToday(1));
  const [protocolId, setProtocolId] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/review/actions`, { description, ownerOrgId: ownerOrgId ?? '', ownerRole: ownerRole.trim() || null, dueDate, protocolId } satisfies ActionBody),
    onSuccess: () => { onDone(); inv(); },
  });
  // The protocols active on this incident first: they are the ones a review usually changes.
  const active = new Set(i.activations.map((a) => a.templateId));
  const protocolData = [...protocols].sort((x, y) => Number(active.has(y.templateId)) - Number(active.has(x.templateId))).map((p) => ({ value: p.id, label: `${p.title} (v${p.version})` }));
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }} data-testid="action-form">
      <Stack gap="xs" my="xs">
        <Textarea size="xs" label={t('crisis.review.actionDescription')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} required data-testid="action-description" />
        <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
          <Select size="xs" label={t('crisis.review.ownerOrg')} searchable value={ownerOrgId} onChange={setOwnerOrgId} data={(orgs.data ?? []).filter((o) => o.kind !== 'oversight').map((o) => ({ value: o.id, label: o.name }))} required data-testid="action-owner-org" />
          <TextInput size="xs" label={t('crisis.review.ownerRole')} value={ownerRole} onChange={(e) => setOwnerRole(e.currentTarget.value)} data-testid="action-owner-role" />
          <DateField size="xs" label={t('crisis.review.dueDate')} value={dueDate} onChange={setDueDate} required data-testid="action-due" />
          <Select size="xs" label={t('crisis.review.template')} clearable value={protocolId} onChange={setProtocolId} data={protocolData} placeholder={t('crisis.review.noTemplate')} data-testid="action-template-select" />
        </SimpleGrid>
        {add.isError && <FormError message={errorText(add.error, t)} />}
        <Group gap="xs"><Button size="xs" type="submit" disabled={!ownerOrgId} loading={add.isPending} data-testid="action-submit">{t('crisis.add')}</Button>
          <Button size="xs" variant="subtle" onClick={onDone}>{t('crisis.cancel')}</Button></Group>
      </Stack>
    </form>
  );
}
