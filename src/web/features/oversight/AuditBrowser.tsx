/** Browse the audit log: who accessed a record, and filters with paging; export as CSV or JSON. */
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import type { AuditEntry } from '../../lib/types.ts';
import { AuditTable } from './AuditTable.tsx';

const PAGE = 50;

export function RecordAccess() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [id, setId] = useState('');
  const [err, setErr] = useState<string | null>(null);
  const q = useQuery({ queryKey: ['audit-record', id], queryFn: () => api.get<AuditEntry[]>(`/api/audit${qs({ recordId: id, limit: 500 })}`), enabled: !!id });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = text.trim();
    if (!v) return setErr(t('validation.required'));
    setErr(null);
    setId(v);
  };
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={submit}>
        <Group align="end" gap="xs" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('audit.recordId')} description={t('audit.recordIdHelp')} value={text} onChange={(e) => setText(e.currentTarget.value)} error={err} ff="monospace" data-testid="record-id" />
          <Button type="submit" data-testid="record-submit">{t('audit.whoAccessed')}</Button>
        </Group>
      </Paper>
      {!id && <Empty title={t('audit.recordStartTitle')}>{t('audit.recordStartHelp')}</Empty>}
      {id && q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Empty title={t('audit.noEntries')}>{t('audit.noEntriesRecord')}</Empty>}
      {q.data && q.data.length > 0 && (
        <>
          <Text size="sm">{t('audit.accessSummary', { count: q.data.length, people: new Set(q.data.map((e) => e.actor)).size })}</Text>
          <AuditTable entries={q.data} testId="record-access" />
        </>
      )}
    </Stack>
  );
}

export function AuditBrowser() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ actor: '', action: '', from: '', to: '' });
  const [filters, setFilters] = useState(form);
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors[cursors.length - 1];
  const params = { actor: filters.actor || undefined, action: filters.action || undefined, from: filters.from || undefined, to: filters.to ? `${filters.to}T23:59:59Z` : undefined };
  const q = useQuery({
    queryKey: ['audit', params, before],
    queryFn: () => api.get<AuditEntry[]>(`/api/audit${qs({ ...params, limit: PAGE, before })}`),
    placeholderData: keepPreviousData,
  });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(form);
    setCursors([]);
  };
  const exportUrl = (format: 'csv' | 'json') => `/api/audit/export${qs({ ...params, format })}`;
  const rows = q.data ?? [];
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={apply}>
        <Group align="end" gap="xs">
          <TextInput label={t('audit.actor')} placeholder="analyst.intel" value={form.actor} onChange={(e) => setForm({ ...form, actor: e.currentTarget.value })} />
          <TextInput label={t('audit.action')} placeholder="subject.read" value={form.action} onChange={(e) => setForm({ ...form, action: e.currentTarget.value })} />
          <TextInput type="date" label={t('audit.from')} value={form.from} onChange={(e) => setForm({ ...form, from: e.currentTarget.value })} />
          <TextInput type="date" label={t('audit.to')} value={form.to} onChange={(e) => setForm({ ...form, to: e.currentTarget.value })} />
          <Button type="submit">{t('audit.apply')}</Button>
          <Group gap={4} ml="auto">
            <Button component="a" href={exportUrl('csv')} download variant="light" size="sm" data-testid="export-csv">{t('audit.exportCsv')}</Button>
            <Button component="a" href={exportUrl('json')} download variant="light" size="sm" data-testid="export-json">{t('audit.exportJson')}</Button>
          </Group>
        </Group>
      </Paper>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && rows.length === 0 && <Empty title={t('audit.noEntries')}>{t('audit.noEntriesHelp')}</Empty>}
      {rows.length > 0 && <AuditTable entries={rows} testId="audit-table" />}
      <Group justify="space-between">
        <Button size="xs" variant="default" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('audit.newer')}
        </Button>
        <Text size="xs" c="dimmed">{t('audit.page', { page: cursors.length + 1 })}</Text>
        <Button size="xs" variant="default" disabled={rows.length < PAGE} onClick={() => setCursors([...cursors, rows[rows.length - 1]!.seq])}>
          {t('audit.older')}
        </Button>
      </Group>
    </Stack>
  );
}
