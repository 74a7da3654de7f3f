/** The deadlines of one month as a grid of weeks (Monday first), each deadline linked to its record; overdue ones in red. */
import { ActionIcon, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale, formatMonth } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import type { CalendarItem } from './types.ts';
import { monthCells, shiftMonth } from './month-grid.ts';

export function DeadlinesMonthGrid({ items }: { items: readonly CalendarItem[] }) {
  const { t, i18n } = useTranslation();
  const today = new Date().toISOString().slice(0, 10);
  const [month, setMonth] = useState(today.slice(0, 7));
  const cells = monthCells(month);
  const weekday = new Intl.DateTimeFormat(intlLocale(i18n.language), { weekday: 'short', timeZone: 'UTC' });
  const byDay = new Map<string, CalendarItem[]>();
  for (const d of items) byDay.set(d.due, [...(byDay.get(d.due) ?? []), d]);
  return (
    <Stack gap="xs" data-testid="calendar-grid">
      <Group justify="space-between">
        <ActionIcon variant="subtle" onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('legal.calendar.prevMonth')} data-testid="grid-prev">‹</ActionIcon>
        <Title order={5} data-testid="grid-month">{formatMonth(month, i18n.language)}</Title>
        <ActionIcon variant="subtle" onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t('legal.calendar.nextMonth')} data-testid="grid-next">›</ActionIcon>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {cells.slice(0, 7).map((d) => <Text key={`h-${d}`} size="xs" c="dimmed" ta="center">{weekday.format(new Date(`${d}T00:00:00Z`))}</Text>)}
        {cells.map((d) => (
          <Paper key={d} withBorder p={4} mih={72} bg={d === today ? 'var(--mantine-color-blue-light)' : undefined} style={{ opacity: d.slice(0, 7) === month ? 1 : 0.45 }} data-testid={`grid-day-${d}`}>
            <Text size="xs" fw={600}>{Number(d.slice(8))}</Text>
            {(byDay.get(d) ?? []).map((x) => (
              <Box key={`${x.recordType}-${x.id}-${x.key}`} data-testid={`grid-item-${x.reference}`}>
                <Text size="xs" c={x.overdue ? 'red' : undefined} lineClamp={2}>
                  <Link to={x.recordType === 'legal-authorisation' ? `/legal/authorisations/${x.id}` : `/legal/cooperation/${x.id}`}>{x.reference}</Link>{' '}
                  {t(`legal.deadline.${x.key}`, { defaultValue: x.key })}
                </Text>
              </Box>
            ))}
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
