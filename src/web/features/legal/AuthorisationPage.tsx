/** One authorisation: the request, its targets, deadlines, signed history and the steps the reader may take. */
import { Badge, Button, Group, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';
import type { Authorisation } from './types.ts';
import { formatDateTime, formatDay } from '../../lib/format.ts';

export default function AuthorisationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['legal-authorisation', id], queryFn: () => api.get<Authorisation>(`/api/legal/authorisations/${id}`) });
  const [reason, setReason] = useState('');
  const [what, setWhat] = useState('');
  const [how, setHow] = useState('');
  const step = useMutation({
    mutationFn: (action: string) => api.post<Authorisation>(`/api/legal/authorisations/${id}/transitions`, { action, reason, ...(action === 'renew' ? { durationDays: q.data?.durationDays } : {}), ...(action === 'destroy' ? { destruction: { what, how, destroyedOn: new Date().toISOString().slice(0, 10) } } : {}) }),
    onSuccess: (a) => { setReason(''); qc.setQueryData(['legal-authorisation', id], a); void qc.invalidateQueries({ queryKey: ['legal-board'] }); },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  return (
    <Stack>
      <Group><Title order={2}>{a.reference}</Title><Badge data-testid="legal-state">{t(`legal.state.${a.state}`)}</Badge><Badge variant="light">{t(`legal.tier.${a.tier}`)}</Badge></Group>
      <Text>{a.orgName} · {t(`legal.method.${a.method}`, { defaultValue: a.method })} · {a.until ? `${t('legal.until')} ${formatDay(a.until, i18n.language)}` : ''}</Text>
      <Paper withBorder p="sm">
        <Text fw={600}>{t('legal.facts')}</Text><Text size="sm">{a.facts}</Text>
        <Text fw={600} mt="xs">{t('legal.subsidiarity')}</Text><Text size="sm">{a.subsidiarity}</Text>
        <Text fw={600} mt="xs">{t('legal.proportionality')}</Text><Text size="sm">{a.proportionality}</Text>
        <Text fw={600} mt="xs">{t('legal.targets')}</Text>
        <Text size="sm">{a.targets.map((x) => x.name ?? t('legal.hiddenTarget')).join(', ')}</Text>
      </Paper>
      {a.deadlines.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={5}>{t('legal.deadlines')}</Title>
          {a.deadlines.map((d) => <Text key={d.key} size="sm" c={d.overdue ? 'red' : undefined}>{t(`legal.deadline.${d.key}`)}: {formatDay(d.due, i18n.language)} <Text span size="xs" c="dimmed">({d.reference})</Text></Text>)}
        </Paper>
      )}
      {a.actions.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={5}>{t('legal.yourActions')}</Title>
          <Textarea label={t('legal.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="legal-reason" />
          {a.actions.includes('destroy') && (
            <Group grow><TextInput label={t('legal.destroyedWhat')} value={what} onChange={(e) => setWhat(e.currentTarget.value)} data-testid="legal-what" /><TextInput label={t('legal.destroyedHow')} value={how} onChange={(e) => setHow(e.currentTarget.value)} data-testid="legal-how" /></Group>
          )}
          {step.isError && <FormError message={errorText(step.error, t)} />}
          <Group mt="xs">{a.actions.map((x) => <Button key={x} size="xs" onClick={() => step.mutate(x)} loading={step.isPending} data-testid={`legal-action-${x}`}>{t(`legal.action.${x}`)}</Button>)}</Group>
        </Paper>
      )}
      {a.destruction && <Paper withBorder p="sm" data-testid="legal-destruction"><Title order={5}>{t('legal.destruction')}</Title><Text size="sm">{a.destruction.what} — {a.destruction.how} — {formatDay(a.destruction.destroyedOn, i18n.language)} — {a.destruction.destroyedBy}</Text></Paper>}
      <Title order={4}>{t('legal.history')} <Badge color={a.chainIntact ? 'green' : 'red'}>{a.chainIntact ? t('legal.chainIntact') : t('legal.chainBroken')}</Badge></Title>
      {a.firstBadStep && <Text size="sm" c="red" data-testid="legal-first-bad">{t('legal.firstBad', { seq: a.firstBadStep.seq })}: {a.firstBadStep.detail}</Text>}
      <Table striped>
        <Table.Tbody>
          {a.history.map((h) => (
            <Table.Tr key={h.seq}>
              <Table.Td>{h.seq}</Table.Td><Table.Td>{formatDateTime(h.at, i18n.language)}</Table.Td>
              <Table.Td>{t(`legal.action.${h.action}`)} → {t(`legal.state.${h.toState}`)}</Table.Td>
              <Table.Td>{h.actorName}<Text size="xs" c="dimmed">{h.actorOrgName}</Text></Table.Td>
              <Table.Td><Text size="sm">{h.reason}</Text><Text size="xs" ff="monospace" c="dimmed">{h.hash.slice(0, 16)}… {h.signature ? t('legal.signedBy', { key: h.keyId }) : t('legal.unsigned')}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
