/** The indicator registry: every definition in words a reader can check, and the theories of change per programme type. */
import { Anchor, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { EvaluationTabs, fmt, programmeTypeLabel, useIndicators } from './common.tsx';
import type { Indicator, Theories } from './types.ts';

const RELIABILITY_COLOUR: Record<Indicator['reliability'], string> = { official: 'green', research: 'blue', 'self-reported': 'yellow', indicative: 'orange' };

export function ReliabilityBadge({ reliability }: { reliability: Indicator['reliability'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={RELIABILITY_COLOUR[reliability]} variant="light" data-testid="reliability">
      {t(`evaluation.reliability.${reliability}`)}
    </Badge>
  );
}

export default function RegistryPage() {
  const { t } = useTranslation();
  const q = useIndicators();
  const th = useQuery({ queryKey: ['evaluation-theories'], queryFn: () => api.get<Theories>('/api/evaluation/theories') });
  return (
    <Stack gap="sm">
      <EvaluationTabs />
      <Title order={2}>{t('evaluation.registry.title')}</Title>
      <Text size="sm" c="dimmed">{t('evaluation.registry.help')}</Text>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data?.length === 0 && <Text>{t('evaluation.registry.none')}</Text>}
      {q.data?.map((i) => <IndicatorCard key={i.id} indicator={i} />)}
      <Title order={3} mt="md">{t('evaluation.registry.theories')}</Title>
      <Text size="sm" c="dimmed">{t('evaluation.registry.theoriesHelp')}</Text>
      {th.isPending && <Loading />}
      {th.isError && <ErrorState error={th.error} />}
      {th.data?.theories.length === 0 && <Text>{t('evaluation.registry.noTheories')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {th.data?.theories.map((x) => (
          <Paper key={x.programmeType} withBorder p="sm" data-testid="theory">
            <Text fw={600}>{programmeTypeLabel(t, x.programmeType)}</Text>
            <SimpleGrid cols={3} spacing="xs" mt="xs">
              {(['activities', 'outputs', 'outcomes'] as const).map((k) => (
                <div key={k}>
                  <Text size="xs" fw={600} c="dimmed">{t(`evaluation.registry.${k}`)}</Text>
                  <List size="sm" spacing={2}>{x[k].map((s) => <List.Item key={s}>{s}</List.Item>)}</List>
                </div>
              ))}
            </SimpleGrid>
            <Text size="xs" mt="xs">
              {t('evaluation.registry.measuredBy')}: {x.indicatorIds.map((id) => q.data?.find((i) => i.id === id)?.name ?? id).join(' · ')}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function IndicatorCard({ indicator: i }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const rows: Array<[string, ReactNode]> = [
    [t('evaluation.registry.numerator'), i.numerator],
    [t('evaluation.registry.denominator'), i.denominator || t('evaluation.registry.noDenominator')],
    [t('evaluation.registry.factor'), `× ${fmt(i.factor, i18n.language, 0)}${i.unit ? ` (${i.unit})` : ''}`],
    [t('evaluation.registry.periodicity'), t(`evaluation.periodicity.${i.periodicity}`, { defaultValue: i.periodicity })],
    [t('evaluation.registry.direction'), t(`evaluation.direction.${i.direction}`)],
    [t('evaluation.registry.source'), i.sourceUrl ? <Anchor href={i.sourceUrl} target="_blank" rel="noreferrer">{i.source}</Anchor> : i.source],
    [t('evaluation.registry.disaggregation'), i.disaggregation.join(', ') || '—'],
    [t('evaluation.registry.counts'), i.countsCases ? t('evaluation.registry.countsYes') : t('evaluation.registry.countsNo')],
  ];
  return (
    <Paper withBorder p="sm" data-testid="indicator">
      <Group justify="space-between" wrap="wrap">
        <Text fw={600}>{i.name}</Text>
        <Group gap="xs">
          <Badge variant="outline">{i.code}</Badge>
          <ReliabilityBadge reliability={i.reliability} />
        </Group>
      </Group>
      {i.description && <Text size="sm" c="dimmed">{i.description}</Text>}
      <Table mt="xs" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={200} fw={500} fz="sm">{k}</Table.Th>
              <Table.Td fz="sm">{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">{t(`evaluation.reliabilityHelp.${i.reliability}`)}</Text>
    </Paper>
  );
}
