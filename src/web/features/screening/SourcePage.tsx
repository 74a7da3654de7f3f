/** One watch list: its versions newest first (counts, origin, skipped lines), import of a new version, its entries. */
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { byText } from './common.tsx';
import { EntrySearch } from './EntrySearch.tsx';
import { ImportForm } from './ImportForm.tsx';
import { sourceKindOf, type ListVersion } from './types.ts';
import { ChangeCounts } from './VersionBits.tsx';

export default function SourcePage({ source }: { source: string }) {
  const { t, i18n } = useTranslation();
  const { can, me } = useSession();
  const [importing, setImporting] = useState(false);
  const q = useQuery({ queryKey: ['screening-versions', source], queryFn: () => api.get<{ source: string; items: ListVersion[] }>(`/api/screening/lists/${encodeURIComponent(source)}/versions`) });
  const kind = sourceKindOf(source);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/watchlists" size="sm">
        ← {t('screening.lists.title')}
      </Anchor>
      <Group justify="space-between">
        <Group gap="xs">
          <Title order={2}>{source}</Title>
          <Badge variant="light">{t(`screening.kind.${kind}`)}</Badge>
        </Group>
        {can('screening', 'write') && kind !== 'national' && (
          <Button onClick={() => setImporting((v) => !v)} variant={importing ? 'light' : 'filled'}>
            {importing ? t('common.close') : t('screening.lists.importNew')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t(`screening.kindHelp.${kind}`)}
      </Text>
      {importing && <ImportForm sources={[source]} initialSource={source} />}
      <Paper withBorder>
        <Title order={4} p="sm" pb={0}>
          {t('screening.versions.title')}
        </Title>
        {q.isPending && <Loading />}
        {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && q.data.items.length === 0 && <Empty title={t('screening.versions.none')} />}
        {q.data && q.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing={6} highlightOnHover data-testid="versions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('screening.versions.number')}</Table.Th>
                  <Table.Th>{t('screening.versions.origin')}</Table.Th>
                  <Table.Th>{t('screening.versions.at')}</Table.Th>
                  <Table.Th>{t('screening.versions.by')}</Table.Th>
                  <Table.Th ta="right">{t('screening.lists.entries')}</Table.Th>
                  <Table.Th>{t('screening.versions.changes')}</Table.Th>
                  <Table.Th>{t('screening.versions.skipped')}</Table.Th>
                  <Table.Th>{t('screening.versions.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((v) => (
                  <Table.Tr key={v.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/watchlists/versions/${v.id}`)} bg={v.active ? 'green.0' : undefined}>
                    <Table.Td>
                      <Anchor component={Link} to={`/watchlists/versions/${v.id}`} fw={700} onClick={(e) => e.stopPropagation()}>
                        v{v.number}
                      </Anchor>
                      {v.active && (
                        <Badge ml={6} size="xs" color="green">
                          {t('screening.versions.active')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`screening.origin.${v.origin}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{byText(v.createdBy, me.id, t)}</Table.Td>
                    <Table.Td ta="right" ff="monospace">
                      {formatNumber(v.entryCount, i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      <ChangeCounts v={v} />
                    </Table.Td>
                    <Table.Td>{v.skipped.length > 0 ? <Badge color="orange" variant="light">{v.skipped.length}</Badge> : '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {v.note || '—'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <EntrySearch sources={[source]} fixedSource={source} />
    </Stack>
  );
}
