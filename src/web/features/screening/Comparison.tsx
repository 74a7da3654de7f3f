/**
 * A hit side by side: the traveller against the listed entry, part by part, with the matched name
 * parts highlighted from the engine's explanation (aligned token pairs and how each matched) and the
 * birth date, nationality, document and gender results with their effect on the score.
 */
import { Badge, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EffectBadge, entryDates, entryDocuments, shownDate } from './common.tsx';
import { formatFixed } from '../../lib/format.ts';
import { countryLabel, countryList } from '../../lib/countries.ts';
import { valueLabel } from '../../lib/labels.ts';
import type { Explanation, ListedEntry, PartResult, TokenAlignment, Traveller } from './types.ts';

/** Colours of the ways two name tokens match (strong to weak). */
export const HOW_COLOR: Record<string, string> = {
  exact: 'green',
  transliteration: 'teal',
  phonetic: 'cyan',
  particle: 'gray',
  compound: 'violet',
  typo: 'yellow',
  initial: 'orange',
  short: 'orange',
  fuzzy: 'orange',
};

function norm(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

interface Segment {
  text: string;
  pair?: number;
  unmatched?: boolean;
}

/**
 * Splits a displayed name into words and marks those the engine aligned (by their normalised form;
 * a token may span several words, e.g. a compound). Words the engine transliterated from another
 * script or dropped (honorifics) stay unmarked; the token table shows them.
 */
export function markName(name: string, tokens: string[], unmatched: string[]): Segment[] {
  const parts = name.split(/(\s+)/);
  const words = parts.map((p, i) => ({ i, text: p, key: /\s/.test(p) || !p ? '' : norm(p) }));
  const wordIdx = words.filter((w) => w.key).map((w) => w.i);
  const byKey = new Map<string, number>();
  tokens.forEach((tk, k) => {
    const key = tk.replace(/\s+/g, '');
    if (!byKey.has(key)) byKey.set(key, k);
  });
  const pairOf = new Map<number, number>();
  for (let a = 0; a < wordIdx.length; a++) {
    if (pairOf.has(wordIdx[a]!)) continue;
    for (let b = Math.min(wordIdx.length - 1, a + 3); b >= a; b--) {
      const span = wordIdx.slice(a, b + 1);
      const key = span.map((i) => words[i]!.key).join('');
      const k = byKey.get(key);
      if (k !== undefined) {
        for (const i of span) pairOf.set(i, k);
        break;
      }
    }
  }
  const un = new Set(unmatched.map((u) => u.replace(/\s+/g, '')));
  return parts.map((p, i) => {
    const pair = pairOf.get(i);
    if (pair !== undefined) return { text: p, pair };
    return { text: p, unmatched: !!words[i]!.key && un.has(words[i]!.key) };
  });
}

function MarkedName({ name, pairs, side, unmatched }: { name: string; pairs: TokenAlignment[]; side: 'query' | 'entry'; unmatched: string[] }) {
  const { t } = useTranslation();
  const segs = markName(name, pairs.map((p) => p[side]), unmatched);
  return (
    <Text fw={700} size="lg" component="div" data-testid={`name-${side}`} style={{ lineHeight: 1.9 }}>
      {segs.map((s, i) => {
        if (s.pair !== undefined) {
          const p = pairs[s.pair]!;
          const c = HOW_COLOR[p.how] ?? 'gray';
          return (
            <Tooltip key={i} label={`${p.query} ↔ ${p.entry} · ${t(`screening.how.${p.how}`)} ${formatFixed(p.similarity, 2)}`}>
              <mark
                data-testid="match-mark"
                data-how={p.how}
                style={{ background: `var(--mantine-color-${c}-2)`, borderBottom: `3px solid var(--mantine-color-${c}-7)`, color: 'inherit', padding: '0 3px', borderRadius: 3 }}
              >
                {s.text}
                <sup style={{ fontSize: 10, marginLeft: 2, color: `var(--mantine-color-${c}-9)` }}>{s.pair + 1}</sup>
              </mark>
            </Tooltip>
          );
        }
        if (s.unmatched) {
          return (
            <Tooltip key={i} label={t('screening.explain.unmatchedWord')}>
              <span data-testid="unmatched-word" style={{ textDecoration: 'underline dotted var(--mantine-color-red-6)', textUnderlineOffset: 4, color: 'var(--mantine-color-dimmed)' }}>
                {s.text}
              </span>
            </Tooltip>
          );
        }
        return <Fragment key={i}>{s.text}</Fragment>;
      })}
    </Text>
  );
}

function ResultBadge({ kind, part }: { kind: 'birthDate' | 'nationality' | 'document' | 'gender'; part: PartResult }) {
  const { t } = useTranslation();
  const color = part.effect > 0 ? 'green' : part.effect < 0 ? 'red' : 'gray';
  return (
    <Badge color={color} variant={part.result === 'missing' ? 'outline' : 'light'} tt="none" size="md" data-testid={`result-${kind}`} data-result={part.result}>
      {t(`screening.result.${kind}.${part.result}`, { defaultValue: part.result })}
    </Badge>
  );
}

interface RowProps {
  label: string;
  traveller: ReactNode;
  entry: ReactNode;
  result?: ReactNode;
}

function Row({ label, traveller, entry, result }: RowProps) {
  return (
    <Table.Tr>
      <Table.Th w={120} style={{ verticalAlign: 'top' }}>
        <Text size="sm" fw={700} c="dimmed">
          {label}
        </Text>
      </Table.Th>
      <Table.Td style={{ verticalAlign: 'top' }} bg="blue.0">
        {traveller}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }} bg="orange.0">
        {entry}
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }} miw={240}>
        {result}
      </Table.Td>
    </Table.Tr>
  );
}

const dash = (v: string | undefined | null) => (v ? <Text size="md" ff="monospace">{v}</Text> : <Text c="dimmed">—</Text>);

export function Comparison({ traveller, entry, explanation }: { traveller: Traveller | null | undefined; entry: ListedEntry | null; explanation: Explanation | null }) {
  const { t, i18n } = useTranslation();
  // On a phone the traveller is stacked over the listed entry, field by field, instead of side by side.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const x = explanation;
  const parts = (['birthDate', 'nationality', 'document', 'gender'] as const).map((k) => ({ k, part: x?.[k] }));
  const otherNames = entry?.names.filter((n) => n !== x?.name.matchedName) ?? [];
  const partResult = (k: (typeof parts)[number]['k'], part: PartResult | undefined) =>
    part ? (
      <Group gap={6} wrap="nowrap">
        <ResultBadge kind={k} part={part} />
        <EffectBadge effect={part.effect} />
      </Group>
    ) : null;
  // Values as people read them: dates in the interface language, genders translated; the data stay as given.
  const show = (k: (typeof parts)[number]['k'], v: string | null | undefined): string | undefined =>
    !v ? undefined : k === 'birthDate' ? shownDate(v, i18n.language) : k === 'gender' ? valueLabel(t, 'gender', v) : k === 'nationality' && !v.includes(',') ? countryLabel(v, i18n.language) : v;
  const travellerValue: Record<string, string | undefined> = { birthDate: traveller?.birthDate, nationality: traveller?.nationality, document: traveller?.documentNumber, gender: traveller?.gender };
  const entryValue: Record<string, string | undefined> = {
    birthDate: entry ? entryDates(entry, i18n.language) : undefined,
    nationality: entry?.nationalities?.length ? countryList(entry.nationalities, i18n.language) : undefined,
    document: entry ? entryDocuments(entry, t, i18n.language) : undefined,
    gender: entry?.gender ? valueLabel(t, 'gender', entry.gender) : undefined,
  };
  const rows: RowProps[] = [
    {
      label: t('screening.explain.name'),
      traveller: traveller ? <MarkedName name={traveller.name} pairs={x?.name.tokens ?? []} side="query" unmatched={x?.name.unmatchedQuery ?? []} /> : '—',
      entry: (
        <Stack gap={2}>
          <MarkedName name={x?.name.matchedName ?? entry?.names[0] ?? '—'} pairs={x?.name.tokens ?? []} side="entry" unmatched={x?.name.unmatchedEntry ?? []} />
          {x?.name.weakAlias && (
            <Badge size="xs" color="yellow" c="dark" w="fit-content">
              {t('screening.explain.weakAlias')}
            </Badge>
          )}
          {otherNames.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('screening.explain.otherNames')}: {otherNames.join(' · ')}
            </Text>
          )}
        </Stack>
      ),
      result: x && (
        <Badge size="lg" variant="light" color={x.name.score >= 0.9 ? 'red' : x.name.score >= 0.8 ? 'orange' : 'gray'} ff="monospace" data-testid="name-score">
          {t('screening.explain.nameScore', { score: formatFixed(x.name.score, 2) })}
        </Badge>
      ),
    },
    ...parts.map(({ k, part }) => {
      const given = show(k, travellerValue[k]);
      const query = show(k, part?.query);
      const matched = show(k, part?.entry);
      return {
        label: t(k === 'document' ? 'screening.document' : `screening.${k}`),
        traveller: (
          <Stack gap={0}>
            {dash(given ?? query)}
            {query && given && query.toLowerCase() !== given.toLowerCase() && (
              <Text size="xs" c="dimmed">
                {t('screening.explain.readAs', { value: query })}
              </Text>
            )}
          </Stack>
        ),
        entry: (
          <Stack gap={0}>
            {dash(matched ?? entryValue[k])}
            {matched && entryValue[k] && entryValue[k] !== matched && (
              <Text size="xs" c="dimmed">
                {t('screening.explain.allListed')}: {entryValue[k]}
              </Text>
            )}
          </Stack>
        ),
        result: partResult(k, part),
      };
    }),
  ];
  return (
    <Stack gap="sm" data-testid="comparison" data-layout={phone ? 'stacked' : 'side-by-side'}>
      {phone ? (
        <Stack gap="xs">
          {rows.map((r) => (
            <StackedRow key={r.label} {...r} travellerLabel={t('screening.hit.traveller')} entryLabel={t('screening.hit.listedEntry')} />
          ))}
        </Stack>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  <Table.Th w="34%">{t('screening.hit.traveller')}</Table.Th>
                  <Table.Th w="34%">{t('screening.hit.listedEntry')}</Table.Th>
                  <Table.Th>{t('screening.explain.result')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Row key={r.label} {...r} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {x && <Alignment explanation={x} />}
    </Stack>
  );
}

/** One field on a phone: the traveller's value over the listed entry's, then the result. */
function StackedRow({ label, traveller, entry, result, travellerLabel, entryLabel }: RowProps & { travellerLabel: string; entryLabel: string }) {
  return (
    <Paper withBorder p="xs" data-testid="comparison-field">
      <Text size="sm" fw={700} c="dimmed" mb={4}>
        {label}
      </Text>
      <Stack gap={4}>
        <Paper bg="blue.0" p={6} radius="sm" data-testid="stacked-traveller">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {travellerLabel}
          </Text>
          {traveller}
        </Paper>
        <Paper bg="orange.0" p={6} radius="sm" data-testid="stacked-entry">
          <Text size="xs" tt="uppercase" fw={700} c="dimmed">
            {entryLabel}
          </Text>
          {entry}
        </Paper>
        {result && <Group gap={6}>{result}</Group>}
      </Stack>
    </Paper>
  );
}

/** The aligned name tokens, numbered as in the highlighted names, and the tokens left unmatched. */
function Alignment({ explanation: x }: { explanation: Explanation }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="alignment">
      <Stack gap="xs">
        <Text fw={700} size="sm">
          {t('screening.explain.howNames')}
        </Text>
        <Group gap="xs">
          {x.name.tokens.map((p, i) => {
            const c = HOW_COLOR[p.how] ?? 'gray';
            return (
              <Paper key={i} withBorder px="xs" py={4} style={{ borderLeft: `5px solid var(--mantine-color-${c}-6)` }} data-testid="token-pair" data-how={p.how}>
                <Group gap={6} wrap="nowrap">
                  <Text size="xs" c="dimmed" ff="monospace">
                    {i + 1}
                  </Text>
                  <Text ff="monospace" fw={700} size="sm">
                    {p.query}
                  </Text>
                  <Text size="sm">↔</Text>
                  <Text ff="monospace" fw={700} size="sm">
                    {p.entry}
                  </Text>
                  <Badge size="sm" color={c} variant="light">
                    {t(`screening.how.${p.how}`, { defaultValue: p.how })}
                  </Badge>
                  <Text size="xs" ff="monospace">
                    {formatFixed(p.similarity, 2)}
                  </Text>
                </Group>
              </Paper>
            );
          })}
        </Group>
        {(x.name.unmatchedQuery.length > 0 || x.name.unmatchedEntry.length > 0) && (
          <Group gap="lg">
            {x.name.unmatchedQuery.length > 0 && (
              <Text size="sm">
                {t('screening.explain.onlyTraveller')}: <b>{x.name.unmatchedQuery.join(', ')}</b>
              </Text>
            )}
            {x.name.unmatchedEntry.length > 0 && (
              <Text size="sm">
                {t('screening.explain.onlyEntry')}: <b>{x.name.unmatchedEntry.join(', ')}</b>
              </Text>
            )}
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {t('screening.explain.legend')}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" data-testid="engine-summary">
          {t('screening.explain.engineSummary')}: {x.summary}
        </Text>
      </Stack>
    </Paper>
  );
}
