/** A report: markings banner, 4x4 grade, body and the subjects it concerns. */
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GradeBadge } from '../../components/Badges.tsx';
import { MarkingsBanner } from '../../components/MarkingsBanner.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, linkProps } from '../../lib/router.tsx';
import { isHit, type ReportAnswer, type SubjectAnswer } from '../../lib/types.ts';
import { HitNotice } from '../subjects/SubjectPage.tsx';
import { ReportActions } from './ReportActions.tsx';

export default function ReportPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['report', id], queryFn: () => api.get<ReportAnswer>(`/api/reports/${id}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) {
      return (
        <Empty title={t('errors.noSuchRecord')} action={<Button component="a" variant="light" {...linkProps('/reports')}>{t('nav.reports')}</Button>}>
          {t('errors.noSuchRecordHelp')}
        </Empty>
      );
    }
    return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (isHit(q.data)) return <HitNotice organisation={q.data.contact.organisation} />;
  const r = q.data;
  return (
    <Stack gap="sm">
      <MarkingsBanner markings={r.markings} />
      <Group justify="space-between" align="start">
        <Group gap="xs">
          <Title order={2}>{r.title}</Title>
          <GradeBadge reliability={r.sourceReliability} credibility={r.infoCredibility} />
          <Badge variant="default" ff="monospace">
            {r.markings.handlingCode}
          </Badge>
        </Group>
        <ReportActions report={r} />
      </Group>
      <Text size="sm" c="dimmed">
        {t('report.meta', { date: r.reportedOn, source: r.sourceOrganisation.name, created: formatDateTime(r.createdAt, i18n.language) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t(`grade.reliability.${r.sourceReliability}`)} · {t(`grade.credibility.${r.infoCredibility}`)}
      </Text>
      <Paper withBorder p="md">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Text>
      </Paper>
      <Paper withBorder p="sm">
        <Title order={4} mb="xs">
          {t('report.subjects')}
        </Title>
        {r.subjectIds.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('report.noSubjects')}
          </Text>
        ) : (
          <Group gap="md">
            {r.subjectIds.map((sid) => (
              <SubjectName key={sid} id={sid} />
            ))}
          </Group>
        )}
      </Paper>
    </Stack>
  );
}

function SubjectName({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['subject', id], queryFn: () => api.get<SubjectAnswer>(`/api/subjects/${id}`) });
  const label = q.data ? (isHit(q.data) ? t('hit.contact', { organisation: q.data.contact.organisation }) : (q.data.names[0] ?? id)) : q.isError ? t('errors.noSuchRecord') : '…';
  return (
    <Anchor component={Link} to={`/subjects/${id}`}>
      {label}
    </Anchor>
  );
}
