/** One cooperation request: parties, basis, subjects, its deadlines, the signed dated steps (with the check of their signatures) and the next step the keeping service may record. */
import { Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';
import { Link } from '../../lib/router.tsx';
import type { Cooperation } from './types.ts';
import { formatDay } from '../../lib/format.ts';
import { DateField } from '../../components/DateField.tsx';

export default function CooperationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['legal-cooperation-one', id], queryFn: () => api.get<Cooperation>(`/api/legal/cooperation/${id}`) });
  const today = new Date().toISOString().slice(0, 10);
  const [ev, setEv] = useState({ event: null as string | null, onDate: today, note: '' });
  const step = useMutation({
    mutationFn: () => api.post<Cooperation>(`/api/legal/cooperation/${id}/events`, { event: ev.event, onDate: ev.onDate, note: ev.note }),
    onSuccess: (c) => {
      setEv({ event: null, onDate: today, note: '' });
      qc.setQueryData(['legal-cooperation-one', id], c);
      void qc.invalidateQueries({ queryKey: ['legal-cooperation'] });
      void qc.invalidateQueries({ queryKey: ['legal-deadlines'] });
    },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  const dates: Array<[string, string | null]> = [['receivedOn', c.facts.receivedOn], ['arrestOn', c.facts.arrestOn], ['consentOn', c.facts.consentOn], ['recognisedOn', c.facts.recognisedOn], ['finalDecisionOn', c.facts.finalDecisionOn], ['surrenderedOn', c.facts.surrenderedOn]];
  return (
    <Stack>
      <Group>
        <Title order={2} data-testid="coop-reference">{c.reference}</Title>
        <Badge data-testid="coop-state">{t(`legal.coop.state.${c.state}`, { defaultValue: c.state })}</Badge>
        <Badge variant="light">{t(`legal.coop.kind.${c.kind}`)}</Badge>
        <Badge variant="outline">{t(`legal.coop.direction.${c.direction}`)}</Badge>
      </Group>
      <Text>{c.orgName} · {c.otherCountry} · {c.counterpart}</Text>
      <Paper withBorder p="sm">
        {c.parties && <><Text fw={600}>{t('legal.coop.parties')}</Text><Text size="sm">{c.parties}</Text></>}
        <Text fw={600} mt="xs">{t('legal.coop.subjects')}</Text>
        <Text size="sm">{c.subjects.length ? c.subjects.map((s) => (s.name ? <Link key={s.id} to={`/subjects/${s.id}`}>{s.name} </Link> : <span key={s.id}>{t('legal.hiddenTarget')} </span>)) : '—'}</Text>
        <Text fw={600} mt="xs">{t('legal.coop.dates')}</Text>
        <Text size="sm">{dates.filter(([, v]) => v).map(([k, v]) => `${t(`legal.coop.fact.${k}`)}: ${formatDay(v, i18n.language)}`).join(' · ') || '—'}{c.facts.extended ? ` · ${t('legal.coop.extended')}` : ''}</Text>
      </Paper>
      <Paper withBorder p="sm" data-testid="coop-deadlines">
        <Title order={5}>{t('legal.deadlines')}</Title>
        {c.deadlines.length === 0 ? <Text size="sm" c="dimmed">{t('legal.noDeadlines')}</Text> : c.deadlines.map((d) => (
          <Text key={d.key} size="sm" c={d.overdue ? 'red' : undefined}>{t(`legal.deadline.${d.key}`, { defaultValue: d.key })}: {formatDay(d.due, i18n.language)} <Text span size="xs" c="dimmed">({d.reference})</Text></Text>
        ))}
      </Paper>
      {c.allowedEvents.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={5}>{t('legal.coop.record')}</Title>
          <Group grow align="flex-start">
            <Select label={t('legal.coop.event')} data-testid="coop-event" data={c.allowedEvents.map((e) => ({ value: e, label: t(`legal.coop.ev.${e}`, { defaultValue: e }) }))} value={ev.event} onChange={(v) => setEv({ ...ev, event: v })} />
            <DateField label={t('legal.coop.onDate')} max={today} value={ev.onDate} onChange={(v) => setEv({ ...ev, onDate: v })} data-testid="coop-event-date" />
          </Group>
          <Textarea label={t('legal.coop.note')} value={ev.note} onChange={(e) => setEv({ ...ev, note: e.currentTarget.value })} data-testid="coop-event-note" />
          {step.isError && <FormError message={errorText(step.error, t)} />}
          <Button mt="xs" size="xs" disabled={!ev.event} onClick={() => step.mutate()} loading={step.isPending} data-testid="coop-event-submit">{t('legal.coop.recordButton')}</Button>
        </Paper>
      )}
      <Title order={4}>
        {t('legal.coop.steps')}{' '}
        {c.signatures && <Badge color={c.signatures.ok ? 'green' : 'red'} data-testid="coop-signatures">{c.signatures.ok ? t('legal.chainIntact') : t('legal.chainBroken')}</Badge>}
      </Title>
      {c.signatures && <Text size="xs" c="dimmed">{t('legal.coop.signedCount', { signed: c.signatures.signed, steps: c.signatures.steps })}</Text>}
      {c.signatures?.firstBad && <Text size="sm" c="red" data-testid="coop-first-bad">{t('legal.firstBad', { seq: c.signatures.firstBad.seq })}: {c.signatures.firstBad.detail}</Text>}
      <Table striped>
        <Table.Tbody>
          {c.events.map((e) => (
            <Table.Tr key={e.seq}>
              <Table.Td>{e.seq}</Table.Td><Table.Td>{formatDay(e.onDate, i18n.language)}</Table.Td>
              <Table.Td>{t(`legal.coop.ev.${e.event}`, { defaultValue: e.event })}</Table.Td>
              <Table.Td>{e.actorName}</Table.Td>
              <Table.Td><Text size="sm">{e.note}</Text><Text size="xs" ff="monospace" c={c.signatures?.firstBad?.seq === e.seq ? 'red' : 'dimmed'} data-testid={`coop-step-signature-${e.seq}`}>{e.signed ? t('legal.signedBy', { key: e.keyId }) : t('legal.unsigned')}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
