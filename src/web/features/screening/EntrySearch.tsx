/** Searches the entries of the active lists by name or id (national entries only as far as the viewer may read them). */
import { Badge, Button, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { entryDates, entryDocuments } from './common.tsx';
import { countryList } from '../../lib/countries.ts';
import type { EntriesAnswer } from './types.ts';

const PAGE = 25;

export function EntrySearch({ sources, fixedSource }: { sources: string[]; fixedSource?: string }) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(fixedSource ?? null);
  const [submitted, setSubmitted] = useState<{ q: string; source: string | null } | null>(fixedSource ? { q: '', source: fixedSource } : null);
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['screening-entries', submitted, page],
    queryFn: () => api.get<EntriesAnswer>(`/api/screening/entries${qs({ q: submitted!.q, source: submitted!.source, limit: PAGE, offset: (page - 1) * PAGE })}`),
    enabled: submitted !== null,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setPage(1);
    setSubmitted({ q: text.trim(), source });
  };
  const pages = q.data ? Math.max(1, Math.ceil(q.data.total / PAGE)) : 1;
  return (
    <Paper withBorder p="md" data-testid="entry-search">
      <Stack gap="sm">
        <Title order={4}>{t('screening.entries.title')}</Title>
        <Group component="form" onSubmit={submit} align="flex-end" gap="sm">
          <TextInput label={t('screening.entries.query')} placeholder={t('screening.entries.placeholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} w={320} data-testid="entry-q" />
          {!fixedSource && (
            <Select label={t('screening.entries.source')} placeholder={t('screening.entries.allLists')} clearable data={sources} value={source} onChange={setSource} w={200} />
          )}
          <Button type="submit" data-testid="entry-submit">
            {t('screening.entries.search')}
          </Button>
        </Group>
        {submitted && q.isPending && <Loading />}
        {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && q.data.items.length === 0 && <Empty title={t('screening.entries.none')}>{t('screening.entries.noneHelp')}</Empty>}
        {q.data && q.data.items.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {t('screening.entries.total', { count: q.data.total })}
            </Text>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing={4} striped fz="sm" data-testid="entry-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('screening.entries.id')}</Table.Th>
                    <Table.Th>{t('screening.entries.names')}</Table.Th>
                    <Table.Th>{t('screening.birthDate')}</Table.Th>
                    <Table.Th>{t('screening.nationality')}</Table.Th>
                    <Table.Th>{t('screening.document')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.data.items.map((i) => (
                    <Table.Tr key={i.entryId}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm" ff="monospace">
                          {i.entryId}
                        </Text>
                        <Badge size="xs" variant="default">
                          {i.source} v{i.version}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {i.entry.names[0]}
                        </Text>
                        {i.entry.names.length > 1 && (
                          <Text size="xs" c="dimmed">
                            {i.entry.names.slice(1).join(' · ')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{entryDates(i.entry, i18n.language)}</Table.Td>
                      <Table.Td>{countryList(i.entry.nationalities, i18n.language)}</Table.Td>
                      <Table.Td>{entryDocuments(i.entry, t, i18n.language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
          </>
        )}
      </Stack>
    </Paper>
  );
}
