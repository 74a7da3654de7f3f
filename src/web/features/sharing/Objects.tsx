/**
 * The objects held: own records as STIX, objects received from partners (with their provenance) and
 * imported ones, newest first, filtered by origin and type. Records are chosen here for export as a
 * STIX bundle or a MISP event.
 */
import { Alert, Anchor, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassificationBadge, TlpBadge } from '../../components/Badges.tsx';
import { DataTable, type Column, type FilterChip } from '../../components/DataTable.tsx';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { useTableState } from '../../components/useTableState.ts';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import { OriginBadge, Provenance, RelationshipEnds, ScopeBadge } from './common.tsx';
import { useExport, type Format } from './Exchange.tsx';
import { objectLabel, type Origin, type SharingObject } from './types.ts';

const TYPES = ['identity', 'report', 'relationship', 'indicator', 'malware', 'threat-actor', 'campaign'];
const SORTS = ['dateAdded', 'type', 'origin', 'name', 'classification'] as const;
const FILTERS = ['origin', 'type', 'partner'] as const;
type Sort = (typeof SORTS)[number];

export function Objects() {
  const { t, i18n } = useTranslation();
  const table = useTableState<Sort, (typeof FILTERS)[number]>({ sorts: SORTS, filters: FILTERS, defaultSort: 'dateAdded', defaultDir: 'desc', firstDir: { dateAdded: 'desc' } });
  const origin = (table.filters.origin ?? 'any') as Origin | 'any';
  const type = table.filters.type ?? null;
  const partnerId = table.filters.partner;
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const a = table.apiParams();
  const params = { origin: a.origin, type: a.type, partnerId, sort: a.sort, dir: a.dir, limit: a.limit, offset: a.offset };
  const q = useQuery({
    queryKey: ['sharing-objects', params],
    queryFn: () => api.get<{ results: SharingObject[]; total: number }>(`/api/sharing/objects${qs(params)}`),
    placeholderData: keepPreviousData,
  });
  const exp = useExport();
  const rows = q.data?.results ?? [];
  const pageIds = rows.map((r) => r.id);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => chosen.has(id));
  const flip = (ids: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setChosen(next);
  };
  const doExport = (format: Format) => exp.mutate({ format, ids: [...chosen] });
  const chips: FilterChip[] = [
    ...(origin !== 'any' ? [{ key: 'origin', label: `${t('sharing.objects.origin')}: ${t(`sharing.origin.${origin}`)}` }] : []),
    ...(type ? [{ key: 'type', label: `${t('sharing.objects.type')}: ${type}` }] : []),
  ];
  const columns: Array<Column<SharingObject, Sort>> = [
    {
      key: 'choose',
      header: <Checkbox aria-label={t('sharing.objects.choosePage')} checked={allOnPage} indeterminate={!allOnPage && pageIds.some((id) => chosen.has(id))} onChange={(e) => flip(pageIds, e.currentTarget.checked)} />,
      width: 36,
      render: (o) => <Checkbox aria-label={t('sharing.objects.choose', { label: objectLabel(o.object, t) })} checked={chosen.has(o.id)} onChange={(e) => flip([o.id], e.currentTarget.checked)} />,
    },
    {
      key: 'object',
      header: t('sharing.objects.object'),
      sort: 'name',
      render: (o) => (
        <div>
          <Anchor component={Link} to={`/sharing/objects/${o.id}`} size="sm" fw={600} dir="auto">
            {objectLabel(o.object, t)}
          </Anchor>
          {o.ends && (
            <div>
              <RelationshipEnds ends={o.ends} relation={objectLabel(o.object, t)} />
            </div>
          )}
          <Text size="xs" c="dimmed">
            {o.recordType ? o.recordType : ''}
            {o.revoked ? ` · ${t('sharing.objects.revoked')}` : ''}
          </Text>
        </div>
      ),
    },
    { key: 'type', header: t('sharing.objects.type'), sort: 'type', render: (o) => <Text size="xs" ff="monospace">{o.type}</Text> },
    {
      key: 'origin',
      header: t('sharing.objects.origin'),
      sort: 'origin',
      render: (o) => (
        <>
          <OriginBadge origin={o.origin} />
          <Provenance o={o} />
        </>
      ),
    },
    { key: 'classification', header: t('markings.classification'), sort: 'classification', render: (o) => <ClassificationBadge value={o.markings.classification} /> },
    { key: 'tlp', header: 'TLP', render: (o) => <TlpBadge tlp={o.markings.tlp} /> },
    { key: 'scope', header: t('sharing.objects.scope'), render: (o) => <ScopeBadge scope={o.scope} /> },
    {
      key: 'added',
      header: t('sharing.objects.dateAdded'),
      sort: 'dateAdded',
      render: (o) => (
        <>
          <Text size="xs">{formatDateTime(o.dateAdded, i18n.language)}</Text>
          <Text size="xs" c="dimmed">
            {t('sharing.objects.version')}: {formatDateTime(o.version, i18n.language)}
          </Text>
        </>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="end" gap="xs">
          <Group align="end" gap="xs">
            <SegmentedControl
              size="xs"
              value={origin}
              onChange={(v) => table.setFilter('origin', v === 'any' ? null : v)}
              data={[
                { value: 'any', label: t('sharing.objects.all') },
                { value: 'local', label: t('sharing.origin.local') },
                { value: 'partner', label: t('sharing.origin.partner') },
                { value: 'import', label: t('sharing.origin.import') },
              ]}
              aria-label={t('sharing.objects.origin')}
              data-testid="objects-origin"
            />
            <Select
              size="xs"
              w={180}
              placeholder={t('sharing.objects.anyType')}
              aria-label={t('sharing.objects.type')}
              clearable
              data={TYPES}
              value={type}
              onChange={(v) => table.setFilter('type', v)}
            />
            {partnerId && (
              <Button size="xs" variant="light" color="grape" onClick={() => table.setFilter('partner', null)} data-testid="partner-filter">
                {t('sharing.objects.fromOnePartner')} ×
              </Button>
            )}
          </Group>
          <Group gap="xs" align="center">
            <Text size="sm" c="dimmed" data-testid="chosen-count">
              {t('sharing.objects.chosen', { count: chosen.size })}
            </Text>
            {chosen.size > 0 && (
              <Button size="xs" variant="subtle" color="gray" onClick={() => setChosen(new Set())}>
                {t('sharing.objects.clear')}
              </Button>
            )}
            <Button size="xs" disabled={chosen.size === 0} loading={exp.isPending && exp.variables?.format === 'stix'} onClick={() => doExport('stix')} data-testid="export-stix">
              {t('sharing.exchange.exportStix')}
            </Button>
            <Button size="xs" variant="light" disabled={chosen.size === 0} loading={exp.isPending && exp.variables?.format === 'misp'} onClick={() => doExport('misp')} data-testid="export-misp">
              {t('sharing.exchange.exportMisp')}
            </Button>
          </Group>
        </Group>
      </Paper>
      {exp.data && !exp.isPending && (
        <Alert color={exp.data.count < exp.data.asked ? 'orange' : 'green'} data-testid="export-done" withCloseButton onClose={() => exp.reset()}>
          {t(exp.data.format === 'stix' ? 'sharing.exchange.exportedStix' : 'sharing.exchange.exportedMisp', { count: exp.data.count, asked: exp.data.asked })}
        </Alert>
      )}
      <FormError message={exp.isError ? errorText(exp.error, t) : undefined} />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <DataTable
          columns={columns}
          rows={rows}
          rowKey={(o) => o.stixId}
          rowProps={() => ({ 'data-testid': 'object-row' })}
          state={table}
          total={q.data.total}
          screen="sharing"
          chips={chips}
          stale={q.isPlaceholderData}
          minWidth={980}
          emptyTitle={t('sharing.objects.none')}
          emptyHelp={t('sharing.objects.noneHelp')}
          data-testid="objects-table"
        />
      )}
    </Stack>
  );
}
