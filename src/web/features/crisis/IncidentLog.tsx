/**
 * The incident log: quick entry, hash-chain check, significant flags and their confirmation, and
 * corrections — a correction is a new entry naming the one it corrects (the log never changes).
 */
import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { errorText } from '../../lib/validation.ts';
import { useInvalidate } from './live.ts';
import type { IncidentDetail, LogEntry, LogList } from './types.ts';

export function Log({ i }: { i: IncidentDetail }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'log'], queryFn: () => api.get<LogList>(`/api/crisis/incidents/${i.id}/log`) });
  const [correcting, setCorrecting] = useState<LogEntry | null>(null);
  const flag = useMutation({ mutationFn: (entryId: string) => api.post(`/api/crisis/incidents/${i.id}/log/${entryId}/flag`), onSuccess: inv });
  const confirm = useMutation({ mutationFn: (entryId: string) => api.post(`/api/crisis/incidents/${i.id}/log/${entryId}/confirm`), onSuccess: inv });
  const writable = i.can.write && i.status === 'open';
  const bySeq = new Map((q.data?.items ?? []).map((e) => [e.id, e.seq]));
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between"><Title order={4}>{t('crisis.log')}</Title>
        {q.data && <Badge color={q.data.chain.ok ? 'green' : 'red'} variant="light" data-testid="chain-state">{t(q.data.chain.ok ? 'crisis.chainOk' : 'crisis.chainBroken', { seq: q.data.chain.brokenAtSeq })}</Badge>}
      </Group>
      {writable && <LogEntryForm i={i} corrects={correcting} onDone={() => setCorrecting(null)} />}
      {(flag.isError || confirm.isError) && <FormError message={errorText(flag.error ?? confirm.error, t)} />}
      {q.isError && <ErrorState error={q.error} />}
      <Stack gap={2} data-testid="log-entries">
        {q.data?.items.slice().reverse().map((e) => (
          <LogLine key={e.id} e={e} i={i} correctsSeq={e.correctsId ? bySeq.get(e.correctsId) : undefined} correctedBySeq={e.correctedBy.map((x) => bySeq.get(x)).filter((x): x is number => x !== undefined)}
            onFlag={() => flag.mutate(e.id)} onConfirm={() => confirm.mutate(e.id)} onCorrect={writable ? () => setCorrecting(e) : undefined} />
        ))}
      </Stack>
    </Paper>
  );
}

function LogLine({ e, i, correctsSeq, correctedBySeq, onFlag, onConfirm, onCorrect }: { e: LogEntry; i: IncidentDetail; correctsSeq: number | undefined; correctedBySeq: number[]; onFlag: () => void; onConfirm: () => void; onCorrect: (() => void) | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap" data-testid="log-entry">
      <Text size="xs" c="dimmed" ff="monospace">#{e.seq}</Text>
      <Stack gap={0} style={{ flex: 1 }}>
        <Text size="sm" td={correctedBySeq.length ? 'line-through' : undefined} c={correctedBySeq.length ? 'dimmed' : undefined}>
          {e.text}
          {correctsSeq !== undefined && <Text span size="xs" c="orange" data-testid="log-correction"> ({t('crisis.correctionOf', { seq: correctsSeq })})</Text>}
        </Text>
        {e.reason && <Text size="xs" c="dimmed">{t('crisis.field.reason')}: {e.reason}</Text>}
        {correctedBySeq.length > 0 && <Text size="xs" c="orange" data-testid="log-corrected">{t('crisis.correctedBy', { seqs: correctedBySeq.map((s) => `#${s}`).join(', ') })}</Text>}
        <Text size="xs" c="dimmed">{t(`crisis.logKind.${e.kind}`)} · {e.author ?? ''} {e.authorOrg ?? ''} · {formatDateTime(e.at, i18n.language)}</Text>
      </Stack>
      {e.significant !== 'no' && <Badge size="xs" color={e.significant === 'confirmed' ? 'red' : 'orange'} data-testid="log-significant">{t(`crisis.significance.${e.significant}`)}</Badge>}
      {e.significant === 'no' && i.can.write && i.status === 'open' && <Button size="compact-xs" variant="subtle" onClick={onFlag}>{t('crisis.flag')}</Button>}
      {e.significant === 'flagged' && i.can.approve && <Button size="compact-xs" variant="light" onClick={onConfirm}>{t('crisis.confirm')}</Button>}
      {onCorrect && <Button size="compact-xs" variant="subtle" color="orange" onClick={onCorrect} data-testid="log-correct">{t('crisis.correct')}</Button>}
    </Group>
  );
}

/** The quick entry; with `corrects` set it writes a correction of that entry (kind kept, reason asked). */
function LogEntryForm({ i, corrects, onDone }: { i: IncidentDetail; corrects: LogEntry | null; onDone: () => void }) {
  const { t } = useTranslation();
  const inv = useInvalidate(i.id);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState('decision');
  const [significant, setSignificant] = useState(false);
  const correctionKind = corrects && (corrects.kind === 'decision' || corrects.kind === 'communication') ? corrects.kind : kind;
  const add = useMutation({
    mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/log`, corrects
      ? { kind: correctionKind, text, reason: reason || undefined, significant, correctsId: corrects.id }
      : { kind, text, significant }),
    onSuccess: () => { setText(''); setReason(''); setSignificant(false); onDone(); inv(); },
  });
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
      <Stack gap={4} my="xs">
        {corrects && (
          <Group gap="xs" data-testid="correction-banner">
            <Text size="xs" c="orange">{t('crisis.correcting', { seq: corrects.seq, text: corrects.text.slice(0, 80) })}</Text>
            <Button size="compact-xs" variant="subtle" onClick={onDone}>{t('crisis.cancel')}</Button>
          </Group>
        )}
        <Textarea placeholder={t(corrects ? 'crisis.correctionPlaceholder' : 'crisis.logPlaceholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} autosize minRows={1} data-testid="log-text" />
        {corrects && <Textarea placeholder={t('crisis.correctionReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={1} data-testid="log-reason" />}
        <Group gap="xs" wrap="wrap">
          {!corrects && <Select size="xs" value={kind} onChange={(v) => setKind(v ?? 'decision')} data={['decision', 'communication'].map((v) => ({ value: v, label: t(`crisis.logKind.${v}`) }))} w={160} aria-label={t('crisis.logKindLabel')} />}
          <Checkbox size="xs" label={t('crisis.significant')} checked={significant} onChange={(e) => setSignificant(e.currentTarget.checked)} />
          <Button size="xs" type="submit" loading={add.isPending} data-testid="log-submit">{t(corrects ? 'crisis.addCorrection' : 'crisis.addLog')}</Button>
        </Group>
        {add.isError && <FormError message={errorText(add.error, t)} />}
      </Stack>
    </form>
  );
}
