/**
 * Lists kept current (list administrators, issue #15): each global list with the address it is fetched
 * from, its schedule and the outcome of its last fetch (a failing source stands out); "Fetch and review"
 * shows the diff first (ImportPreview: applied only on confirmation), "Fetch and apply" applies at once
 * and shows the diff after. Below, the re-screenings of past travellers with their progress.
 */
import { Alert, Badge, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, formatNumber } from '../../lib/format.ts';
import { errorText } from '../../lib/validation.ts';
import { DiffTable, ImportPreview } from './ImportPreview.tsx';
import type { ImportPreview as Preview } from './types.ts';

type Change = { entryId: string; change: 'added' | 'removed' | 'changed'; name: string; fields: string[] };
interface FetchResult {
  id: string;
  source: string;
  url: string;
  status: 'previewed' | 'applied' | 'unchanged' | 'checked' | 'failed';
  error: string | null;
  entryCount: number | null;
  added: number | null;
  removed: number | null;
  changed: number | null;
  previewId: string | null;
  versionId: string | null;
  rescreenId: string | null;
  createdAt: string;
  total: number;
  changes: Change[];
}
interface FetchSource {
  source: string;
  url: string;
  altUrl: string | null;
  scheduleHours: number;
  scheduleMode: 'preview' | 'apply';
  lastAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  lastSuccessAt: string | null;
  failing: boolean;
}
interface Rescreen {
  id: string;
  versionId: string;
  source: string;
  entries: number;
  since: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: { processed: number; total: number; percent: number };
  hits: number;
  failure: string | null;
  createdAt: string;
}

/** The mark of a hit found by a re-screening. */
export function ListedAfterTravel({ size = 'sm' }: { size?: 'sm' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color="grape" variant="light" size={size} ml={4} data-testid="listed-after-travel" title={t('screening.updates.listedAfterTravelHelp')}>
      {t('screening.updates.listedAfterTravel')}
    </Badge>
  );
}

function Rescreens() {
  const { t, i18n } = useTranslation();
  const q = useQuery({
    queryKey: ['screening-rescreens'],
    queryFn: () => api.get<{ items: Rescreen[] }>('/api/screening/rescreens?limit=10'),
    refetchInterval: (query) => (query.state.data?.items.some((r) => r.status === 'queued' || r.status === 'running') ? 2000 : false),
  });
  if (!q.data || q.data.items.length === 0) return <Text size="sm" c="dimmed">{t('screening.updates.noRescreens')}</Text>;
  return (
    <Table verticalSpacing={4} fz="sm" data-testid="rescreens">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('screening.updates.rescreenList')}</Table.Th>
          <Table.Th>{t('screening.updates.rescreenSince')}</Table.Th>
          <Table.Th>{t('screening.updates.rescreenProgress')}</Table.Th>
          <Table.Th ta="right">{t('screening.updates.rescreenHits')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {q.data.items.map((r) => (
          <Table.Tr key={r.id} data-testid="rescreen-row" data-status={r.status}>
            <Table.Td>
              {r.source} · {t('screening.updates.rescreenEntries', { count: r.entries })}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.since, i18n.language)}</Table.Td>
            <Table.Td miw={220}>
              <Progress value={r.progress.percent} color={r.status === 'failed' ? 'red' : r.status === 'done' ? 'green' : 'blue'} aria-label={t('screening.updates.rescreenProgress')} />
              <Text size="xs" c={r.status === 'failed' ? 'red' : 'dimmed'}>
                {r.status === 'failed'
                  ? t('screening.updates.rescreenFailed', { reason: r.failure ?? '' })
                  : t('screening.updates.rescreenText', { processed: formatNumber(r.progress.processed, i18n.language), total: formatNumber(r.progress.total, i18n.language), percent: r.progress.percent, status: t(`screening.updates.rescreenStatus.${r.status}`) })}
              </Text>
            </Table.Td>
            <Table.Td ta="right" ff="monospace">
              {r.hits}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function ListUpdates() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['screening-fetches'], queryFn: () => api.get<{ sources: FetchSource[]; rescreenDays: number }>('/api/screening/fetches?limit=5') });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [result, setResult] = useState<FetchResult | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['screening-fetches'] });
    void qc.invalidateQueries({ queryKey: ['screening-lists'] });
    void qc.invalidateQueries({ queryKey: ['screening-rescreens'] });
  };
  const run = async (source: string, mode: 'preview' | 'apply') => {
    setBusy(`${source}-${mode}`);
    setError(undefined);
    setResult(null);
    setPreview(null);
    try {
      const f = await api.post<FetchResult>(`/api/screening/lists/${source}/fetch`, { mode });
      setResult(f);
      if (f.previewId) setPreview(await api.get<Preview>(`/api/screening/previews/${f.previewId}`));
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(null);
      refresh();
    }
  };
  return (
    <Paper withBorder p="md" data-testid="list-updates">
      <Stack gap="sm">
        <Title order={4}>{t('screening.updates.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('screening.updates.intro', { days: q.data?.rescreenDays ?? 183 })}
        </Text>
        {q.data?.sources.map((s) => (
          <Group key={s.source} justify="space-between" wrap="nowrap" data-testid={`fetch-source-${s.source}`}>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6}>
                <Text fw={700}>{t(`screening.kind.${s.source}`)}</Text>
                {s.failing ? (
                  <Badge color="red" data-testid="fetch-failing">
                    {t('screening.updates.failing')}
                  </Badge>
                ) : s.lastStatus ? (
                  <Badge color="gray" variant="light">
                    {t(`screening.updates.status.${s.lastStatus}`)}
                  </Badge>
                ) : null}
              </Group>
              <Text size="xs" c="dimmed" ff="monospace" truncate>
                {s.url}
              </Text>
              <Text size="xs" c="dimmed">
                {s.scheduleHours > 0 ? t('screening.updates.schedule', { hours: s.scheduleHours, mode: t(`screening.updates.scheduleMode.${s.scheduleMode}`) }) : t('screening.updates.scheduleOff')}
                {' · '}
                {t('screening.updates.lastSuccess', { at: s.lastSuccessAt ? formatDateTime(s.lastSuccessAt, i18n.language) : '—' })}
              </Text>
              {s.failing && s.lastError && (
                <Text size="xs" c="red" data-testid="fetch-last-error">
                  {s.lastError}
                </Text>
              )}
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="default" loading={busy === `${s.source}-preview`} disabled={busy !== null} onClick={() => void run(s.source, 'preview')} data-testid={`fetch-preview-${s.source}`}>
                {t('screening.updates.fetchPreview')}
              </Button>
              <Button size="xs" color="orange" loading={busy === `${s.source}-apply`} disabled={busy !== null} onClick={() => void run(s.source, 'apply')} data-testid={`fetch-apply-${s.source}`}>
                {t('screening.updates.fetchApply')}
              </Button>
            </Group>
          </Group>
        ))}
        <FormError message={error} />
        {result && (
          <Alert color={result.status === 'applied' ? 'green' : 'blue'} withCloseButton onClose={() => setResult(null)} data-testid="fetch-result" data-status={result.status}>
            {t(`screening.updates.result.${result.status}`, { source: result.source, entries: result.entryCount ?? 0, added: result.added ?? 0, removed: result.removed ?? 0, changed: result.changed ?? 0 })}
          </Alert>
        )}
        {preview && <ImportPreview preview={preview} onApplied={() => { setPreview(null); setResult(null); refresh(); }} onDiscarded={() => { setPreview(null); setResult(null); refresh(); }} />}
        {result && result.status === 'applied' && result.changes.length > 0 && <DiffTable testId="fetch-changes" height={300} changes={result.changes} />}
        <Title order={5}>{t('screening.updates.rescreens')}</Title>
        <Rescreens />
      </Stack>
    </Paper>
  );
}
