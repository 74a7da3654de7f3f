/** The calendar of upcoming deadlines of authorisations and cooperation requests: a list grouped by week or by month, or a month grid, each linked to its record; downloadable as an iCalendar file. */
import { Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import type { CalendarItem } from './types.ts';
import { DeadlinesMonthGrid } from './DeadlinesMonthGrid.tsx';
import { formatDay, formatMonth } from '../../lib/format.ts';

/** The Monday (UTC) of the week a YYYY-MM-DD date falls in. */
function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function plusDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function DeadlinesCalendar() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'week' | 'month' | 'grid'>('week');
  const [days, setDays] = useState('90');
  const q = useQuery({ queryKey: ['legal-deadlines', days], queryFn: () => api.get<CalendarItem[]>(`/api/legal/deadlines?days=${days}`) });
  const groups = new Map<string, CalendarItem[]>();
  for (const d of q.data ?? []) {
    const key = view === 'week' ? weekOf(d.due) : d.due.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const title = (key: string) =>
    view === 'week'
      ? t('legal.calendar.week', { from: formatDay(key, i18n.language), to: formatDay(plusDays(key, 6), i18n.language) })
      : formatMonth(key, i18n.language);
  return (
    <Stack data-testid="legal-calendar">
      <Group>
        <SegmentedControl size="xs" value={view} onChange={(v) => setView(v as 'week' | 'month' | 'grid')} data={[{ value: 'week', label: t('legal.calendar.byWeek') }, { value: 'month', label: t('legal.calendar.byMonth') }, { value: 'grid', label: t('legal.calendar.grid') }]} data-testid="calendar-view" />
        <Select size="xs" w={180} value={days} onChange={(v) => setDays(v ?? '90')} allowDeselect={false} data={['30', '90', '180', '366'].map((n) => ({ value: n, label: t('legal.calendar.nextDays', { count: Number(n) }) }))} />
        <Button size="xs" variant="light" component="a" href={`/api/legal/deadlines.ics?days=${days}`} download title={t('legal.calendar.icsHint')} data-testid="calendar-ics">{t('legal.calendar.download')}</Button>
      </Group>
      {q.isPending ? <Loading /> : q.isError ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : view === 'grid' ? <DeadlinesMonthGrid items={q.data} /> : q.data.length === 0 ? <Empty title={t('legal.noDeadlines')} /> : (
        [...groups].map(([key, items]) => (
          <Paper key={key} withBorder p="sm">
            <Title order={5}>{title(key)}</Title>
            <Table>
              <Table.Tbody>
                {items.map((d) => (
                  <Table.Tr key={`${d.recordType}-${d.id}-${d.key}`} data-testid={`calendar-${d.reference}`}>
                    <Table.Td w={120}><Text size="sm" c={d.overdue ? 'red' : undefined}>{formatDay(d.due, i18n.language)}{d.overdue ? ` (${t('legal.calendar.overdue')})` : ''}</Text></Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}><Link to={d.recordType === 'legal-authorisation' ? `/legal/authorisations/${d.id}` : `/legal/cooperation/${d.id}`}>{d.reference}</Link></Table.Td>
                    <Table.Td><Text size="xs" c="dimmed" tt="uppercase" style={{ whiteSpace: 'nowrap' }}>{t(d.recordType === 'legal-authorisation' ? 'legal.calendar.authorisation' : 'legal.calendar.cooperation')}</Text></Table.Td>
                    <Table.Td>{t(`legal.deadline.${d.key}`, { defaultValue: d.key })}</Table.Td>
                    <Table.Td><Text size="xs" c="dimmed">{d.reference_text}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))
      )}
    </Stack>
  );
}
