/** The dashboard map: municipalities coloured by an indicator for one period, with a legend, and programme participation. */
import { Badge, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { EvaluationTabs, fmt, IndicatorSelect, programmeTypeLabel, useIndicators } from './common.tsx';
import { ChoroplethMap, classes, PALETTE } from './ChoroplethMap.tsx';
import type { MapData } from './types.ts';

export default function MapPage() {
  const { t, i18n } = useTranslation();
  const loc = useLocation();
  const inds = useIndicators();
  const indicatorId = loc.query.get('indicator') ?? inds.data?.[0]?.id ?? null;
  const period = loc.query.get('period');
  const q = useQuery({
    queryKey: ['evaluation-map', indicatorId, period],
    queryFn: () => api.get<MapData>(`/api/evaluation/indicators/${indicatorId}/map${qs({ period })}`),
    enabled: !!indicatorId,
  });
  const d = q.data;
  const breaks = d ? classes(d.values.map((v) => v.value)) : [];
  return (
    <Stack gap="sm">
      <EvaluationTabs />
      <Title order={2}>{t('evaluation.map.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <IndicatorSelect value={indicatorId} onChange={(v) => setQuery({ indicator: v, period: null })} />
        {d && (
          <Select label={t('evaluation.values.period')} data={d.periods} value={d.period} onChange={(v) => setQuery({ indicator: indicatorId, period: v })} w={140} data-testid="map-period" allowDeselect={false} />
        )}
      </Group>
      {inds.isError && <ErrorState error={inds.error} />}
      {q.isPending && indicatorId && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {d && (
        <SimpleGrid cols={{ base: 1, lg: 3 }}>
          <Paper withBorder p="sm" style={{ gridColumn: 'span 2' }}>
            <Text fw={600}>{d.indicator.name}{d.period ? ` · ${d.period}` : ''}</Text>
            <ChoroplethMap values={d.values} breaks={breaks} programmes={d.programmes} />
            <Group gap="md" mt="xs" data-testid="map-legend" wrap="wrap">
              {breaks.length === 0 && <Text size="sm">{t('evaluation.map.noValues')}</Text>}
              {breaks.map((b, k) => (
                <Group key={k} gap={4}>
                  <span style={{ display: 'inline-block', width: 14, height: 14, background: PALETTE[k], border: '1px solid #868e96' }} />
                  <Text size="xs">{fmt(b.low, i18n.language)} – {fmt(b.high, i18n.language)}</Text>
                </Group>
              ))}
              <Group gap={4}>
                <span style={{ display: 'inline-block', width: 14, height: 14, background: '#f1f3f5', border: '1px solid #868e96' }} />
                <Text size="xs">{t('evaluation.map.noValue')}</Text>
              </Group>
              <Group gap={4}>
                <span style={{ display: 'inline-block', width: 14, height: 14, background: '#fff', border: '2px solid #e8590c' }} />
                <Text size="xs">{t('evaluation.map.smallCell')}</Text>
              </Group>
              {d.programmes && (
                <Group gap={4}>
                  <span style={{ display: 'inline-block', width: 14, height: 14, background: '#fff', border: '2px solid #5f3dc4' }} />
                  <Text size="xs">{t('evaluation.map.inProgramme')}</Text>
                </Group>
              )}
            </Group>
            {d.indicator.unit && <Text size="xs" c="dimmed">{t('evaluation.values.unit', { unit: d.indicator.unit })}</Text>}
          </Paper>
          <Stack gap="sm">
            <Paper withBorder p="sm">
              <Text fw={600}>{t('evaluation.map.ranking')}</Text>
              <Table fz="xs" data-testid="map-ranking">
                <Table.Tbody>
                  {[...d.values].sort((a, b) => b.value - a.value).map((v) => (
                    <Table.Tr key={v.nisCode}>
                      <Table.Td>{v.municipality}</Table.Td>
                      <Table.Td ta="right">
                        {fmt(v.value, i18n.language)}
                        {v.smallCell && <Badge size="xs" color="orange" variant="light" ml={4}>{t('evaluation.common.small')}</Badge>}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
            <Paper withBorder p="sm" data-testid="map-programmes">
              <Text fw={600}>{t('evaluation.map.programmes')}</Text>
              {d.programmes === null && <Text size="sm" c="dimmed" data-testid="no-programmes">{t('evaluation.common.noProgrammes')}</Text>}
              {d.programmes?.length === 0 && <Text size="sm">{t('evaluation.map.noParticipation')}</Text>}
              {d.programmes?.map((p) => (
                <Text key={p.nisCode} size="sm">
                  {p.municipality}: {p.programmeTypes.map((x) => programmeTypeLabel(t, x)).join(', ')}
                </Text>
              ))}
            </Paper>
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
