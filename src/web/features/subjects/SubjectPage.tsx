/**
 * The subject page: markings banner first, then identity, threat level with its history chart,
 * reports as a timeline and the link graph. A hit-no-hit answer shows only whom to contact.
 */
import { Alert, Anchor, Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryBadge, ThreatBadge } from '../../components/Badges.tsx';
import { MarkingsBanner } from '../../components/MarkingsBanner.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { ApiError } from '../../lib/api.ts';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { Link, linkProps } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { isHit, type Subject } from '../../lib/types.ts';
import { HistoryChart } from '../threat/HistoryChart.tsx';
import { LinkGraph } from './LinkGraph.tsx';
import { NameRomanization } from './NameRomanization.tsx';
import { ReportTimeline } from './ReportTimeline.tsx';
import { SubjectActions } from './SubjectActions.tsx';
import { SubjectOffences } from './SubjectOffences.tsx';
import { useSubject, useThreatHistory } from './useSubject.ts';
import { valueLabel } from '../../lib/labels.ts';
import { countryLabel, countryList } from '../../lib/countries.ts';

export function Section({ title, children, action, testId }: { title: string; children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

export function HitNotice({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" title={t('hit.contact', { organisation })} data-testid="hit-notice">
      <Text size="sm">
        {t('hit.help')}
      </Text>
    </Alert>
  );
}

export default function SubjectPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useSubject(id);
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) {
      return (
        <Empty title={t('errors.noSuchRecord')} action={<Button component="a" variant="light" {...linkProps('/search')}>{t('nav.search')}</Button>}>
          {t('errors.noSuchRecordHelp')}
        </Empty>
      );
    }
    return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  }
  if (isHit(q.data)) return <HitNotice organisation={q.data.contact.organisation} />;
  return <SubjectView subject={q.data} />;
}

function SubjectView({ subject: s }: { subject: Subject }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const history = useThreatHistory('subject', s.id, can('threat'));
  return (
    <Stack gap="sm">
      <MarkingsBanner markings={s.markings} />
      {s.flags.restricted && <Alert color="red" title={t('review.restrictedTitle')}>{t('review.restrictedHelp')}</Alert>}
      {!s.flags.restricted && s.flags.reviewDue && <Alert color="orange" title={t('review.dueTitle')}>{t('review.dueHelp')}</Alert>}
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} data-testid="subject-name">
              {s.names[0]}
            </Title>
            <NameRomanization name={s.names[0]!} names={s.names} />
            <ThreatBadge level={s.threatLevel} size="md" />
            <CategoryBadge value={s.category} />
            <Badge variant="light" color="gray">
              {valueLabel(t, 'followUp', s.followUp)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t(`vocab.kind.${s.kind}`)} · {t('subject.updated', { when: formatDateTime(s.updatedAt, i18n.language), version: s.version })}
          </Text>
        </Stack>
        <SubjectActions subject={s} />
      </Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section title={t('subject.identity')} testId="identity">
            <Identity s={s} />
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section title={t('subject.threatHistory')} testId="threat-section" action={<ThreatBadge level={s.threatLevel} />}>
            {!can('threat') && <Text size="sm" c="dimmed">{t('threat.noAccess')}</Text>}
            {can('threat') && history.isPending && <Loading />}
            {can('threat') && history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
            {history.data && history.data.items.length === 0 && <Empty title={t('threat.noHistory')}>{t('threat.noHistoryHelp')}</Empty>}
            {history.data && history.data.items.length > 0 && (
              <>
                <HistoryChart items={history.data.items} />
                <Text size="xs" c="dimmed">
                  {t('threat.lastAssessed', {
                    when: formatDateTime(history.data.items[history.data.items.length - 1]!.assessedAt, i18n.language),
                    due: formatDay(history.data.items[history.data.items.length - 1]!.nextReviewDue, i18n.language),
                  })}
                </Text>
              </>
            )}
          </Section>
        </Grid.Col>
      </Grid>
      <SubjectOffences subject={s} />
      <Section title={t('subject.reports')} testId="reports-section" action={can('intel', 'write') && <Anchor component={Link} to={`/reports/new?subject=${s.id}`} size="sm">{t('subject.addReport')}</Anchor>}>
        <ReportTimeline subjectId={s.id} canWrite={can('intel', 'write')} />
      </Section>
      <Section title={t('subject.links')} testId="graph-section" action={can('intel', 'write') && <Anchor component={Link} to={`/links/new?from=${s.id}`} size="sm">{t('subject.addLink')}</Anchor>}>
        <LinkGraph subjectId={s.id} />
      </Section>
    </Stack>
  );
}

function Identity({ s }: { s: Subject }) {
  const { t, i18n } = useTranslation();
  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={150} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="xs">
      <Table withRowBorders={false} verticalSpacing={3}>
        <Table.Tbody>
          {row(
            t('subject.names'),
            <Stack gap={0}>
              {s.names.map((n, i) => (
                <Text key={i} size="sm" fw={i === 0 ? 600 : 400} dir="auto">
                  {n}
                  <NameRomanization name={n} names={s.names} />
                  {i > 0 && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      ({t('subject.alias')})
                    </Text>
                  )}
                </Text>
              ))}
            </Stack>,
          )}
          {s.kind === 'person' && row(t('subject.birthDate'), formatDay(s.birthDate, i18n.language))}
          {s.kind === 'person' && row(t('subject.gender'), valueLabel(t, 'gender', s.gender))}
          {row(t('subject.nationalities'), countryList(s.nationalities, i18n.language))}
          {row(t('subject.category'), s.category ? `${s.category} — ${t(`vocab.category.${s.category}`)}` : '—')}
          {row(t('subject.followUp'), valueLabel(t, 'followUp', s.followUp))}
        </Table.Tbody>
      </Table>
      <Text size="sm" fw={600}>
        {t('subject.documents')}
      </Text>
      {s.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('subject.noDocuments')}
        </Text>
      ) : (
        <SimpleGrid cols={1} spacing={2}>
          {s.documents.map((d, i) => (
            <Text key={i} size="sm">
              {valueLabel(t, 'documentType', d.type)}{' '}
              <Text span ff="monospace" size="sm">
                {d.number} {countryLabel(d.country, i18n.language)}
              </Text>
            </Text>
          ))}
        </SimpleGrid>
      )}
      {s.notes && (
        <>
          <Text size="sm" fw={600}>
            {t('subject.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {s.notes}
          </Text>
        </>
      )}
    </Stack>
  );
}
