/** The result of an evaluation as a report: both estimates with their placebo intervals, caveats, charts, weights and the series. */
import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fmt, signed } from './common.tsx';
import { PlaceboChart, SeriesChart } from './EvaluationCharts.tsx';
import type { Evaluation, Interval } from './types.ts';

function IntervalText({ interval, testId }: { interval: Interval | null; testId: string }) {
  const { t, i18n } = useTranslation();
  if (!interval) return <Text size="sm" c="dimmed" data-testid={testId}>{t('evaluation.result.noInterval')}</Text>;
  return (
    <Text size="sm" data-testid={testId}>
      {t('evaluation.result.interval', { level: Math.round(interval.level * 100), low: signed(interval.low, i18n.language), high: signed(interval.high, i18n.language), placebos: interval.count })}
    </Text>
  );
}

/** Whether the interval of no-effect estimates holds the estimate (then the change is within what chance gives). */
function Verdict({ effect, interval }: { effect: number; interval: Interval | null }) {
  const { t } = useTranslation();
  if (!interval) return null;
  const inside = effect >= interval.low && effect <= interval.high;
  return (
    <Badge color={inside ? 'gray' : 'blue'} variant="light" data-testid="verdict">
      {inside ? t('evaluation.result.inside') : t('evaluation.result.outside')}
    </Badge>
  );
}

export function EvaluationResult({ e }: { e: Evaluation }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const unit = e.indicator.unit;
  const weights = [...e.synth.weights].filter((w) => w.weight > 0.0005).sort((a, b) => b.weight - a.weight);
  const small = e.periods.filter((p) => p.smallCell).length;
  return (
    <Stack gap="sm" data-testid="evaluation-result">
      <Paper withBorder p="sm">
        <Title order={3} data-testid="result-title">{t('evaluation.result.title', { municipality: e.treated.municipality, indicator: e.indicator.name })}</Title>
        <Text size="sm">{t('evaluation.result.subtitle', { intervention: e.intervention, population: fmt(e.treated.population, lang, 0), comparison: e.comparison.length })}</Text>
        <Text size="xs" c="dimmed">{t('evaluation.result.source', { source: e.indicator.source, reliability: t(`evaluation.reliability.${e.indicator.reliability}`) })}</Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm" data-testid="estimate-synth">
          <Text fw={600}>{t('evaluation.result.synthTitle')}</Text>
          <Text size="xs" c="dimmed">{t('evaluation.result.synthHelp')}</Text>
          <Group gap="xs" mt="xs" align="baseline">
            <Text fz={28} fw={700} data-testid="synth-effect">{signed(e.synth.effect, lang)}</Text>
            <Text size="sm">{unit}</Text>
            <Verdict effect={e.synth.effect} interval={e.synth.interval} />
          </Group>
          <IntervalText interval={e.synth.interval} testId="synth-interval" />
          <Text size="sm" data-testid="synth-rank">{t('evaluation.result.synthRank', { rank: e.synth.rank, of: e.synth.of })}</Text>
          <Text size="sm" data-testid="synth-rmspe">{t('evaluation.result.rmspe', { pre: fmt(e.synth.preRmspe, lang), post: fmt(e.synth.postRmspe, lang) })}</Text>
          {e.synth.excluded > 0 && <Text size="xs" c="dimmed">{t('evaluation.result.placebosExcluded', { count: e.synth.excluded })}</Text>}
        </Paper>
        <Paper withBorder p="sm" data-testid="estimate-did">
          <Text fw={600}>{t('evaluation.result.didTitle')}</Text>
          <Text size="xs" c="dimmed">{t('evaluation.result.didHelp')}</Text>
          <Group gap="xs" mt="xs" align="baseline">
            <Text fz={28} fw={700} data-testid="did-effect">{signed(e.did.effect, lang)}</Text>
            <Text size="sm">{unit}</Text>
            <Verdict effect={e.did.effect} interval={e.did.interval} />
          </Group>
          <IntervalText interval={e.did.interval} testId="did-interval" />
          <Text size="sm" data-testid="did-rank">{t('evaluation.result.didRank', { rank: e.did.rank, of: e.did.of })}</Text>
          <Text size="sm">
            {t('evaluation.result.didParts', { tb: fmt(e.did.treatedBefore, lang), ta: fmt(e.did.treatedAfter, lang), cb: fmt(e.did.comparisonBefore, lang), ca: fmt(e.did.comparisonAfter, lang) })}
          </Text>
        </Paper>
      </SimpleGrid>
      <Alert color="yellow" title={t('evaluation.caveats.title')} data-testid="caveats">
        <List size="sm" spacing={4}>
          {e.caveats.map((c) => (
            <List.Item key={c.code} data-testid={`caveat-${c.code}`}>
              {t(`evaluation.caveats.${c.code}`, { ...c.params, defaultValue: t('evaluation.caveats.unknown', { code: c.code }) })}
            </List.Item>
          ))}
        </List>
      </Alert>
      {!e.programmesAvailable && <Text size="sm" c="dimmed" data-testid="no-programmes">{t('evaluation.common.noProgrammes')}</Text>}
      <Paper withBorder p="sm" className="evaluation-chart">
        <Text fw={600}>{t('evaluation.chart.seriesTitle', { municipality: e.treated.municipality })}</Text>
        <Text size="xs" c="dimmed">{t('evaluation.chart.seriesHelp')}</Text>
        <SeriesChart e={e} />
      </Paper>
      <Paper withBorder p="sm" className="evaluation-chart">
        <Text fw={600}>{t('evaluation.chart.placeboTitle')}</Text>
        <Text size="xs" c="dimmed">{t('evaluation.chart.placeboHelp', { municipality: e.treated.municipality, count: e.synth.placebos.length })}</Text>
        <PlaceboChart e={e} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm">
          <Text fw={600}>{t('evaluation.result.weights')}</Text>
          <Text size="xs" c="dimmed">{t('evaluation.result.weightsHelp')}</Text>
          <Table fz="sm" data-testid="weights">
            <Table.Thead>
              <Table.Tr><Table.Th>{t('evaluation.common.municipality')}</Table.Th><Table.Th ta="right">{t('evaluation.result.weight')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {weights.map((w) => (
                <Table.Tr key={w.nisCode} data-testid="weight-row">
                  <Table.Td>{w.municipality}</Table.Td>
                  <Table.Td ta="right">{fmt(w.weight * 100, lang, 1)} %</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="sm">
          <Text fw={600}>{t('evaluation.result.periods')}</Text>
          {small > 0 && <Text size="xs" c="orange" data-testid="small-cells-note">{t('evaluation.result.smallNote', { count: small })}</Text>}
          <Table.ScrollContainer minWidth={420} type="native">
            <Table fz="xs" data-testid="period-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluation.values.period')}</Table.Th>
                  <Table.Th ta="right">{e.treated.municipality}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.chart.synthetic')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.chart.gap')}</Table.Th>
                  <Table.Th ta="right">{t('evaluation.chart.national')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {e.periods.map((p) => (
                  <Table.Tr key={p.period} bg={p.post ? 'blue.0' : undefined}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.period}{p.post ? ' ▸' : ''}</Table.Td>
                    <Table.Td ta="right">
                      {fmt(p.treated, lang)}
                      {p.smallCell && <Badge size="xs" color="orange" variant="light" ml={4} data-testid="small-cell">{t('evaluation.common.small')}</Badge>}
                    </Table.Td>
                    <Table.Td ta="right">{fmt(p.synthetic, lang)}</Table.Td>
                    <Table.Td ta="right">{signed(p.gap, lang)}</Table.Td>
                    <Table.Td ta="right">{p.national ? `${fmt(p.national.value, lang)} (${fmt(p.national.low, lang)}–${fmt(p.national.high, lang)})` : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Text size="xs" c="dimmed">{t('evaluation.result.periodsHelp')}</Text>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
