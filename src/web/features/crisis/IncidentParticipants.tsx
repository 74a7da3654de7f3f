/** The incident's organisations (status per organisation, adding one) and closing the incident. */
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { useInvalidate } from './live.ts';
import { PARTICIPANT_STATUSES, type IncidentDetail } from './types.ts';

export function Participants({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const inv = useInvalidate(i.id);
  const open = i.status === 'open';
  const set = useMutation({ mutationFn: (v: { orgId: string; status: string }) => api.post(`/api/crisis/incidents/${i.id}/participants`, v), onSuccess: inv });
  const statusData = PARTICIPANT_STATUSES.map((v) => ({ value: v, label: t(`crisis.participant.${v}`) }));
  // The declaring organisation manages every participant; a participant with write rights reports its own status.
  const mayChange = (orgId: string) => open && (i.can.manage || (i.can.write && orgId === s.me.organisation.id));
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.participants')}</Title>
      <Stack gap={4} data-testid="participants">
        {i.participants.map((p) => (
          <Group key={p.orgId} gap="xs" wrap="wrap" data-testid="participant-row">
            <Text size="sm" fw={p.declaring ? 700 : 400}>{p.orgName}</Text>
            {mayChange(p.orgId) && !p.declaring ? (
              <Select size="xs" w={150} value={p.status} data={statusData} aria-label={t('crisis.participantStatus', { org: p.orgName })} onChange={(v) => v && v !== p.status && set.mutate({ orgId: p.orgId, status: v })} />
            ) : (
              <Badge size="sm" variant="light">{t(`crisis.participant.${p.status}`)}</Badge>
            )}
            <Text size="xs" c="dimmed">{formatDateTime(p.updatedAt, i18n.language)}</Text>
          </Group>
        ))}
      </Stack>
      {set.isError && <FormError message={errorText(set.error, t)} />}
      {i.can.manage && open && <AddParticipant i={i} />}
    </Paper>
  );
}

function AddParticipant({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const orgs = useOrganisations();
  const [orgId, setOrgId] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('alerted');
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/participants`, { orgId, status }),
    onSuccess: () => { setOrgId(null); inv(); },
  });
  const taken = new Set(i.participants.map((p) => p.orgId));
  const options = (orgs.data ?? []).filter((o) => !taken.has(o.id) && o.kind !== 'oversight').map((o) => ({ value: o.id, label: o.name }));
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
      <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
        <Select size="xs" label={t('crisis.addParticipant')} placeholder={t('crisis.field.organisation')} searchable value={orgId} onChange={setOrgId} data={options} w={280} data-testid="participant-org" />
        <Select size="xs" label={t('crisis.field.status')} value={status} onChange={(v) => setStatus(v ?? 'alerted')} data={PARTICIPANT_STATUSES.map((v) => ({ value: v, label: t(`crisis.participant.${v}`) }))} w={150} data-testid="participant-status" />
        <Button size="xs" type="submit" disabled={!orgId} loading={add.isPending} data-testid="participant-add">{t('crisis.add')}</Button>
      </Group>
      {add.isError && <FormError message={errorText(add.error, t)} />}
    </form>
  );
}

/** Closing the incident (declaring organisation or crisis administrator), with the reason on the log. */
export function CloseIncident({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const [reason, setReason] = useState('');
  const [sure, setSure] = useState(false);
  const close = useMutation({ mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/close`, { reason }), onSuccess: () => { setSure(false); inv(); } });
  return (
    <Paper withBorder p="sm" data-testid="close-incident">
      <Title order={4}>{t('crisis.close.title')}</Title>
      <Text size="xs" c="dimmed">{t('crisis.close.hint')}</Text>
      <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
        <TextInput size="xs" label={t('crisis.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={360} data-testid="close-reason" />
        {!sure ? (
          <Button size="xs" color="red" variant="light" onClick={() => setSure(true)} data-testid="close-start">{t('crisis.close.button')}</Button>
        ) : (
          <>
            <Button size="xs" color="red" onClick={() => close.mutate()} loading={close.isPending} data-testid="close-confirm">{t('crisis.close.confirm')}</Button>
            <Button size="xs" variant="subtle" onClick={() => setSure(false)}>{t('crisis.cancel')}</Button>
          </>
        )}
      </Group>
      {close.isError && <FormError message={errorText(close.error, t)} />}
    </Paper>
  );
}
