/**
 * The frame of a page under an incident (its review, its timeline): the incident loaded and followed
 * live, the EXERCISE watermark, a link back to the incident, the page title with the live state, and
 * the incident's badges; the page's body gets the loaded incident.
 */
import { Anchor, Badge, Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { Link } from '../../lib/router.tsx';
import { ExerciseWatermark, IncidentBadges } from './common.tsx';
import { useIncident, useLive } from './live.ts';
import type { IncidentDetail } from './types.ts';

export function IncidentSubPage(props: { id: string; title: string; testId: string; extra?: ReactNode; intro?: ReactNode; children: (i: IncidentDetail) => ReactNode }) {
  const { t } = useTranslation();
  const q = useIncident(props.id);
  const live = useLive(props.id, q.data?.lastEventId);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const i = q.data;
  return (
    <Stack gap="md" data-testid={props.testId}>
      {i.exercise && <ExerciseWatermark />}
      <Stack gap={4}>
        <Anchor component={Link} to={`/crisis/${props.id}`} size="sm" data-testid="back-to-incident">← {i.title}</Anchor>
        <Group justify="space-between" wrap="wrap">
          <Title order={2}>{props.title}</Title>
          <Group gap="xs">
            <Badge color={live ? 'green' : 'gray'} variant="dot">{t(live ? 'crisis.live' : 'crisis.offline')}</Badge>
            {props.extra}
          </Group>
        </Group>
        <IncidentBadges i={i} />
        {props.intro}
      </Stack>
      {props.children(i)}
    </Stack>
  );
}
