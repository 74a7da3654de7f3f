/**
 * The whole audit log as a table (issue 17): sortable by entry number, actor, organisation, action and
 * record type, paged with the number of entries the filters select, the filters as chips kept in the URL,
 * and saved views ("audit"). Exports take the same filters.
 */
import { Button, Code, Group, Text, Tooltip } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from '../../../core/audit/action-labels.ts';
import { DataTable, type Column, type FilterChip } from '../../components/DataTable.tsx';
import { ErrorState, Loading } from '../../components/States.tsx';
import { useTableState } from '../../components/useTableState.ts';
import { api, qs } from '../../lib/api.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { FilterBar, filterParams } from './Answer.tsx';
import { ActorLink, RecordLink } from './AuditTable.tsx';
import type { AnswerFilters, AuditRow } from './types.ts';

const SORTS = ['seq', 'actor', 'organisation', 'action', 'recordType'] as const;
const FILTERS = ['from', 'to', 'orgId', 'action'] as const;
type Sort = (typeof SORTS)[number];

function Details({ e }: { e: AuditRow }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!e.details || Object.keys(e.details as object).length === 0) return <>—</>;
  return open ? (
    <Code block style={{ maxWidth: 360, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} onClick={() => setOpen(false)}>
      {JSON.stringify(e.details, null, 1)}
    </Code>
  ) : (
    <Text component="button" type="button" size="xs" c="indigo" style={{ background: 'none', border: 0, cursor: 'pointer', padding: 0 }} onClick={() => setOpen(true)}>
      {t('audit.show')}
    </Text>
  );
}

function Records({ e }: { e: AuditRow }) {
  const { t } = useTranslation();
  const ids = e.recordIds && e.recordIds.length > 0 ? e.recordIds : e.recordId ? [e.recordId] : [];
  const hits = new Set(e.hitIds ?? []);
  if (ids.length === 0) return <>{e.recordType ?? '—'}</>;
  return (
    <Group gap={6} wrap="wrap" maw={260}>
      {e.recordType && <Text size="xs" c="dimmed">{e.recordType}</Text>}
      {ids.slice(0, 6).map((id) => (
        <RecordLink key={id} id={id} hit={hits.has(id)} />
      ))}
      {ids.length > 6 && <Text size="xs" c="dimmed">{t('audit.q.more', { count: ids.length - 6 })}</Text>}
    </Group>
  );
}

/** The whole log, newest first or sorted, with filter chips, pages, a total and saved views; export as CSV or JSON. */
export function AuditLog() {
  const { t, i18n } = useTranslation();
  const table = useTableState<Sort, (typeof FILTERS)[number]>({ sorts: SORTS, filters: FILTERS, defaultSort: 'seq', defaultDir: 'desc', defaultSize: 50, firstDir: { seq: 'desc' } });
  const filters: AnswerFilters = { from: table.filters.from ?? '', to: table.filters.to ?? '', orgId: table.filters.orgId ?? '', action: table.filters.action ?? '' };
  const params = filterParams(filters);
  const a = table.apiParams();
  const query = { ...params, sort: a.sort, dir: a.dir, limit: a.limit, offset: a.offset };
  const q = useQuery({
    queryKey: ['audit-entries', query],
    queryFn: () => api.get<{ results: AuditRow[]; total: number; capped: boolean }>(`/api/audit/entries${qs(query)}`),
    placeholderData: keepPreviousData,
  });
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: () => api.get<Array<{ id: string; name: string }>>('/api/organisations') });
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8);
  const chips: FilterChip[] = [
    ...(filters.from ? [{ key: 'from', label: `${t('audit.from')}: ${formatDate(filters.from, i18n.language)}` }] : []),
    ...(filters.to ? [{ key: 'to', label: `${t('audit.to')}: ${formatDate(filters.to, i18n.language)}` }] : []),
    ...(filters.orgId ? [{ key: 'orgId', label: `${t('audit.organisation')}: ${orgName(filters.orgId)}` }] : []),
    ...(filters.action ? [{ key: 'action', label: `${t('audit.action')}: ${actionLabel(filters.action, i18n.language)}` }] : []),
  ];
  const columns: Array<Column<AuditRow, Sort>> = [
    { key: 'seq', header: '#', sort: 'seq', render: (e) => <Text span ff="monospace" size="sm" data-testid="audit-seq" data-value={String(e.seq)}>{e.seq}</Text> },
    { key: 'at', header: t('audit.at'), style: { whiteSpace: 'nowrap' }, render: (e) => formatDateTime(e.at, i18n.language) },
    { key: 'actor', header: t('audit.actor'), sort: 'actor', render: (e) => <span data-testid="audit-actor"><ActorLink name={e.actor} /></span> },
    { key: 'organisation', header: t('audit.organisation'), sort: 'organisation', render: (e) => e.organisation },
    {
      key: 'action',
      header: t('audit.action'),
      sort: 'action',
      render: (e) => (
        <Tooltip label={e.action}>
          <span data-testid="audit-action" data-action={e.action}>{actionLabel(e.action, i18n.language)}</span>
        </Tooltip>
      ),
    },
    { key: 'record', header: t('audit.record'), sort: 'recordType', render: (e) => <Records e={e} /> },
    { key: 'purpose', header: t('audit.purpose'), render: (e) => e.purpose ?? '—' },
    { key: 'details', header: t('audit.details'), render: (e) => <Details e={e} /> },
  ];
  const toolbar = <FilterBar key={JSON.stringify(filters)} value={filters} onApply={(f) => table.setFilters(f)} exportHref={`/api/audit/export${qs({ ...params, format: 'csv' })}`} />;
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <>
      <DataTable
        columns={columns}
        rows={q.data.results}
        rowKey={(e) => String(e.seq)}
        state={table}
        total={q.data.total}
        screen="audit"
        chips={chips}
        toolbar={toolbar}
        stale={q.isPlaceholderData}
        minWidth={900}
        emptyTitle={t('audit.noEntries')}
        emptyHelp={chips.length > 0 ? t('tables.emptyFiltered') : t('audit.noEntriesHelp')}
        data-testid="audit-table"
      />
      <Group justify="space-between" mt="xs">
        {q.data.capped ? <Text size="xs" c="dimmed" data-testid="audit-capped">{t('tables.atLeast', { total: q.data.total })}</Text> : <span />}
        <Button component="a" href={`/api/audit/export${qs({ ...params, format: 'json' })}`} download variant="subtle" size="xs" data-testid="export-json">
          {t('audit.exportJson')}
        </Button>
      </Group>
    </>
  );
}
