/** One list version: its counts, the lines skipped at import, and its diff against the previous version (paged). */
import { Alert, Anchor, Badge, Group, Pagination, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { byText } from './common.tsx';
import { IssuesTable } from './Issues.tsx';
import type { VersionAnswer } from './types.ts';
import { CHANGE_COLOR } from './VersionBits.tsx';

const PAGE = 50;

export default function VersionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const loc = useLocation();
  const change = loc.query.get('change') ?? '';
  const page = Math.max(1, Number(loc.query.get('page') ?? 1) || 1);
  const q = useQuery({
    queryKey: ['screening-version', id, change, page],
    queryFn: () => api.get<VersionAnswer>(`/api/screening/versions/${id}${qs({ change, limit: PAGE, offset: (page - 1) * PAGE })}`),
    placeholderData: keepPreviousData,
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const { version: v, total, hidden, changes } = q.data;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const count = (k: 'added' | 'removed' | 'changed') => (v[k] === null ? '' : ` (${v[k]})`);
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/watchlists/${encodeURIComponent(v.source)}`} size="sm">
        ← {v.source}
      </Anchor>
      <Group gap="xs">
        <Title order={2}>{t('screening.versions.heading', { source: v.source, number: v.number })}</Title>
        {v.active && <Badge color="green">{t('screening.versions.active')}</Badge>}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        <Fact label={t('screening.versions.origin')} value={t(`screening.origin.${v.origin}`)} />
        <Fact label={t('screening.versions.at')} value={formatDateTime(v.createdAt, i18n.language)} />
        <Fact label={t('screening.versions.by')} value={byText(v.createdBy, me.id, t)} />
        <Fact label={t('screening.lists.entries')} value={v.entryCount != null ? formatNumber(v.entryCount, i18n.language) : t('screening.lists.notShown')} />
      </SimpleGrid>
      {v.note && (
        <Text size="sm">
          <b>{t('screening.versions.note')}:</b> {v.note}
        </Text>
      )}
      {v.skipped.length > 0 && (
        <Stack gap="xs">
          <Alert color="orange" title={t('screening.import.skippedLines', { count: v.skipped.length })}>
            {t('screening.versions.skippedHelp')}
          </Alert>
          <IssuesTable issues={v.skipped} testId="version-skipped" />
        </Stack>
      )}
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4}>{t('screening.versions.diff')}</Title>
            <SegmentedControl
              value={change || 'all'}
              onChange={(c) => setQuery({ change: c === 'all' ? undefined : c, page: undefined })}
              data={[
                { value: 'all', label: t('screening.change.all') },
                { value: 'added', label: `${t('screening.change.added')}${count('added')}` },
                { value: 'removed', label: `${t('screening.change.removed')}${count('removed')}` },
                { value: 'changed', label: `${t('screening.change.changed')}${count('changed')}` },
              ]}
              data-testid="diff-filter"
            />
          </Group>
          {hidden > 0 && (
            <Text size="xs" c="dimmed">
              {t('screening.versions.hidden', { count: hidden })}
            </Text>
          )}
          {changes.length === 0 ? (
            <Empty title={t('screening.versions.noChanges')} />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing={4} striped fz="sm" data-testid="diff-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={110}>{t('screening.versions.change')}</Table.Th>
                    <Table.Th>{t('screening.entries.id')}</Table.Th>
                    <Table.Th>{t('screening.entries.names')}</Table.Th>
                    <Table.Th>{t('screening.versions.reason')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {changes.map((c) => (
                    <Table.Tr key={c.entryId}>
                      <Table.Td>
                        <Badge color={CHANGE_COLOR[c.change]} variant="light">
                          {t(`screening.change.${c.change}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td ff="monospace">{c.entryId}</Table.Td>
                      <Table.Td>{c.name ?? <Text size="xs" c="dimmed">{t('screening.versions.noLongerListed')}</Text>}</Table.Td>
                      <Table.Td>{c.reason ?? ''}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('screening.versions.showing', { from: total === 0 ? 0 : (page - 1) * PAGE + 1, to: Math.min(total, page * PAGE), total })}
            </Text>
            {pages > 1 && <Pagination total={pages} value={page} onChange={(p) => setQuery({ page: p === 1 ? undefined : String(p) })} size="sm" />}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="xs">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Paper>
  );
}
