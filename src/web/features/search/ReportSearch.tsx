/**
 * Reports as a browsable table: every report the user may read, or a full-text search (diacritics- and
 * case-insensitive); sortable columns, filter chips (grade, classification, source), the total the
 * server counted under need-to-know, page size, and saved views. State lives in the URL.
 */
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, INFO_CREDIBILITY, SOURCE_RELIABILITY } from '../../../core/vocab.ts';
import { ClassificationBadge, GradeBadge, TlpBadge } from '../../components/Badges.tsx';
import { DataTable, type Column, type FilterChip } from '../../components/DataTable.tsx';
import { SearchIcon } from '../../components/Icons.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { useTableState } from '../../components/useTableState.ts';
import { api, qs } from '../../lib/api.ts';
import { formatDay } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { Link, navigate, useLocation } from '../../lib/router.tsx';
import type { Report } from '../../lib/types.ts';

const SORTS = ['relevance', 'reportedOn', 'title', 'grade', 'classification', 'createdAt'] as const;
const FILTERS = ['rq', 'reliability', 'credibility', 'classification', 'source'] as const;
type Sort = (typeof SORTS)[number];

export function ReportSearch() {
  const { t, i18n } = useTranslation();
  const orgs = useOrganisations();
  const text = useLocation().query.get('rq') ?? '';
  // Without a chosen sort the server puts the best match first for a text, the newest report otherwise.
  const q = useTableState<Sort, (typeof FILTERS)[number]>({
    sorts: SORTS, filters: FILTERS, defaultSort: text ? 'relevance' : 'reportedOn', defaultDir: 'desc',
    firstDir: { reportedOn: 'desc', createdAt: 'desc', relevance: 'desc', classification: 'desc' },
  });
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);
  const { rq, ...chips } = q.filters;
  const params = { ...q.apiParams(), rq: undefined, q: rq };
  const res = useQuery({
    queryKey: ['reports-list', params],
    queryFn: () => api.get<{ results: Array<Report & { rank: number }>; total: number }>(`/api/reports${qs(params)}`),
    placeholderData: keepPreviousData,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    q.setFilter('rq', draft.trim());
  };
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8);
  const chipList: FilterChip[] = [
    ...(rq ? [{ key: 'rq', label: `${t('search.fullText')}: ${rq}` }] : []),
    ...(chips.reliability ? [{ key: 'reliability', label: `${t('report.reliability')}: ${chips.reliability}` }] : []),
    ...(chips.credibility ? [{ key: 'credibility', label: `${t('report.credibility')}: ${chips.credibility}` }] : []),
    ...(chips.classification ? [{ key: 'classification', label: `${t('markings.classification')}: ${t(`vocab.classification.${chips.classification}`)}` }] : []),
    ...(chips.source ? [{ key: 'source', label: `${t('report.source')}: ${orgName(chips.source)}` }] : []),
  ];
  const columns: Array<Column<Report & { rank: number }, Sort>> = [
    {
      key: 'title',
      header: t('report.title'),
      sort: 'title',
      render: (r) => (
        <>
          <Anchor component={Link} to={`/reports/${r.id}`} fw={600} data-testid="report-link">
            {r.title}
          </Anchor>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {r.body}
          </Text>
        </>
      ),
    },
    { key: 'reportedOn', header: t('report.reportedOn'), sort: 'reportedOn', render: (r) => <Text size="sm" data-testid="reported-on" data-value={r.reportedOn}>{formatDay(r.reportedOn, i18n.language)}</Text> },
    { key: 'grade', header: t('report.grade'), sort: 'grade', render: (r) => <GradeBadge reliability={r.sourceReliability} credibility={r.infoCredibility} /> },
    {
      key: 'handling',
      header: t('markings.handlingCode'),
      render: (r) => (
        <Group gap={4} wrap="nowrap">
          <Badge variant="default" ff="monospace">
            {r.markings.handlingCode}
          </Badge>
          <TlpBadge tlp={r.markings.tlp} />
        </Group>
      ),
    },
    { key: 'source', header: t('report.source'), render: (r) => r.sourceOrganisation.name },
    { key: 'classification', header: t('markings.classification'), sort: 'classification', render: (r) => <ClassificationBadge value={r.markings.classification} /> },
  ];
  const filterSelect = (key: 'reliability' | 'credibility' | 'classification' | 'source', label: string, data: Array<{ value: string; label: string }>, w: number) => (
    <Select
      label={label}
      placeholder={t('tables.any')}
      clearable
      searchable={key === 'source'}
      w={w}
      size="xs"
      data={data}
      value={q.filters[key] ?? null}
      onChange={(v) => q.setFilter(key, v)}
      data-testid={`filter-${key}`}
    />
  );

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={submit} role="search">
        <Stack gap="xs">
          <Group gap="xs" align="end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('search.fullText')}
              description={t('search.fullTextHelp')}
              leftSection={<SearchIcon />}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              name="rq"
              data-testid="report-search-input"
            />
            <Button type="submit">{t('search.submit')}</Button>
          </Group>
          <Group gap="sm" align="end">
            {filterSelect('reliability', t('report.reliability'), SOURCE_RELIABILITY.map((v) => ({ value: v, label: t(`grade.reliability.${v}`) })), 220)}
            {filterSelect('credibility', t('report.credibility'), INFO_CREDIBILITY.map((v) => ({ value: v, label: t(`grade.credibility.${v}`) })), 240)}
            {filterSelect('classification', t('markings.classification'), CLASSIFICATIONS.map((v) => ({ value: v, label: t(`vocab.classification.${v}`) })), 200)}
            {filterSelect('source', t('report.source'), (orgs.data ?? []).map((o) => ({ value: o.id, label: o.name })), 240)}
          </Group>
        </Stack>
      </Paper>
      {res.isPending && <Loading />}
      {res.isError && <ErrorState error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && (
        <DataTable
          columns={columns}
          rows={res.data.results}
          rowKey={(r) => r.id}
          state={q}
          total={res.data.total}
          chips={chipList}
          screen="reports"
          stale={res.isPlaceholderData}
          emptyTitle={t('search.noneTitle')}
          emptyHelp={rq ? t('search.reportsNone') : undefined}
          onRowClick={(r) => navigate(`/reports/${r.id}`)}
          data-testid="report-results"
        />
      )}
    </Stack>
  );
}
