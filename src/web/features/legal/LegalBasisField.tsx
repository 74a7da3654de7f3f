/**
 * The legal basis of a record's markings: the legal registry's bases for processing in force, searchable
 * by article and title; a free-text value is still accepted (older records, bases outside the registry)
 * and shown as "not in registry". A basis chosen here is written as its citation, which is how the
 * registry finds the records citing it when it expires or is amended.
 */
import { Autocomplete, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { citationKey } from '../../../core/legal/citation.ts';
import { api } from '../../lib/api.ts';
import type { BasisOption } from './types.ts';

interface Props {
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
  /** Suggestions outside the registry (the usual texts of the organisation's kind). */
  suggestions: readonly string[];
  placeholder?: string;
}

/** The registry's bases for processing (every signed-in user may read them). */
export function useLegalBases() {
  return useQuery({ queryKey: ['legal-bases-markings'], queryFn: () => api.get<BasisOption[]>('/api/legal/bases'), staleTime: 10 * 60_000 });
}

/** Where a legal-basis text stands against the registry: a basis in force, a version no longer in force, or not in it. */
export function basisStatus(value: string, bases: readonly BasisOption[]): { kind: 'registry' | 'former' | 'free' | 'empty'; entry?: BasisOption } {
  if (!value.trim()) return { kind: 'empty' };
  const key = citationKey(value);
  const hits = bases.filter((b) => citationKey(b.citation) === key);
  const current = hits.find((b) => b.inForce);
  if (current) return { kind: 'registry', entry: current };
  if (hits[0]) return { kind: 'former', entry: hits[0] };
  return { kind: 'free' };
}

export function LegalBasisField({ value, onChange, error, suggestions, placeholder }: Props) {
  const { t } = useTranslation();
  const q = useLegalBases();
  const bases = q.data ?? [];
  const inForce = bases.filter((b) => b.inForce);
  const byCitation = new Map(inForce.map((b) => [b.citation, b]));
  const others = suggestions.filter((s) => !byCitation.has(s));
  const status = basisStatus(value, bases);
  const data = [
    ...(inForce.length ? [{ group: t('legal.basisPicker.registry'), items: inForce.map((b) => b.citation) }] : []),
    ...(others.length ? [{ group: t('legal.basisPicker.other'), items: others }] : []),
  ];
  return (
    <Stack gap={2}>
      <Autocomplete
        label={t('markings.legalBasis')}
        required
        data={data}
        limit={50}
        value={value}
        onChange={onChange}
        error={error}
        placeholder={placeholder ?? t('legal.basisPicker.placeholder')}
        name="markings.legalBasis"
        data-testid="legal-basis-field"
        renderOption={({ option }) => {
          const b = byCitation.get(option.value);
          if (!b) return <Text size="sm">{option.value}</Text>;
          return (
            <Stack gap={0}>
              <Text size="sm"><b>{b.article}</b> — {b.title}</Text>
              <Text size="xs" c="dimmed">{b.textReference}</Text>
            </Stack>
          );
        }}
      />
      {status.kind !== 'empty' && (
        <Group gap={4} data-testid="legal-basis-status" data-status={status.kind}>
          {status.kind === 'registry' && <Badge size="xs" color="green" variant="light">{t('legal.basisPicker.inRegistry', { article: status.entry!.article })}</Badge>}
          {status.kind === 'former' && <Badge size="xs" color="orange" variant="light">{t('legal.basisPicker.notInForce', { article: status.entry!.article })}</Badge>}
          {status.kind === 'free' && <Badge size="xs" color="gray" variant="light">{t('legal.basisPicker.notInRegistry')}</Badge>}
        </Group>
      )}
    </Stack>
  );
}
