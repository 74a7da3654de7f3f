/**
 * Intelligence subjects (and, below, threat assessments) linked to the incident. The server shows only the subjects the reader may read
 * (through the read door); linking needs intelligence read rights, so the picker shows only for them.
 */
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { SubjectPicker } from '../../components/SubjectPicker.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, LEVEL_COLOR } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { AssessmentLinks } from './AssessmentLinks.tsx';
import { useInvalidate } from './live.ts';
import type { IncidentDetail } from './types.ts';

export function Links({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const inv = useInvalidate(i.id);
  const intel = s.can('intel', 'read');
  const writable = i.can.write && i.status === 'open';
  const unlink = useMutation({ mutationFn: (subjectId: string) => api.del(`/api/crisis/incidents/${i.id}/links/${subjectId}`), onSuccess: inv });
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('crisis.links.title')}</Title>
      <Text size="xs" c="dimmed">{t('crisis.links.hint')}</Text>
      <Stack gap={4} mt="xs" data-testid="incident-links">
        {i.links.length === 0 && <Text size="sm" c="dimmed">{t('crisis.links.none')}</Text>}
        {i.links.map((l) => (
          <Group key={l.subjectId} gap="xs" wrap="wrap" data-testid="incident-link">
            {intel ? <Anchor component={Link} to={`/subjects/${l.subjectId}`} size="sm" fw={600}>{l.name}</Anchor> : <Text size="sm" fw={600}>{l.name}</Text>}
            {l.threatLevel !== null && <Badge size="sm" color={LEVEL_COLOR[l.threatLevel] ?? 'gray'}>{t('crisis.links.level', { level: l.threatLevel })}</Badge>}
            <Text size="xs">{l.reason}</Text>
            <Text size="xs" c="dimmed">{l.linkedByOrg} · {formatDateTime(l.linkedAt, i18n.language)}</Text>
            {writable && <Button size="compact-xs" variant="subtle" color="red" onClick={() => unlink.mutate(l.subjectId)} loading={unlink.isPending && unlink.variables === l.subjectId}>{t('crisis.links.remove')}</Button>}
          </Group>
        ))}
      </Stack>
      {unlink.isError && <FormError message={errorText(unlink.error, t)} />}
      {writable && intel && <LinkForm i={i} />}
      <AssessmentLinks i={i} />
    </Paper>
  );
}

function LinkForm({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [pickerKey, setPickerKey] = useState(0);
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/links`, { subjectId, reason }),
    onSuccess: () => { setSubjectId(null); setReason(''); setPickerKey((k) => k + 1); inv(); },
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
      <Group gap="xs" mt="xs" align="flex-end" wrap="wrap">
        <div style={{ width: 300 }}>
          <SubjectPicker key={pickerKey} label={t('crisis.links.subject')} value={subjectId} onChange={(id) => setSubjectId(id)} testId="link-subject" />
        </div>
        <TextInput label={t('crisis.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={300} data-testid="link-reason" />
        <Button type="submit" size="sm" disabled={!subjectId} loading={add.isPending} data-testid="link-submit">{t('crisis.links.add')}</Button>
      </Group>
      {add.isError && <FormError message={errorText(add.error, t)} />}
    </form>
  );
}
