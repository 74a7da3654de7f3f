/** A subject's reports as a timeline, newest first, with 4x4 grade and handling code. */
import { Anchor, Badge, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClassificationBadge, GradeBadge, TlpBadge } from '../../components/Badges.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { Link } from '../../lib/router.tsx';
import { useSubjectReports } from './useSubject.ts';
import { formatDay } from '../../lib/format.ts';

export function ReportTimeline({ subjectId, canWrite }: { subjectId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const q = useSubjectReports(subjectId, true);
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (q.data.length === 0) {
    return (
      <Empty title={t('subject.noReports')}>
        {canWrite ? (
          <Anchor component={Link} to={`/reports/new?subject=${subjectId}`}>
            {t('subject.noReportsAdd')}
          </Anchor>
        ) : (
          t('subject.noReportsHelp')
        )}
      </Empty>
    );
  }
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="timeline">
      {q.data.map((r) => (
        <Timeline.Item
          key={r.id}
          title={
            <Group gap="xs" wrap="wrap">
              <Text size="sm" c="dimmed" ff="monospace">
                {formatDay(r.reportedOn, i18n.language)}
              </Text>
              <GradeBadge reliability={r.sourceReliability} credibility={r.infoCredibility} />
              <Badge variant="default" ff="monospace" title={t(`vocab.handling.${r.markings.handlingCode}`)}>
                {r.markings.handlingCode}
              </Badge>
              <TlpBadge tlp={r.markings.tlp} />
              <ClassificationBadge value={r.markings.classification} />
              <Anchor component={Link} to={`/reports/${r.id}`} fw={600} size="sm">
                {r.title}
              </Anchor>
            </Group>
          }
        >
          <Text size="sm" lineClamp={2}>
            {r.body}
          </Text>
          <Text size="xs" c="dimmed">
            {r.sourceOrganisation.name}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
