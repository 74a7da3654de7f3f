/** Watch lists: each list with its active version, size and last import; import, national rebuild, entry search. */
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { EntrySearch } from './EntrySearch.tsx';
import { ImportForm } from './ImportForm.tsx';
import { ChangeCounts } from './VersionBits.tsx';
import type { ListsAnswer, ListVersion } from './types.ts';
import { ListUpdates } from './ListUpdates.tsx';

export function useLists() {
  return useQuery({ queryKey: ['screening-lists'], queryFn: () => api.get<ListsAnswer>('/api/screening/lists') });
}

export default function WatchlistsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const q = useLists();
  const rebuild = useMutation({
    mutationFn: () => api.post<{ changed: boolean; version: ListVersion | null }>('/api/screening/lists/national/rebuild'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['screening-lists'] }),
  });
  const sources = q.data?.items.map((i) => i.source) ?? [];
  const write = can('screening', 'write');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('screening.lists.title')}</Title>
        {write && (
          <Group gap="xs">
            <Button variant="default" onClick={() => rebuild.mutate()} loading={rebuild.isPending} data-testid="rebuild-national">
              {t('screening.lists.rebuild')}
            </Button>
            <Button onClick={() => setImporting((v) => !v)} data-testid="open-import" variant={importing ? 'light' : 'filled'}>
              {importing ? t('common.close') : t('screening.lists.import')}
            </Button>
          </Group>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('screening.lists.intro')}
      </Text>
      {rebuild.data && (
        <Alert color={rebuild.data.changed ? 'green' : 'gray'} withCloseButton onClose={() => rebuild.reset()} data-testid="rebuild-done">
          {rebuild.data.changed ? t('screening.lists.rebuilt', { number: rebuild.data.version?.number ?? '—' }) : t('screening.lists.rebuildUnchanged', { number: rebuild.data.version?.number ?? '—' })}
        </Alert>
      )}
      {rebuild.isError && <Alert color="red">{errorText(rebuild.error, t)}</Alert>}
      {importing && write && <ImportForm sources={sources} />}
      {can('screening', 'admin') && <ListUpdates />}
      <Paper withBorder>
        {q.isPending && <Loading />}
        {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && q.data.items.length === 0 && <Empty title={t('screening.lists.none')}>{t('screening.lists.noneHelp')}</Empty>}
        {q.data && q.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing={6} highlightOnHover data-testid="lists-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('screening.lists.list')}</Table.Th>
                  <Table.Th>{t('screening.lists.kind')}</Table.Th>
                  <Table.Th>{t('screening.lists.activeVersion')}</Table.Th>
                  <Table.Th ta="right">{t('screening.lists.entries')}</Table.Th>
                  <Table.Th>{t('screening.lists.lastChanges')}</Table.Th>
                  <Table.Th>{t('screening.lists.lastImport')}</Table.Th>
                  <Table.Th ta="right">{t('screening.lists.inIndex')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((s) => {
                  const v = s.activeVersion;
                  return (
                    <Table.Tr key={s.source} data-testid={`list-${s.source}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/watchlists/${encodeURIComponent(s.source)}`} fw={700}>
                          {s.source}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={s.kind === 'national' ? 'grape' : s.kind === 'custom' ? 'teal' : 'blue'}>
                          {t(`screening.kind.${s.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {v ? (
                          <Anchor component={Link} to={`/watchlists/versions/${v.id}`} size="sm">
                            {t('screening.lists.versionN', { number: v.number })} · {t(`screening.origin.${v.origin}`)}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('screening.lists.noActive')}
                          </Text>
                        )}
                        {v && v.skipped.length > 0 && (
                          <Badge ml={6} size="xs" color="orange" variant="light">
                            {t('screening.lists.skippedN', { count: v.skipped.length })}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" ff="monospace">
                        {v?.entryCount == null ? <Text size="xs" c="dimmed">{t('screening.lists.notShown')}</Text> : formatNumber(v.entryCount, i18n.language)}
                      </Table.Td>
                      <Table.Td>{v && <ChangeCounts v={v} />}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v?.createdAt, i18n.language)}</Table.Td>
                      <Table.Td ta="right" ff="monospace">
                        {formatNumber(q.data.index.entries[s.source], i18n.language)}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <EntrySearch sources={sources} />
    </Stack>
  );
}
