/** The retention review queue: own organisation's records due, overdue or restricted, with a review action. */
import { Anchor, Badge, Box, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassificationBadge } from '../../components/Badges.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { daysUntil, formatDay } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import type { ReviewItem } from '../../lib/types.ts';
import { ReviewModal } from '../subjects/SubjectActions.tsx';

export default function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { can, me } = useSession();
  const qc = useQueryClient();
  const [filter, setFilter] = useState('all');
  const [reviewing, setReviewing] = useState<ReviewItem | null>(null);
  const q = useQuery({ queryKey: ['review-queue'], queryFn: () => api.get<{ items: ReviewItem[] }>('/api/review-queue') });
  const items = (q.data?.items ?? []).filter((i) => (filter === 'restricted' ? i.restricted : filter === 'due' ? i.reviewDue && !i.restricted : filter === 'soon' ? !i.reviewDue : true));
  const count = (f: (i: ReviewItem) => boolean) => q.data?.items.filter(f).length ?? 0;
  return (
    <Stack gap="sm">
      <Title order={2}>{t('review.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('review.intro', { org: me.organisation.name })}
      </Text>
      {/* scrolls sideways on a phone instead of widening the page */}
      <Box maw="100%" style={{ overflowX: 'auto' }}>
        <SegmentedControl
          w="fit-content"
          value={filter}
          onChange={setFilter}
          data={[
            { value: 'all', label: `${t('review.all')} (${count(() => true)})` },
            { value: 'restricted', label: `${t('review.restricted')} (${count((i) => i.restricted)})` },
            { value: 'due', label: `${t('review.overdue')} (${count((i) => i.reviewDue && !i.restricted)})` },
            { value: 'soon', label: `${t('review.soon')} (${count((i) => !i.reviewDue)})` },
          ]}
        />
      </Box>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && items.length === 0 && <Empty title={t('review.emptyTitle')}>{t('review.emptyHelp')}</Empty>}
      {items.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing={6} striped data-testid="review-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('review.record')}</Table.Th>
                  <Table.Th>{t('review.type')}</Table.Th>
                  <Table.Th>{t('markings.reviewDate')}</Table.Th>
                  <Table.Th>{t('review.status')}</Table.Th>
                  <Table.Th>{t('markings.classification')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => {
                  const d = daysUntil(i.reviewDate);
                  return (
                    <Table.Tr key={`${i.recordType}-${i.id}`} bg={i.restricted ? 'red.0' : i.reviewDue ? 'orange.0' : undefined}>
                      <Table.Td>
                        <Anchor component={Link} to={`/${i.recordType === 'subject' ? 'subjects' : 'reports'}/${i.id}`} fw={600}>
                          {i.label}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`review.kind.${i.recordType}`)}</Table.Td>
                      <Table.Td>{formatDay(i.reviewDate, i18n.language)}</Table.Td>
                      <Table.Td>
                        {i.restricted ? (
                          <Tooltip label={t('review.restrictedHelp')} multiline w={320}>
                            <Badge color="red" variant="outline" tt="none" data-testid="retention-restricted">
                              {t('review.restricted')}
                            </Badge>
                          </Tooltip>
                        ) : i.reviewDue ? (
                          <Badge color="orange">{t('review.overdueDays', { count: -d })}</Badge>
                        ) : (
                          <Badge color="yellow" c="dark">
                            {t('review.inDays', { count: d })}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <ClassificationBadge value={i.classification} />
                      </Table.Td>
                      <Table.Td>
                        {i.recordType === 'subject' && can('intel', 'write') ? (
                          <Button size="compact-sm" onClick={() => setReviewing(i)}>
                            {t('review.action')}
                          </Button>
                        ) : (
                          <Text size="xs" c="dimmed">
                            {i.recordType === 'report' ? t('review.reportNoAction') : t('review.noPermission')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {reviewing && (
        <ReviewModal
          opened
          onClose={() => setReviewing(null)}
          subjectId={reviewing.id}
          label={reviewing.label}
          onDone={() => {
            void qc.invalidateQueries({ queryKey: ['review-queue'] });
            void qc.invalidateQueries({ queryKey: ['subject', reviewing.id] });
          }}
        />
      )}
    </Stack>
  );
}
