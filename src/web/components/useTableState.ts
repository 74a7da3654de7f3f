/**
 * The state of a sortable, paged, filtered table, kept in the URL query so a view can be linked,
 * bookmarked and saved: `sort`, `dir`, `page`, `size` and the screen's own filter keys. Changing the
 * sort, the page size or a filter goes back to the first page.
 */
import { setQuery, useLocation } from '../lib/router.tsx';

export type SortDir = 'asc' | 'desc';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface TableOptions<S extends string, F extends string> {
  /** The sort fields the server accepts for this list (its whitelist). */
  sorts: readonly S[];
  /** The list's order when the URL names none (shown as the sorted column). */
  defaultSort?: S | undefined;
  defaultDir?: SortDir;
  defaultSize?: (typeof PAGE_SIZES)[number];
  /** The filter keys of this screen kept in the URL (filter chips). */
  filters: readonly F[];
  /** The direction a column starts in when first clicked (default ascending for text, per column). */
  firstDir?: Partial<Record<S, SortDir>>;
}

export interface TableState<S extends string, F extends string> {
  sort: S | undefined;
  dir: SortDir;
  /** Whether the URL itself names the sort (else the list's default applies). */
  sortChosen: boolean;
  page: number;
  size: number;
  offset: number;
  filters: Partial<Record<F, string>>;
  /** Sorts by a column; the same column again flips the direction. */
  toggleSort(field: S): void;
  setPage(page: number): void;
  setSize(size: number): void;
  setFilter(key: F, value: string | null | undefined): void;
  setFilters(values: Partial<Record<F, string | null | undefined>>): void;
  clearFilters(): void;
  /** The query of this view (sort, direction, size and filters; not the page), for saving it. */
  viewQuery(): string;
  /** Opens a saved view: replaces sort, direction, size and filters with those of `query`. */
  applyView(query: string): void;
  /** The query parameters for the list endpoint: sort, dir, limit, offset and the filters. */
  apiParams(): Record<string, string | number | undefined>;
}

function parseSize(v: string | null, fallback: number): number {
  const n = Number(v);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : fallback;
}

/** Reads and changes a table's state in the URL query. */
export function useTableState<S extends string, F extends string>(opts: TableOptions<S, F>): TableState<S, F> {
  const { query } = useLocation();
  const defaultSize = opts.defaultSize ?? 25;
  const raw = query.get('sort');
  const sortChosen = !!raw && (opts.sorts as readonly string[]).includes(raw);
  const sort = sortChosen ? (raw as S) : opts.defaultSort;
  const dirRaw = query.get('dir');
  const dir: SortDir = dirRaw === 'asc' || dirRaw === 'desc' ? dirRaw : (opts.defaultDir ?? 'desc');
  const page = Math.max(1, Math.floor(Number(query.get('page') ?? '1')) || 1);
  const size = parseSize(query.get('size'), defaultSize);
  const filters: Partial<Record<F, string>> = {};
  for (const k of opts.filters) {
    const v = query.get(k);
    if (v) filters[k] = v;
  }
  const own = ['sort', 'dir', 'page', 'size', ...opts.filters];

  return {
    sort,
    dir,
    sortChosen,
    page,
    size,
    offset: (page - 1) * size,
    filters,
    toggleSort(field) {
      const next: SortDir = field === sort ? (dir === 'asc' ? 'desc' : 'asc') : (opts.firstDir?.[field] ?? 'asc');
      setQuery({ sort: field, dir: next, page: undefined });
    },
    setPage(p) {
      setQuery({ page: p <= 1 ? undefined : String(p) });
    },
    setSize(n) {
      setQuery({ size: n === defaultSize ? undefined : String(n), page: undefined });
    },
    setFilter(key, value) {
      setQuery({ [key]: value || undefined, page: undefined });
    },
    setFilters(values) {
      setQuery({ ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v as string | null | undefined) || undefined])), page: undefined });
    },
    clearFilters() {
      setQuery({ ...Object.fromEntries(opts.filters.map((k) => [k, undefined])), page: undefined });
    },
    viewQuery() {
      const out = new URLSearchParams();
      for (const k of own) {
        const v = query.get(k);
        if (v && k !== 'page') out.set(k, v);
      }
      return out.toString();
    },
    applyView(view) {
      const next = new URLSearchParams(view);
      setQuery(Object.fromEntries(own.map((k) => [k, k === 'page' ? undefined : (next.get(k) ?? undefined)])), { replace: false });
    },
    apiParams() {
      return { ...filters, sort: sortChosen ? sort : undefined, dir: sortChosen ? dir : undefined, limit: size, offset: (page - 1) * size };
    },
  };
}
