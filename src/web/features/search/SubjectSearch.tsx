/**
 * Subject search: one box for fuzzy names in any script, filters, a results table, and hit-no-hit
 * answers shown apart as "Listed — contact ORGANISATION". State lives in the URL (back works).
 */
import { Alert, Anchor, Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_CATEGORIES, THREAT_LEVELS } from '../../../core/vocab.ts';
import { CategoryBadge, ClassificationBadge, ThreatBadge } from '../../components/Badges.tsx';
import { SearchIcon } from '../../components/Icons.tsx';
import { DataTable, type Column, type FilterChip } from '../../components/DataTable.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { useTableState } from '../../components/useTableState.ts';
import { formatDay } from '../../lib/format.ts';
import { countryList } from '../../lib/countries.ts';
import { api, qs } from '../../lib/api.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { Link, navigate, setQuery, useLocation } from '../../lib/router.tsx';
import type { SubjectSearch as Answer } from '../../lib/types.ts';
import { NameRomanization } from '../subjects/NameRomanization.tsx';

const SORTS = ['updatedAt', 'name', 'category', 'reviewDate', 'createdAt'] as const;
const FILTERS = ['q', 'category', 'level', 'owner', 'due'] as const;
type Sort = (typeof SORTS)[number];

export function SubjectSearch({ browse = false }: { browse?: boolean }) {
  const { t, i18n } = useTranslation();
  const loc = useLocation();
  const orgs = useOrganisations();
  const q = loc.query.get('q') ?? '';
  // A name search is best match first (no other order, no exact total); browsing sorts and counts.
  const table = useTableState<Sort, (typeof FILTERS)[number]>({ sorts: SORTS, filters: FILTERS, defaultSort: q ? undefined : 'updatedAt', defaultDir: 'desc', firstDir: { updatedAt: 'desc', createdAt: 'desc' } });
  const category = table.filters.category ?? '';
  const level = table.filters.level ?? '';
  const owner = table.filters.owner ?? '';
  const due = table.filters.due === '1';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const active = browse || !!q || !!category || !!level || !!owner || due;
  const api$ = table.apiParams();
  const params = {
    q: q || undefined, category: category || undefined, threatLevel: level || undefined, owner: owner || undefined, reviewDue: due ? 'true' : undefined,
    sort: q ? undefined : api$.sort, dir: q ? undefined : api$.dir, limit: q ? table.size + 1 : table.size, offset: table.offset,
  };
  const res = useQuery({
    queryKey: ['subjects', params],
    queryFn: () => api.get<Answer & { total: number | null }>(`/api/subjects${qs(params)}`),
    enabled: active,
    placeholderData: keepPreviousData,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ q: text.trim() || undefined, page: undefined });
  };
  const results = res.data?.results.slice(0, table.size) ?? [];
  const more = (res.data?.results.length ?? 0) > table.size;
  const hits = res.data?.hits ?? [];
  type Row = (typeof results)[number];
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8);
  const chips: FilterChip[] = [
    ...(category ? [{ key: 'category', label: `${t('subject.category')}: ${category}` }] : []),
    ...(level ? [{ key: 'level', label: `${t('subject.threatLevel')}: ${level}` }] : []),
    ...(owner ? [{ key: 'owner', label: `${t('search.owner')}: ${orgName(owner)}` }] : []),
    ...(due ? [{ key: 'due', label: t('search.reviewDue') }] : []),
  ];
  const sortable = (s: Sort): Sort | undefined => (q ? undefined : s);
  const columns: Array<Column<Row, Sort>> = [
    {
      key: 'names',
      header: t('subject.names'),
      sort: sortable('name'),
      render: (s) => (
        <>
          <Anchor component={Link} to={`/subjects/${s.id}`} fw={600} data-testid="result-link">
            {s.names[0]}
          </Anchor>
          <NameRomanization name={s.names[0]!} names={s.names} />
          {s.names.length > 1 && (
            <Text size="xs" c="dimmed">
              {t('subject.aka')} {s.names.slice(1).join(' · ')}
            </Text>
          )}
          {s.matchedName && s.matchedName !== s.names[0] && (
            <Text size="xs" c="indigo">
              {t('search.matchedOn', { name: s.matchedName })}
              <NameRomanization name={s.matchedName} names={s.names} />
            </Text>
          )}
          {s.flags.reviewDue && (
            <Text size="xs" c="red">
              {t('review.due')}
            </Text>
          )}
        </>
      ),
    },
    { key: 'category', header: t('subject.category'), sort: sortable('category'), render: (s) => <CategoryBadge value={s.category} /> },
    { key: 'level', header: t('subject.threatLevel'), render: (s) => <ThreatBadge level={s.threatLevel} size="xs" /> },
    { key: 'nationalities', header: t('subject.nationalities'), render: (s) => countryList(s.nationalities, i18n.language) },
    { key: 'owner', header: t('markings.owner'), render: (s) => s.markings.ownerOrgName },
    { key: 'classification', header: t('markings.classification'), render: (s) => <ClassificationBadge value={s.markings.classification} /> },
    { key: 'updated', header: t('tables.updated'), sort: sortable('updatedAt'), render: (s) => formatDay(s.updatedAt, i18n.language) },
  ];

  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={submit} role="search">
        <Stack gap="xs">
          <Group gap="xs" align="end" wrap="nowrap">
            <TextInput
              id="subject-search"
              style={{ flex: 1 }}
              label={t('search.nameLabel')}
              description={t('search.nameHelp')}
              placeholder={t('search.namePlaceholder')}
              leftSection={<SearchIcon />}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autoFocus={!browse}
              name="q"
              data-testid="search-input"
            />
            <Button type="submit" data-testid="search-submit">
              {t('search.submit')}
            </Button>
          </Group>
          <Group gap="sm" align="end">
            <Select
              label={t('subject.category')}
              placeholder={t('search.any')}
              clearable
              w={200}
              data={SUBJECT_CATEGORIES.map((c) => ({ value: c, label: `${c} — ${t(`vocab.category.${c}`)}` }))}
              value={category || null}
              onChange={(v) => table.setFilter('category', v)}
            />
            <Select
              label={t('subject.threatLevel')}
              placeholder={t('search.any')}
              clearable
              w={180}
              data={THREAT_LEVELS.map((l) => ({ value: String(l), label: `${l} — ${t(`threat.level.${l}`)}` }))}
              value={level || null}
              onChange={(v) => table.setFilter('level', v)}
            />
            <Select
              label={t('search.owner')}
              placeholder={t('search.any')}
              clearable
              searchable
              w={260}
              data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={owner || null}
              onChange={(v) => table.setFilter('owner', v)}
            />
            <Checkbox label={t('search.reviewDue')} checked={due} onChange={(e) => table.setFilter('due', e.currentTarget.checked ? '1' : undefined)} mb={8} />
          </Group>
        </Stack>
      </Paper>

      {!active && (
        <Empty title={t('search.startTitle')}>{t('search.startHelp')}</Empty>
      )}
      {active && res.isPending && <Loading />}
      {active && res.isError && <ErrorState error={res.error} onRetry={() => void res.refetch()} />}

      {hits.length > 0 && (
        <Alert color="yellow" title={t('search.hitsTitle')} data-testid="hits">
          <Stack gap={4}>
            <Text size="sm">{t('search.hitsHelp')}</Text>
            {hits.map((h, i) => (
              <Text key={i} fw={600} size="sm" data-testid="hit">
                {t('search.listedContact', { organisation: h.contact.organisation })}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}


      {active && res.data && (results.length > 0 || hits.length === 0) && (
        <DataTable
          columns={columns}
          rows={results}
          rowKey={(s) => s.id}
          state={table}
          total={q ? null : (res.data.total ?? null)}
          more={more}
          chips={chips}
          screen="subjects"
          stale={res.isPlaceholderData}
          minWidth={800}
          emptyTitle={t('search.noneTitle')}
          emptyHelp={q ? t('search.noneHelp') : t('search.noneFiltered')}
          onRowClick={(s) => navigate(`/subjects/${s.id}`)}
          data-testid="results"
        />
      )}
    </Stack>
  );
}
