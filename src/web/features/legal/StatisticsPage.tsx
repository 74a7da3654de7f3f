/** The oversight view: counts per service × method × month and per offence; CSV and PDF for publication (or exact); printable. */
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatMonth, formatMonthRange } from '../../lib/format.ts';

interface Stats { from: string; to: string; threshold: number; rows: Array<{ orgName: string; method: string; month: string; started: number; refused: number; suspended: number; ended: number; destroyed: number; persons: number; runningDays: number }>; offences: Array<{ offenceId: string; article: string; title: string; authorisations: number; cooperation: number }> }

export default function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['legal-stats'], queryFn: () => api.get<Stats>('/api/legal/statistics') });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;
  const cols = ['started', 'refused', 'suspended', 'ended', 'destroyed', 'persons', 'runningDays'] as const;
  return (
    <Stack>
      <Title order={2}>{t('legal.statistics')} {formatMonthRange(s.from, s.to, i18n.language)}</Title>
      <Group className="no-print">
        <Anchor href="/api/legal/statistics.csv">{t('legal.csvPublication')}</Anchor>
        <Anchor href="/api/legal/statistics.csv?publication=false">{t('legal.csvExact')}</Anchor>
        <Anchor href="/api/legal/statistics.pdf" data-testid="legal-stats-pdf">{t('legal.pdfPublication')}</Anchor>
        <Anchor href="/api/legal/statistics.pdf?publication=false">{t('legal.pdfExact')}</Anchor>
        <Button size="xs" variant="light" onClick={() => window.print()}>{t('legal.print')}</Button>
      </Group>
      <Text size="sm" c="dimmed">{t('legal.suppressionNote', { threshold: s.threshold })}</Text>
      <Table striped data-testid="legal-stats">
        <Table.Thead><Table.Tr><Table.Th>{t('legal.month')}</Table.Th><Table.Th>{t('legal.service')}</Table.Th><Table.Th>{t('legal.methodLabel')}</Table.Th>{cols.map((c) => <Table.Th key={c}>{t(`legal.col.${c}`)}</Table.Th>)}</Table.Tr></Table.Thead>
        <Table.Tbody>
          {s.rows.map((r) => (
            <Table.Tr key={`${r.month}-${r.orgName}-${r.method}`} data-testid={`legal-stat-${r.month}-${r.method}`}>
              <Table.Td>{formatMonth(r.month, i18n.language)}</Table.Td><Table.Td>{r.orgName}</Table.Td><Table.Td>{t(`legal.method.${r.method}`, { defaultValue: r.method })}</Table.Td>
              {cols.map((c) => <Table.Td key={c} data-col={c}>{r[c]}</Table.Td>)}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={4}>{t('legal.perOffence')}</Title>
      <Table striped data-testid="legal-stats-offences">
        <Table.Thead><Table.Tr><Table.Th>{t('legal.article')}</Table.Th><Table.Th>{t('legal.offence')}</Table.Th><Table.Th>{t('legal.perOffenceAuthorisations')}</Table.Th><Table.Th>{t('legal.perOffenceCooperation')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>{s.offences.map((o) => <Table.Tr key={o.offenceId}><Table.Td>{o.article}</Table.Td><Table.Td>{o.title}</Table.Td><Table.Td data-col="authorisations">{o.authorisations}</Table.Td><Table.Td data-col="cooperation">{o.cooperation}</Table.Td></Table.Tr>)}</Table.Tbody>
      </Table>
    </Stack>
  );
}
