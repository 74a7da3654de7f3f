/** A cell meeting: its agenda (a case shows only to those who read it) and its minutes. */
import { Anchor, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { AgendaEditor } from './CellForms.tsx';
import { ActError, PreventionTabs, useAct } from './common.tsx';
import type { CaseSummary, Meeting } from './types.ts';

export default function MeetingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['prevention-meeting', id], queryFn: () => api.get<Meeting>(`/api/prevention/meetings/${id}`) });
  const [minutes, setMinutes] = useState<string | null>(null);
  const act = useAct(() => api.put(`/api/prevention/meetings/${id}/minutes`, { minutes }), [['prevention-meeting', id]], () => setMinutes(null));
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} />;
  const m = q.data;
  return (
    <Stack gap="sm">
      <PreventionTabs />
      <Title order={2}>{t('prevention.meeting.title', { date: formatDate(m.heldOn) })}</Title>
      <Agenda m={m} />
      <Paper withBorder p="sm">
        <Title order={4}>{t('prevention.meeting.minutes')}</Title>
        {minutes === null ? (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="minutes">{m.minutes || t('prevention.meeting.noMinutes')}</Text>
            <Button variant="light" mt="xs" onClick={() => setMinutes(m.minutes)}>{t('common.edit')}</Button>
          </>
        ) : (
          <>
            <Textarea autosize minRows={4} value={minutes} onChange={(e) => setMinutes(e.currentTarget.value)} />
            <Button mt="xs" onClick={() => act.mutate(undefined)}>{t('prevention.meeting.saveMinutes')}</Button>
            <ActError error={act.error} />
          </>
        )}
      </Paper>
    </Stack>
  );
}

/** The agenda, and changing it: items about cases the reader does not read are kept as they are. */
function Agenda({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Array<{ title: string; caseId: string | null }> | null>(null);
  const cases = useQuery({ queryKey: ['prevention-cases', m.cellId], queryFn: () => api.get<CaseSummary[]>(`/api/prevention/cases?cellId=${m.cellId}`), enabled: items !== null });
  const act = useAct(() => api.put(`/api/prevention/meetings/${m.id}/agenda`, { agenda: items }), [['prevention-meeting', m.id]], () => setItems(null));
  return (
    <Paper withBorder p="sm">
      <Title order={4}>{t('prevention.meeting.agenda')}</Title>
      {items === null ? (
        <>
          <ol data-testid="agenda">
            {m.agenda.map((a, i) => (
              <li key={i} data-testid="agenda-item">
                {a.caseId ? <Anchor component={Link} to={`/prevention/cases/${a.caseId}`}>{a.caseReference}</Anchor> : null} {a.title}
              </li>
            ))}
          </ol>
          <Button variant="light" onClick={() => setItems(m.agenda.filter((a) => !a.hidden).map((a) => ({ title: a.title, caseId: a.caseId })))} data-testid="edit-agenda">{t('prevention.meeting.editAgenda')}</Button>
        </>
      ) : (
        <>
          {m.agenda.some((a) => a.hidden) && <Text size="xs" c="dimmed">{t('prevention.meeting.hiddenKept')}</Text>}
          <AgendaEditor items={items} onChange={setItems} cases={cases.data ?? []} />
          <Button mt="xs" onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="save-agenda">{t('prevention.meeting.saveAgenda')}</Button>
          <ActError error={act.error} />
        </>
      )}
    </Paper>
  );
}
