/**
 * The objects held: own records as STIX, objects received from partners (with their provenance) and
 * imported ones, newest first, filtered by origin and type. Records are chosen here for export as a
 * STIX bundle or a MISP event.
 */
import { Alert, Anchor, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClassificationBadge, TlpBadge } from '../../components/Badges.tsx';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import { OriginBadge, Provenance, ScopeBadge } from './common.tsx';
import { useExport, type Format } from './Exchange.tsx';
import { objectLabel, type Origin, type SharingObject } from './types.ts';

const PAGE = 50;
const TYPES = ['identity', 'report', 'relationship', 'indicator', 'malware', 'threat-actor', 'campaign'];

export function Objects() {
  const { t, i18n } = useTranslation();
  const [origin, setOrigin] = useState<Origin | 'any'>('any');
  const [type, setType] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const partnerId = useLocation().query.get('partner') ?? undefined;
  const params = { origin: origin === 'any' ? undefined : origin, type: type ?? undefined, partnerId, limit: PAGE, offset };
  const q = useQuery({
    queryKey: ['sharing-objects', params],
    queryFn: () => api.get<{ results: SharingObject[] }>(`/api/sharing/objects${qs(params)}`),
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
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="end" gap="xs">
          <Group align="end" gap="xs">
            <SegmentedControl
              size="xs"
              value={origin}
              onChange={(v) => {
                setOrigin(v as Origin | 'any');
                setOffset(0);
              }}
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
              onChange={(v) => {
                setType(v);
                setOffset(0);
              }}
            />
            {partnerId && (
              <Button size="xs" variant="light" color="grape" onClick={() => setQuery({ partner: undefined })} data-testid="partner-filter">
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
      {q.data && rows.length === 0 && offset === 0 && <Empty title={t('sharing.objects.none')}>{t('sharing.objects.noneHelp')}</Empty>}
      {q.data && (rows.length > 0 || offset > 0) && (
        <Paper withBorder style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing={4} data-testid="objects-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36}>
                    <Checkbox aria-label={t('sharing.objects.choosePage')} checked={allOnPage} indeterminate={!allOnPage && pageIds.some((id) => chosen.has(id))} onChange={(e) => flip(pageIds, e.currentTarget.checked)} />
                  </Table.Th>
                  <Table.Th>{t('sharing.objects.object')}</Table.Th>
                  <Table.Th>{t('sharing.objects.origin')}</Table.Th>
                  <Table.Th>{t('markings.classification')}</Table.Th>
                  <Table.Th>TLP</Table.Th>
                  <Table.Th>{t('sharing.objects.scope')}</Table.Th>
                  <Table.Th>{t('sharing.objects.version')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((o) => (
                  <Table.Tr key={o.stixId} data-testid="object-row">
                    <Table.Td>
                      <Checkbox aria-label={t('sharing.objects.choose', { label: objectLabel(o.object, t) })} checked={chosen.has(o.id)} onChange={(e) => flip([o.id], e.currentTarget.checked)} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/sharing/objects/${o.id}`} size="sm" fw={600} dir="auto">
                        {objectLabel(o.object, t)}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {o.type}
                        {o.recordType ? ` · ${o.recordType}` : ''}
                        {o.revoked ? ` · ${t('sharing.objects.revoked')}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <OriginBadge origin={o.origin} />
                      <Provenance o={o} />
                    </Table.Td>
                    <Table.Td>
                      <ClassificationBadge value={o.markings.classification} />
                    </Table.Td>
                    <Table.Td>
                      <TlpBadge tlp={o.markings.tlp} />
                    </Table.Td>
                    <Table.Td>
                      <ScopeBadge scope={o.scope} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{formatDateTime(o.version, i18n.language)}</Text>
                      <Text size="xs" c="dimmed">
                        {t('sharing.objects.added', { when: formatDateTime(o.dateAdded, i18n.language) })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {q.data && (offset > 0 || rows.length === PAGE) && (
        <Group justify="space-between">
          <Button size="xs" variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('audit.newer')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('audit.page', { page: offset / PAGE + 1 })}
          </Text>
          <Button size="xs" variant="default" disabled={rows.length < PAGE} onClick={() => setOffset(offset + PAGE)}>
            {t('audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
