/**
 * One table for every list screen: sortable column headers (aria-sort), filter chips with a remove
 * button each, the total count, page size and pages, and the user's saved views. Its state lives in the
 * URL (useTableState), so a table as seen can be linked, reloaded and saved.
 */
import { Badge, CloseButton, Group, Pagination, Paper, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty } from './States.tsx';
import { SavedViews } from './SavedViews.tsx';
import { PAGE_SIZES, type TableState } from './useTableState.ts';

export interface Column<T, S extends string> {
  key: string;
  header: ReactNode;
  /** The server's sort field for this column (only whitelisted fields are sortable). */
  sort?: S;
  render(row: T): ReactNode;
  width?: number | string;
  style?: CSSProperties;
}

export interface FilterChip {
  key: string;
  /** What the chip says, e.g. "Grade: A". */
  label: string;
}

interface Props<T, S extends string, F extends string> {
  columns: Array<Column<T, S>>;
  rows: T[];
  rowKey(row: T): string;
  state: TableState<S, F>;
  /** The total the server counted (under need-to-know), or null when the list cannot count (then `more` says whether a next page exists). */
  total: number | null;
  more?: boolean;
  chips?: FilterChip[];
  /** The screen whose views are saved (saved views off when omitted). */
  screen?: string;
  /** Shown above the table, beside the views menu (filters). */
  toolbar?: ReactNode;
  emptyTitle?: string;
  emptyHelp?: ReactNode;
  /** Faded while the next page loads. */
  stale?: boolean;
  minWidth?: number;
  onRowClick?(row: T): void;
  /** Extra attributes of a row (e.g. a test id). */
  rowProps?(row: T): Record<string, string>;
  /** A row's own look (e.g. red for an overdue order; say it in words too, colour alone is not enough). */
  rowStyle?(row: T): CSSProperties | undefined;
  'data-testid'?: string;
}

function SortMark({ dir }: { dir: 'asc' | 'desc' | null }) {
  return (
    <Text span size="xs" c={dir ? 'blue' : 'dimmed'} aria-hidden ml={4}>
      {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
    </Text>
  );
}

export function DataTable<T, S extends string, F extends string>(props: Props<T, S, F>) {
  const { t } = useTranslation();
  const { state, total, rows, columns } = props;
  const pages = total === null ? state.page + (props.more ? 1 : 0) : Math.max(1, Math.ceil(total / state.size));
  // While the next page or sort loads, the rows on screen are still the last page's: the range names
  // those rows (the offset they were fetched at), not the page the user has just asked for.
  const shown = useRef(state.offset);
  if (!props.stale) shown.current = state.offset;
  const offset = shown.current;
  const from = rows.length === 0 ? 0 : offset + 1;
  const to = offset + rows.length;
  const chips = props.chips ?? [];

  return (
    <Stack gap="xs">
      {(props.toolbar || props.screen) && (
        <Group justify="space-between" align="end" gap="xs">
          <div style={{ flex: 1, minWidth: 0 }}>{props.toolbar}</div>
          {props.screen && <SavedViews screen={props.screen} state={state} />}
        </Group>
      )}
      {chips.length > 0 && (
        <Group gap={6} data-testid="filter-chips" aria-label={t('tables.filters')}>
          <Text size="sm" c="dimmed">
            {t('tables.filters')}:
          </Text>
          {chips.map((c) => (
            <Badge
              key={c.key}
              variant="light"
              size="lg"
              tt="none"
              fw={500}
              pr={4}
              data-testid={`chip-${c.key}`}
              rightSection={<CloseButton size="xs" variant="transparent" aria-label={t('tables.removeFilter', { filter: c.label })} onClick={() => state.setFilter(c.key as F, null)} />}
            >
              {c.label}
            </Badge>
          ))}
          {chips.length > 1 && (
            <UnstyledButton onClick={() => state.clearFilters()} fz="sm" c="blue" data-testid="clear-filters">
              {t('tables.clearFilters')}
            </UnstyledButton>
          )}
        </Group>
      )}
      {rows.length === 0 ? (
        <Empty title={props.emptyTitle ?? t('tables.emptyTitle')}>{props.emptyHelp ?? (chips.length > 0 ? t('tables.emptyFiltered') : null)}</Empty>
      ) : (
        <Paper withBorder style={{ opacity: props.stale ? 0.6 : 1 }} aria-busy={props.stale ? true : undefined}>
          <Table.ScrollContainer minWidth={props.minWidth ?? 760}>
            <Table striped highlightOnHover verticalSpacing={6} data-testid={props['data-testid']}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => {
                    const sorted = c.sort !== undefined && c.sort === state.sort ? state.dir : null;
                    return (
                      <Table.Th
                        key={c.key}
                        style={{ width: c.width, whiteSpace: 'nowrap', ...c.style }}
                        aria-sort={c.sort === undefined ? undefined : sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                        data-sort={c.sort}
                      >
                        {c.sort === undefined ? (
                          c.header
                        ) : (
                          <UnstyledButton
                            onClick={() => state.toggleSort(c.sort!)}
                            fw={700}
                            fz="sm"
                            aria-label={t('tables.sortBy', { column: typeof c.header === 'string' ? c.header : c.key })}
                            data-testid={`sort-${c.sort}`}
                          >
                            {c.header}
                            <SortMark dir={sorted} />
                          </UnstyledButton>
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr
                    key={props.rowKey(row)}
                    {...props.rowProps?.(row)}
                    style={props.onRowClick || props.rowStyle ? { ...(props.onRowClick ? { cursor: 'pointer' } : {}), ...props.rowStyle?.(row) } : undefined}
                    onClick={props.onRowClick ? (e) => (e.target as HTMLElement).closest('a,button') || props.onRowClick!(row) : undefined}
                  >
                    {columns.map((c) => (
                      <Table.Td key={c.key} style={c.style}>
                        {c.render(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs">
          <Badge variant="light" color="gray" size="lg" data-testid="table-range" data-stale={props.stale ? 'true' : undefined}>
            {total === null ? t('tables.rangeOpen', { from, to }) : t('tables.range', { from, to, total })}
          </Badge>
          <Select
            aria-label={t('tables.pageSize')}
            w={90}
            size="xs"
            data={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
            value={String(state.size)}
            onChange={(v) => v && state.setSize(Number(v))}
            allowDeselect={false}
            data-testid="page-size"
          />
          <Text size="xs" c="dimmed">
            {t('tables.perPage')}
          </Text>
        </Group>
        {pages > 1 && (
          <Pagination
            total={pages}
            value={Math.min(state.page, pages)}
            onChange={(p) => state.setPage(p)}
            size="sm"
            getControlProps={(control) => ({ 'aria-label': control === 'next' ? t('tables.next') : control === 'previous' ? t('tables.previous') : control === 'first' ? t('tables.first') : t('tables.last') })}
            data-testid="pagination"
          />
        )}
      </Group>
    </Stack>
  );
}
