/** Threat assessment: current levels as cards, the re-evaluation queue, the assess form and a target's history. */
import { Anchor, Badge, Card, Grid, Group, Paper, SimpleGrid, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ThreatBadge } from '../../components/Badges.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { daysUntil, formatDateTime, formatDay, LEVEL_HEX } from '../../lib/format.ts';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Assessment, QueuedAssessment } from '../../lib/types.ts';
import { AssessForm } from './AssessForm.tsx';
import { TargetHistory } from './TargetHistory.tsx';

const KINDS = ['country', 'sector', 'event', 'place'] as const;

export default function ThreatPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const loc = useLocation();
  const kind = loc.query.get('kind') ?? '';
  const key = loc.query.get('key') ?? '';
  const select = (k: string, v: string) => {
    setQuery({ kind: k, key: v });
    setTimeout(() => document.getElementById('history')?.scrollIntoView({ behavior: 'smooth', block: 'start' }), 50);
  };
  return (
    <Stack gap="md">
      <Title order={2}>{t('threat.title')}</Title>
      <CurrentLevels onSelect={select} />
      <Queue onSelect={select} />
      <Grid gap="md">
        {can('threat', 'write') && (
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <AssessForm kind={kind} targetKey={key} onAssessed={(k, v) => setQuery({ kind: k, key: v })} />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: can('threat', 'write') ? 7 : 12 }} id="history">
          <Paper withBorder p="sm">
            <Title order={4} mb="xs">
              {t('threat.history')}
            </Title>
            <TargetHistory kind={kind} targetKey={key} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function CurrentLevels({ onSelect }: { onSelect: (k: string, v: string) => void }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['threat-levels'], queryFn: () => api.get<{ items: Assessment[] }>('/api/threat-levels') });
  return (
    <Stack gap="xs">
      <Title order={4}>{t('threat.current')}</Title>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('threat.noLevels')}>{t('threat.noLevelsHelp')}</Empty>}
      {q.data &&
        KINDS.map((k) => {
          const items = q.data.items.filter((a) => a.targetKind === k);
          if (items.length === 0) return null;
          return (
            <div key={k}>
              <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
                {t(`threat.kindPlural.${k}`)}
              </Text>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
                {items.map((a) => (
                  <UnstyledButton key={a.id} onClick={() => onSelect(a.targetKind, a.targetKey)} aria-label={`${a.targetLabel}: ${a.level}`}>
                    <Card withBorder padding="xs" style={{ borderLeft: `8px solid ${LEVEL_HEX[a.level]}` }} data-testid="level-card">
                      <Group justify="space-between" wrap="nowrap">
                        <Text fw={700} size="sm" lineClamp={1}>
                          {a.targetLabel}
                        </Text>
                        <Text fw={800} size="xl" c={LEVEL_HEX[a.level]}>
                          {a.level}
                        </Text>
                      </Group>
                      <Text size="sm" fw={600}>
                        {t(`threat.level.${a.level}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('threat.cardMeta', { when: formatDateTime(a.assessedAt, i18n.language), due: formatDay(a.nextReviewDue, i18n.language) })}
                      </Text>
                    </Card>
                  </UnstyledButton>
                ))}
              </SimpleGrid>
            </div>
          );
        })}
    </Stack>
  );
}

function Queue({ onSelect }: { onSelect: (k: string, v: string) => void }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['threat-queue'], queryFn: () => api.get<{ items: QueuedAssessment[] }>('/api/threat-queue') });
  const overdue = q.data?.items.filter((a) => a.overdue).length ?? 0;
  return (
    <Paper withBorder p="sm" data-testid="threat-queue">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('threat.queue')}</Title>
        {q.data && (
          <Group gap="xs">
            <Badge color="red">{t('threat.overdueCount', { count: overdue })}</Badge>
            <Badge color="yellow" c="dark">
              {t('threat.dueSoonCount', { count: q.data.items.length - overdue })}
            </Badge>
          </Group>
        )}
      </Group>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('threat.queueEmpty')}>{t('threat.queueEmptyHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={640} mah={320} type="native">
          <Table verticalSpacing={4} highlightOnHover stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('threat.target')}</Table.Th>
                <Table.Th>{t('threat.kindHeader')}</Table.Th>
                <Table.Th>{t('threat.levelLabel')}</Table.Th>
                <Table.Th>{t('threat.due')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((a) => {
                const d = daysUntil(a.nextReviewDue);
                return (
                  <Table.Tr key={a.id} bg={a.overdue ? 'red.0' : undefined} data-overdue={a.overdue ? 'true' : 'false'}>
                    <Table.Td>
                      {a.targetKind === 'subject' ? (
                        <Anchor component={Link} to={`/subjects/${a.targetKey}`} fw={600} size="sm">
                          {a.targetLabel}
                        </Anchor>
                      ) : (
                        <Text fw={600} size="sm">
                          {a.targetLabel}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`threat.kind.${a.targetKind}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <ThreatBadge level={a.level} size="xs" />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={a.overdue ? 'red' : undefined} fw={a.overdue ? 700 : 400}>
                        {formatDay(a.nextReviewDue, i18n.language)} · {a.overdue ? t('threat.overdueBy', { count: -d }) : t('threat.dueIn', { count: d })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" onClick={() => onSelect(a.targetKind, a.targetKey)}>
                        {t('threat.reassess')}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
