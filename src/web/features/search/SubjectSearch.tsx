/**
 * Subject search: one box for fuzzy names in any script, filters, a results table, and hit-no-hit
 * answers shown apart as "Listed — contact ORGANISATION". State lives in the URL (back works).
 */
import { Alert, Anchor, Button, Checkbox, Group, Pagination, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_CATEGORIES, THREAT_LEVELS } from '../../../core/vocab.ts';
import { CategoryBadge, ClassificationBadge, ThreatBadge } from '../../components/Badges.tsx';
import { SearchIcon } from '../../components/Icons.tsx';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { Link, navigate, setQuery, useLocation } from '../../lib/router.tsx';
import type { SubjectSearch as Answer } from '../../lib/types.ts';

const PAGE = 25;

export function SubjectSearch({ browse = false }: { browse?: boolean }) {
  const { t } = useTranslation();
  const loc = useLocation();
  const orgs = useOrganisations();
  const q = loc.query.get('q') ?? '';
  const category = loc.query.get('category') ?? '';
  const level = loc.query.get('level') ?? '';
  const owner = loc.query.get('owner') ?? '';
  const due = loc.query.get('due') === '1';
  const page = Math.max(1, Number(loc.query.get('page') ?? '1') || 1);
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);

  const active = browse || !!q || !!category || !!level || !!owner || due;
  const params = { q: q || undefined, category: category || undefined, threatLevel: level || undefined, owner: owner || undefined, reviewDue: due ? 'true' : undefined, limit: PAGE + 1, offset: (page - 1) * PAGE };
  const res = useQuery({
    queryKey: ['subjects', params],
    queryFn: () => api.get<Answer>(`/api/subjects${qs(params)}`),
    enabled: active,
    placeholderData: keepPreviousData,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ q: text.trim() || undefined, page: undefined });
  };
  const results = res.data?.results.slice(0, PAGE) ?? [];
  const more = (res.data?.results.length ?? 0) > PAGE;
  const hits = res.data?.hits ?? [];

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
              onChange={(v) => setQuery({ category: v, page: undefined })}
            />
            <Select
              label={t('subject.threatLevel')}
              placeholder={t('search.any')}
              clearable
              w={180}
              data={THREAT_LEVELS.map((l) => ({ value: String(l), label: `${l} — ${t(`threat.level.${l}`)}` }))}
              value={level || null}
              onChange={(v) => setQuery({ level: v, page: undefined })}
            />
            <Select
              label={t('search.owner')}
              placeholder={t('search.any')}
              clearable
              searchable
              w={260}
              data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={owner || null}
              onChange={(v) => setQuery({ owner: v, page: undefined })}
            />
            <Checkbox label={t('search.reviewDue')} checked={due} onChange={(e) => setQuery({ due: e.currentTarget.checked ? '1' : undefined, page: undefined })} mb={8} />
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
                {h.score !== undefined && h.score !== null && (
                  <Text span c="dimmed" size="xs" fw={400}>
                    {' '}
                    · {t('search.match', { score: Math.round(h.score * 100) })}
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      {active && res.data && results.length === 0 && hits.length === 0 && (
        <Empty title={t('search.noneTitle')}>{q ? t('search.noneHelp') : t('search.noneFiltered')}</Empty>
      )}

      {results.length > 0 && (
        <Paper withBorder style={{ opacity: res.isPlaceholderData ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={800}>
            <Table highlightOnHover striped verticalSpacing={6} data-testid="results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('subject.names')}</Table.Th>
                  <Table.Th>{t('subject.category')}</Table.Th>
                  <Table.Th>{t('subject.threatLevel')}</Table.Th>
                  <Table.Th>{t('subject.nationalities')}</Table.Th>
                  <Table.Th>{t('markings.owner')}</Table.Th>
                  <Table.Th>{t('markings.classification')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.map((s) => (
                  <Table.Tr key={s.id} style={{ cursor: 'pointer' }} onClick={(e) => (e.target as HTMLElement).closest('a') || navigate(`/subjects/${s.id}`)}>
                    <Table.Td>
                      <Anchor component={Link} to={`/subjects/${s.id}`} fw={600} data-testid="result-link">
                        {s.names[0]}
                      </Anchor>
                      {s.names.length > 1 && (
                        <Text size="xs" c="dimmed">
                          {t('subject.aka')} {s.names.slice(1).join(' · ')}
                        </Text>
                      )}
                      {s.matchedName && s.matchedName !== s.names[0] && (
                        <Text size="xs" c="indigo">
                          {t('search.matchedOn', { name: s.matchedName })}
                        </Text>
                      )}
                      {s.flags.reviewDue && (
                        <Text size="xs" c="red">
                          {t('review.due')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <CategoryBadge value={s.category} />
                    </Table.Td>
                    <Table.Td>
                      <ThreatBadge level={s.threatLevel} size="xs" />
                    </Table.Td>
                    <Table.Td>{s.nationalities.join(', ') || '—'}</Table.Td>
                    <Table.Td>{s.markings.ownerOrgName}</Table.Td>
                    <Table.Td>
                      <ClassificationBadge value={s.markings.classification} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {(page > 1 || more) && (
        <Group justify="center">
          <Pagination total={more ? page + 1 : page} value={page} onChange={(p) => setQuery({ page: p === 1 ? undefined : String(p) })} />
        </Group>
      )}
    </Stack>
  );
}
