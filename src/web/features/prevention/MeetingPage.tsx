/** A cell meeting: its agenda (a case shows only to those who read it) and its minutes. */
import { Anchor, Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { ActError, PreventionTabs, useAct } from './common.tsx';
import type { Meeting } from './types.ts';

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
      <Title order={2}>{t('prevention.meeting.title', { date: m.heldOn })}</Title>
      <Paper withBorder p="sm">
        <Title order={4}>{t('prevention.meeting.agenda')}</Title>
        <ol>
          {m.agenda.map((a, i) => (
            <li key={i}>
              {a.caseId ? <Anchor component={Link} to={`/prevention/cases/${a.caseId}`}>{a.caseReference}</Anchor> : null} {a.title}
            </li>
          ))}
        </ol>
      </Paper>
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
