/**
 * The answer to one oversight question (who read record X / what did Y read): filters (period,
 * organisation, action), the summary per user or partner (or per record) before the raw rows, and the
 * answer as CSV.
 */
import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTION_LABELS, actionLabel } from '../../../core/audit/action-labels.ts';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ActorLink, AuditTable, RecordLink } from './AuditTable.tsx';
import { NO_FILTERS, type AnswerFilters, type AuditRow, type Summary } from './types.ts';
import { DateField } from '../../components/DateField.tsx';

/** Period, organisation and action; applied on submit. */
export function FilterBar({ value, onApply, exportHref }: { value: AnswerFilters; onApply: (f: AnswerFilters) => void; exportHref?: string }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState(value);
  const orgs = useQuery({ queryKey: ['organisations'], queryFn: () => api.get<Array<{ id: string; name: string }>>('/api/organisations') });
  const actions = useMemo(
    () => Object.keys(AUDIT_ACTION_LABELS).map((a) => ({ value: a, label: actionLabel(a, i18n.language) })).sort((a, b) => a.label.localeCompare(b.label)),
    [i18n.language],
  );
  return (
    <Paper withBorder p="sm" component="form" onSubmit={(e) => (e.preventDefault(), onApply(form))}>
      <Group align="end" gap="xs">
        <DateField label={t('audit.from')} value={form.from} onChange={(v) => setForm({ ...form, from: v })} data-testid="filter-from" />
        <DateField label={t('audit.to')} value={form.to} onChange={(v) => setForm({ ...form, to: v })} data-testid="filter-to" />
        <Select
          label={t('audit.organisation')}
          placeholder={t('audit.q.any')}
          clearable
          searchable
          data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={form.orgId || null}
          onChange={(v) => setForm({ ...form, orgId: v ?? '' })}
          data-testid="filter-org"
        />
        <Select label={t('audit.action')} placeholder={t('audit.q.any')} clearable searchable data={actions} value={form.action || null} onChange={(v) => setForm({ ...form, action: v ?? '' })} data-testid="filter-action" w={260} />
        <Button type="submit" data-testid="filter-apply">{t('audit.apply')}</Button>
        {exportHref && (
          <Button component="a" href={exportHref} download variant="light" ml="auto" data-testid="answer-csv">
            {t('audit.exportCsv')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function filterParams(f: AnswerFilters) {
  return { from: f.from || undefined, to: f.to || undefined, orgId: f.orgId || undefined, action: f.action || undefined };
}

/** Who read record `recordId`, or what `actor` read: summary, then the rows. */
export function Answer({ recordId, actor }: { recordId?: string; actor?: string }) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AnswerFilters>(NO_FILTERS);
  const params = { recordId, actor, ...filterParams(filters) };
  const summary = useQuery({ queryKey: ['audit-summary', params], queryFn: () => api.get<Summary>(`/api/audit/summary${qs(params)}`) });
  const rows = useQuery({ queryKey: ['audit-rows', params], queryFn: () => api.get<AuditRow[]>(`/api/audit${qs({ ...params, limit: 500 })}`) });
  const words = (actions: string[]) => actions.map((a) => actionLabel(a, i18n.language)).join(', ');
  const s = summary.data;
  return (
    <Stack gap="sm">
      <FilterBar value={filters} onApply={setFilters} exportHref={`/api/audit/export${qs({ ...params, format: 'csv' })}`} />
      {(summary.isPending || rows.isPending) && <Loading />}
      {summary.isError && <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />}
      {s && s.items.length === 0 && <Empty title={t('audit.noEntries')}>{recordId ? t('audit.noEntriesRecord') : t('audit.noEntriesHelp')}</Empty>}
      {s && s.question === 'record' && s.items.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={4} mb="xs">{t('audit.q.whoSummary', { count: s.items.length })}</Title>
          <Table striped fz="sm" verticalSpacing={3} data-testid="summary-people">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.q.person')}</Table.Th>
                <Table.Th>{t('audit.organisation')}</Table.Th>
                <Table.Th ta="right">{t('audit.q.times')}</Table.Th>
                <Table.Th>{t('audit.q.first')}</Table.Th>
                <Table.Th>{t('audit.q.last')}</Table.Th>
                <Table.Th>{t('audit.purpose')}</Table.Th>
                <Table.Th>{t('audit.q.how')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.items.map((p) => (
                <Table.Tr key={`${p.actorId}-${p.actor}-${p.organisation}`} data-testid="summary-person" data-actor={p.actor}>
                  <Table.Td><ActorLink name={p.actor} /></Table.Td>
                  <Table.Td>{p.organisation}</Table.Td>
                  <Table.Td ta="right">
                    {p.count}
                    {p.hitAnswers > 0 && (
                      <Text size="xs" c="dimmed" title={t('audit.q.hitAnswer')} style={{ whiteSpace: 'nowrap' }}>
                        {t('audit.q.hits', { count: p.hitAnswers })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.first, i18n.language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.last, i18n.language)}</Table.Td>
                  <Table.Td>{p.purposes.length > 0 ? p.purposes.join(', ') : t('audit.q.noPurpose')}</Table.Td>
                  <Table.Td data-testid="summary-actions">{words(p.actions)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {s && s.question === 'actor' && s.items.length > 0 && (
        <Paper withBorder p="sm">
          <Title order={4} mb="xs">{t('audit.q.whatSummary', { count: s.items.length })}</Title>
          <Table striped fz="sm" verticalSpacing={3} data-testid="summary-records">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.record')}</Table.Th>
                <Table.Th ta="right">{t('audit.q.times')}</Table.Th>
                <Table.Th>{t('audit.q.first')}</Table.Th>
                <Table.Th>{t('audit.q.last')}</Table.Th>
                <Table.Th>{t('audit.purpose')}</Table.Th>
                <Table.Th>{t('audit.q.how')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.items.map((r) => (
                <Table.Tr key={r.recordId}>
                  <Table.Td>
                    <Group gap={6}>
                      {r.recordTypes.length > 0 && <Text size="xs" c="dimmed">{r.recordTypes.join(', ')}</Text>}
                      <RecordLink id={r.recordId} />
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{r.count}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.first, i18n.language)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.last, i18n.language)}</Table.Td>
                  <Table.Td>{r.purposes.length > 0 ? r.purposes.join(', ') : t('audit.q.noPurpose')}</Table.Td>
                  <Table.Td>{words(r.actions)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {rows.data && rows.data.length > 0 && (
        <>
          <Text size="sm" fw={500}>{t('audit.q.rawRows', { count: rows.data.length })}</Text>
          <AuditTable entries={rows.data} testId="record-access" />
        </>
      )}
    </Stack>
  );
}
