/** Values of an indicator: one table per indicator (municipalities × periods), entry of one value, and the CSV import. */
import { Button, Group, NumberInput, Paper, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { ActError, useAct } from '../prevention/common.tsx';
import { EvaluationTabs, fmt, IndicatorSelect, MunicipalitySelect, useIndicators } from './common.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import type { Value, Values } from './types.ts';

export default function ValuesPage() {
  const { t } = useTranslation();
  const loc = useLocation();
  const { can } = useSession();
  const inds = useIndicators();
  const indicatorId = loc.query.get('indicator') ?? inds.data?.[0]?.id ?? null;
  const nis = loc.query.get('nis');
  const q = useQuery({
    queryKey: ['evaluation-values', indicatorId, nis],
    queryFn: () => api.get<Values>(`/api/evaluation/indicators/${indicatorId}/values${qs({ nis })}`),
    enabled: !!indicatorId,
  });
  return (
    <Stack gap="sm">
      <EvaluationTabs />
      <Title order={2}>{t('evaluation.values.title')}</Title>
      <Group align="flex-end" wrap="wrap">
        <IndicatorSelect value={indicatorId} onChange={(v) => setQuery({ indicator: v, nis })} />
        <MunicipalitySelect value={nis} onChange={(v) => setQuery({ indicator: indicatorId, nis: v })} label={t('evaluation.values.filter')} clearable testId="values-filter" />
        {indicatorId && (
          <Button component="a" href={`/api/evaluation/indicators/${indicatorId}/values.csv`} variant="light" data-testid="values-csv">
            {t('evaluation.common.exportCsv')}
          </Button>
        )}
      </Group>
      {inds.isError && <ErrorState error={inds.error} />}
      {q.isPending && indicatorId && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && <ValueTable data={q.data} />}
      {indicatorId && can('prevention', 'write') && (
        <>
          <ValueForm indicatorId={indicatorId} />
          <ImportPanel indicatorId={indicatorId} />
        </>
      )}
    </Stack>
  );
}

function ValueTable({ data }: { data: Values }) {
  const { t, i18n } = useTranslation();
  if (data.values.length === 0) return <Text data-testid="no-values">{t('evaluation.values.none')}</Text>;
  const byMuni = new Map<string, { name: string; cells: Map<string, Value> }>();
  for (const v of data.values) {
    if (!byMuni.has(v.nisCode)) byMuni.set(v.nisCode, { name: v.municipality, cells: new Map() });
    byMuni.get(v.nisCode)!.cells.set(v.period, v);
  }
  const rows = [...byMuni].sort((a, b) => a[1].name.localeCompare(b[1].name));
  return (
    <Paper withBorder p="xs">
      <Text size="sm" c="dimmed" mb={4}>
        {data.indicator.unit ? t('evaluation.values.unit', { unit: data.indicator.unit }) : null} {t('evaluation.values.smallHelp')}
      </Text>
      <Table.ScrollContainer minWidth={600} type="native">
        <Table striped highlightOnHover data-testid="values-table" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('evaluation.common.municipality')}</Table.Th>
              {data.periods.map((p) => <Table.Th key={p} ta="right">{p}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([code, m]) => (
              <Table.Tr key={code}>
                <Table.Td>{m.name} <Text span size="xs" c="dimmed">{code}</Text></Table.Td>
                {data.periods.map((p) => {
                  const v = m.cells.get(p);
                  if (!v) return <Table.Td key={p} ta="right" c="dimmed">·</Table.Td>;
                  const tip = `${v.numerator ?? '—'} / ${v.denominator ?? '—'}${v.note ? ` · ${v.note}` : ''}`;
                  return (
                    <Table.Td key={p} ta="right">
                      <Tooltip label={tip}>
                        <span>
                          {v.smallCell ? (
                            <Text span c="orange.9" fw={600} fz="sm" data-testid="small-cell" aria-label={`${fmt(v.value, i18n.language)} (${t('evaluation.common.small')})`}>
                              {fmt(v.value, i18n.language)}*
                            </Text>
                          ) : (
                            fmt(v.value, i18n.language)
                          )}
                        </span>
                      </Tooltip>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function ValueForm({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation();
  const [nis, setNis] = useState<string | null>(null);
  const [period, setPeriod] = useState('');
  const [numerator, setNumerator] = useState<number | string>('');
  const [denominator, setDenominator] = useState<number | string>('');
  const [value, setValue] = useState<number | string>('');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const num = (x: number | string) => (x === '' ? null : Number(x));
  const act = useAct(
    () => api.post<Value>(`/api/evaluation/indicators/${indicatorId}/values`, { nisCode: nis ?? '', period: period.trim(), numerator: num(numerator), denominator: num(denominator), value: num(value), note }),
    [['evaluation-values']],
    (v) => setSaved(`${v.municipality} ${v.period}`),
  );
  return (
    <Paper withBorder p="sm" data-testid="value-form">
      <Title order={4}>{t('evaluation.values.enter')}</Title>
      <Text size="sm" c="dimmed">{t('evaluation.values.enterHelp')}</Text>
      <Group align="flex-end" wrap="wrap" mt="xs">
        <MunicipalitySelect value={nis} onChange={setNis} testId="value-municipality" />
        <TextInput label={t('evaluation.values.period')} placeholder="2014-H2" value={period} onChange={(e) => setPeriod(e.currentTarget.value)} w={120} />
        <NumberInput label={t('evaluation.values.numerator')} value={numerator} onChange={setNumerator} min={0} w={120} />
        <NumberInput label={t('evaluation.values.denominator')} value={denominator} onChange={setDenominator} min={0} w={140} />
        <NumberInput label={t('evaluation.values.value')} value={value} onChange={setValue} w={120} />
        <TextInput label={t('evaluation.values.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={200} />
        <Button onClick={() => { setSaved(null); act.mutate(undefined); }} loading={act.isPending} data-testid="save-value">
          {t('common.save')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>{t('evaluation.values.periodHelp')}</Text>
      <ActError error={act.error} />
      {saved && <Text c="green" size="sm" data-testid="value-saved">{t('evaluation.values.saved', { what: saved })}</Text>}
    </Paper>
  );
}
