/** The history of one target: markings of the latest assessment, the chart, and every assessment with its justification. */
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ThreatBadge } from '../../components/Badges.tsx';
import { MarkingsBanner } from '../../components/MarkingsBanner.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { formatDateTime, formatDay } from '../../lib/format.ts';
import { useThreatHistory } from '../subjects/useSubject.ts';
import { HistoryChart } from './HistoryChart.tsx';

export function TargetHistory({ kind, targetKey }: { kind: string; targetKey: string }) {
  const { t, i18n } = useTranslation();
  const q = useThreatHistory(kind, targetKey);
  if (!targetKey) return <Empty title={t('threat.pickTarget')}>{t('threat.pickTargetHelp')}</Empty>;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data.items;
  if (items.length === 0) return <Empty title={t('threat.noHistory')}>{t('threat.noHistoryHelp')}</Empty>;
  const last = items[items.length - 1]!;
  return (
    <Stack gap="sm" data-testid="target-history">
      <MarkingsBanner markings={last.markings} />
      <Group gap="xs">
        <Title order={4}>{last.targetLabel}</Title>
        <Badge variant="default">{t(`threat.kind.${last.targetKind}`)}</Badge>
        <ThreatBadge level={last.level} />
      </Group>
      <HistoryChart items={items} />
      <Paper withBorder>
        <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={4} striped data-testid="history-table" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('threat.assessedAt')}</Table.Th>
              <Table.Th>{t('threat.levelLabel')}</Table.Th>
              <Table.Th>{t('threat.justification')}</Table.Th>
              <Table.Th>{t('threat.nextReview')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...items].reverse().map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {formatDateTime(a.assessedAt, i18n.language)}
                  <Text size="xs" c="dimmed" title={t('threat.assessor')}>
                    {a.assessor}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  <ThreatBadge level={a.level} size="xs" />
                  {(a as { legalBasisReview?: boolean }).legalBasisReview && (
                    <Badge size="xs" color="orange" variant="light" mt={4} display="block" title={a.markings.legalBasis} data-testid="basis-review">
                      {t('threat.basisReview')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ minWidth: 200, verticalAlign: 'top' }}>
                  <Text size="sm">{a.justification}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDay(a.nextReviewDue, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
