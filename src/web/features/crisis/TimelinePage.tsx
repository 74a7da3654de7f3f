/**
 * The incident's timeline: phase and terror-plan changes, organisations, log entries, tasks, units,
 * situation reports, the review, public alerts and cordons on one time axis (every change of the incident,
 * oldest first), with local times and the time elapsed since the incident; follows the live stream.
 */
import { Anchor, Badge, Box, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDay, intlLocale } from '../../lib/format.ts';
import { IncidentSubPage } from './IncidentSubPage.tsx';
import { CATEGORIES, categoryOf, describeEvent, elapsed, type Category } from './timeline.ts';
import type { IncidentDetail, TimelineEvent } from './types.ts';

const COLOR: Record<Category, string> = { phase: 'red', organisations: 'cyan', links: 'indigo', log: 'blue', tasks: 'violet', units: 'teal', sitreps: 'orange', review: 'grape', alerts: 'pink', cordons: 'yellow', other: 'gray' };

export default function TimelinePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const report = (
    <Group gap="sm">
      <Anchor href={`/api/crisis/incidents/${id}/report`} target="_blank" size="sm">{t('crisis.report')}</Anchor>
      <Anchor href={`/api/crisis/incidents/${id}/report.pdf`} size="sm" data-testid="report-pdf">{t('crisis.reportPdf')}</Anchor>
    </Group>
  );
  return (
    <IncidentSubPage id={id} title={t('crisis.timeline.title')} testId="timeline-page" extra={report}>
      {(i) => <Timeline i={i} />}
    </IncidentSubPage>
  );
}

function Timeline({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'timeline'], queryFn: () => api.get<{ items: TimelineEvent[] }>(`/api/crisis/incidents/${i.id}/timeline`) });
  const [shown, setShown] = useState<string[]>([...CATEGORIES]);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const orgNames = new Map(i.participants.map((p) => [p.orgId, p.orgName]));
  const items = q.data.items.filter((e) => shown.includes(categoryOf(e.kind)));
  const time = new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const days: Array<{ day: string; events: TimelineEvent[] }> = [];
  for (const e of items) {
    const day = formatDay(e.at, i18n.language);
    if (days.at(-1)?.day !== day) days.push({ day, events: [] });
    days.at(-1)!.events.push(e);
  }
  return (
    <Stack gap="sm">
      <Chip.Group multiple value={shown} onChange={setShown}>
        <Group gap={6} wrap="wrap" data-testid="timeline-filters">
          {CATEGORIES.map((c) => <Chip key={c} value={c} size="xs" color={COLOR[c]}>{t(`crisis.timeline.category.${c}`)}</Chip>)}
        </Group>
      </Chip.Group>
      {items.length === 0 && <Empty title={t('crisis.timeline.none')} />}
      {days.map((d) => (
        <Paper key={d.day} withBorder p="sm">
          <Text fw={700} size="sm" mb={4}>{d.day}</Text>
          <Box style={{ borderLeft: '2px solid var(--mantine-color-gray-4)', marginLeft: 6 }}>
            {d.events.map((e) => {
              const c = categoryOf(e.kind);
              const desc = describeEvent(e, t, orgNames);
              const by = [e.payload.byUser, e.payload.byOrg].filter((x) => typeof x === 'string' && x).join(', ');
              return (
                <Group key={e.id} gap="xs" align="flex-start" wrap="nowrap" pl="sm" py={3} style={{ position: 'relative' }} data-testid="timeline-item" data-kind={e.kind}>
                  <Box style={{ position: 'absolute', left: -6, top: 9, width: 10, height: 10, borderRadius: 5, background: `var(--mantine-color-${COLOR[c]}-6)` }} />
                  <Stack gap={0} w={86} style={{ flexShrink: 0 }}>
                    <Text size="xs" ff="monospace">{time.format(new Date(e.at))}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">{elapsed(i.occurredAt, e.at)}</Text>
                  </Stack>
                  <Stack gap={0} style={{ flex: 1 }}>
                    <Text size="sm"><Badge size="xs" variant="light" color={COLOR[c]} mr={6}>{t(`crisis.timeline.category.${c}`)}</Badge>{desc.text}</Text>
                    {desc.detail && <Text size="xs" c="dimmed">{desc.detail}</Text>}
                    {by && <Text size="xs" c="dimmed">{by}</Text>}
                  </Stack>
                </Group>
              );
            })}
          </Box>
        </Paper>
      ))}
    </Stack>
  );
}
