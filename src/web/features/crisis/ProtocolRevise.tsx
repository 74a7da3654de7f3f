/**
 * Publishing the revised version of a protocol template (crisis approve right): the newest version's
 * tasks, edited, and a note of what changed. Publishing closes the corrective actions linked to the
 * template, on every incident.
 */
import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';
import { DISCIPLINES, type Protocol, type ProtocolBody } from './types.ts';

type TaskDraft = ProtocolBody['tasks'][number];

export function ProtocolRevise({ protocol, onDone, onCancel }: { protocol: Protocol; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [title, setTitle] = useState(protocol.title);
  const [tasks, setTasks] = useState<TaskDraft[]>(() => protocol.tasks.map((x) => ({ discipline: x.discipline, title: x.title, role: x.role, orgId: x.orgId, dueMinutes: x.dueMinutes, checklist: x.checklist })));
  const [changeNote, setChangeNote] = useState('');
  const [result, setResult] = useState<{ version: number; closedActions: number } | null>(null);
  const publish = useMutation({
    mutationFn: () => api.post<{ version: number; closedActions: number }>(`/api/crisis/protocols/${protocol.id}/versions`, { title, incidentType: protocol.incidentType as ProtocolBody['incidentType'], tasks, changeNote } satisfies ProtocolBody),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries({ queryKey: ['crisis', 'protocols'] });
      void qc.invalidateQueries({ queryKey: ['crisis', 'protocol-versions'] });
    },
  });
  const set = (n: number, v: Partial<TaskDraft>) => setTasks(tasks.map((x, j) => (j === n ? { ...x, ...v } : x)));
  if (result) {
    return (
      <Alert color="green" mt="xs" data-testid="revise-done" withCloseButton onClose={onDone}>
        {t('crisis.revise.published', { version: result.version, closed: result.closedActions })}
      </Alert>
    );
  }
  return (
    <Paper withBorder p="xs" mt="xs" data-testid="revise-form">
      <form onSubmit={(e) => { e.preventDefault(); publish.mutate(); }}>
        <Stack gap="xs">
          <Title order={5}>{t('crisis.revise.title', { title: protocol.title, version: protocol.version + 1 })}</Title>
          <Text size="xs" c="dimmed">{t('crisis.revise.hint')}</Text>
          <TextInput size="xs" label={t('crisis.field.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          {tasks.map((x, n) => (
            <Group key={n} gap="xs" align="flex-end" wrap="wrap" data-testid="revise-task">
              <Select size="xs" w={80} label={t('crisis.field.discipline')} value={x.discipline} onChange={(v) => set(n, { discipline: (v ?? 'D1') as TaskDraft['discipline'] })} data={[...DISCIPLINES]} />
              <TextInput size="xs" style={{ flex: 2, minWidth: 200 }} label={t('crisis.field.task')} value={x.title} onChange={(e) => set(n, { title: e.currentTarget.value })} data-testid="revise-task-title" />
              <TextInput size="xs" style={{ flex: 1, minWidth: 140 }} label={t('crisis.field.role')} value={x.role} onChange={(e) => set(n, { role: e.currentTarget.value })} />
              <NumberInput size="xs" w={110} label={t('crisis.revise.dueMinutes')} value={x.dueMinutes ?? ''} min={1} onChange={(v) => set(n, { dueMinutes: typeof v === 'number' ? v : null })} />
              <ActionIcon variant="subtle" color="red" aria-label={t('crisis.remove')} onClick={() => setTasks(tasks.filter((_, j) => j !== n))}>×</ActionIcon>
            </Group>
          ))}
          <Group><Button size="compact-xs" variant="light" onClick={() => setTasks([...tasks, { discipline: 'D1', title: '', role: '', orgId: null, dueMinutes: null, checklist: [] }])} data-testid="revise-task-add">{t('crisis.addTask')}</Button></Group>
          <Textarea size="xs" label={t('crisis.revise.changeNote')} value={changeNote} onChange={(e) => setChangeNote(e.currentTarget.value)} autosize minRows={2} required data-testid="revise-note" />
          {publish.isError && <FormError message={errorText(publish.error, t)} />}
          <Group gap="xs">
            <Button size="xs" color="grape" type="submit" loading={publish.isPending} data-testid="revise-submit">{t('crisis.revise.publish')}</Button>
            <Button size="xs" variant="subtle" onClick={onCancel}>{t('crisis.cancel')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
