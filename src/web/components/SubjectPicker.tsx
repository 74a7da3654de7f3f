/** Picks a subject by searching names on the server (fuzzy, any script). */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api.ts';
import type { SubjectSearch } from '../lib/types.ts';
import { formatDay } from '../lib/format.ts';

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null, label: string | null) => void;
  error?: string;
  required?: boolean;
  exclude?: string;
  initialLabel?: string;
  testId?: string;
}

export function SubjectPicker({ label, value, onChange, error, required, exclude, initialLabel, testId }: Props) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState(initialLabel ?? '');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(value && initialLabel ? { value, label: initialLabel } : null);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const q = useQuery({
    queryKey: ['subject-picker', debounced],
    queryFn: () => api.get<SubjectSearch>(`/api/subjects${qs({ q: debounced, limit: 15 })}`),
    enabled: debounced.length >= 2 && debounced !== picked?.label,
  });
  const options = (q.data?.results ?? [])
    .filter((s) => s.id !== exclude)
    .map((s) => ({ value: s.id, label: `${s.names[0] ?? s.id}${s.birthDate ? ` (${formatDay(s.birthDate, i18n.language)})` : ''}` }));
  const data = picked && !options.some((o) => o.value === picked.value) ? [picked, ...options] : options;
  return (
    <Select
      label={label}
      required={required}
      searchable
      clearable
      filter={({ options: o }) => o}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(v, option) => {
        setPicked(option ? { value: option.value, label: option.label } : null);
        onChange(v, option?.label ?? null);
      }}
      placeholder={t('picker.placeholder')}
      nothingFoundMessage={debounced.length < 2 ? t('picker.typeMore') : q.isFetching ? t('common.loading') : q.isError ? t('errors.lookup') : t('picker.none')}
      error={error}
      data-testid={testId}
    />
  );
}
