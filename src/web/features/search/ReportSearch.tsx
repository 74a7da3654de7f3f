/** Full-text report search (diacritics- and case-insensitive), within what the user may read. */
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassificationBadge, GradeBadge, TlpBadge } from '../../components/Badges.tsx';
import { SearchIcon } from '../../components/Icons.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import type { Report } from '../../lib/types.ts';

export function ReportSearch() {
  const { t } = useTranslation();
  const loc = useLocation();
  const q = loc.query.get('rq') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const res = useQuery({
    queryKey: ['reports-search', q],
    queryFn: () => api.get<{ results: Report[] }>(`/api/reports${qs({ q, limit: 50 })}`),
    enabled: q.length > 0,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ rq: text.trim() || undefined });
  };
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={submit} role="search">
        <Group gap="xs" align="end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t('search.fullText')}
            description={t('search.fullTextHelp')}
            leftSection={<SearchIcon />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            name="rq"
            data-testid="report-search-input"
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </Paper>
      {!q && <Empty title={t('search.reportsStartTitle')}>{t('search.reportsStartHelp')}</Empty>}
      {q && res.isPending && <Loading />}
      {res.isError && <ErrorState error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && res.data.results.length === 0 && <Empty title={t('search.noneTitle')}>{t('search.reportsNone')}</Empty>}
      {res.data && res.data.results.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid="report-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('report.title')}</Table.Th>
                  <Table.Th>{t('report.reportedOn')}</Table.Th>
                  <Table.Th>{t('report.grade')}</Table.Th>
                  <Table.Th>{t('markings.handlingCode')}</Table.Th>
                  <Table.Th>{t('report.source')}</Table.Th>
                  <Table.Th>{t('markings.classification')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {res.data.results.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/reports/${r.id}`} fw={600}>
                        {r.title}
                      </Anchor>
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {r.body}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.reportedOn}</Table.Td>
                    <Table.Td>
                      <GradeBadge reliability={r.sourceReliability} credibility={r.infoCredibility} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Badge variant="default" ff="monospace">
                          {r.markings.handlingCode}
                        </Badge>
                        <TlpBadge tlp={r.markings.tlp} />
                      </Group>
                    </Table.Td>
                    <Table.Td>{r.sourceOrganisation.name}</Table.Td>
                    <Table.Td>
                      <ClassificationBadge value={r.markings.classification} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
