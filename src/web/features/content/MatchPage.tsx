/**
 * Upload and match: an image (or video) → its signals (PDQ, quality, MD5, SHA-256, size) and the bank
 * entries it matches. Banks keep hashes, not images: a match shows the uploaded image beside the
 * entry's hash, label, source and distance, with the differing PDQ bits.
 */
import { Alert, Badge, Button, FileInput, Grid, Group, Image, Modal, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../../lib/api.ts';
import { navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { ContentTabs, Field, Hash, QualityBadge } from './common.tsx';
import { MIN_QUALITY, type BankEntry, type HashAnswer, type Match, type Signals } from './types.ts';

export default function MatchPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [result, setResult] = useState<HashAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<Match | null>(null);
  useEffect(() => {
    if (!file || !file.type.startsWith('image/')) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  const m = useMutation({
    mutationFn: (f: File) => api.send<HashAnswer>('POST', '/api/content/hash', f),
    onSuccess: (r) => setResult(r),
    onError: (e) => setError(errorText(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResult(null);
    if (!file) return setError(t('content.upload.pickFile'));
    m.mutate(file);
  };
  const caseLink = (s: Signals) => `/content/cases/new${qs({ pdq: s.pdq, quality: s.pdq ? s.quality : undefined, md5: s.md5, sha256: s.sha256 })}`;
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Title order={2}>{t('content.match.title')}</Title>
      <Text size="sm" c="dimmed">{t('content.match.intro')}</Text>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="match-form">
            <Stack gap="xs">
              <FileInput
                label={t('content.upload.file')}
                description={t('content.match.fileHelp')}
                placeholder={t('content.upload.choose')}
                accept="image/*,video/*"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setResult(null);
                  setError(null);
                }}
                clearable
                data-testid="match-file"
              />
              {error && <Alert color="red" role="alert" data-testid="match-error">{error}</Alert>}
              <Group justify="flex-end">
                <Button type="submit" loading={m.isPending} data-testid="match-submit">{t('content.match.submit')}</Button>
              </Group>
              {preview && <Image src={preview} alt={t('content.match.uploaded')} mah={260} fit="contain" radius="sm" data-testid="match-preview" />}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {result ? (
            <Stack gap="sm">
              <SignalsPanel signals={result.signals} />
              {result.warning && <Alert color="orange" data-testid="match-warning">{t('content.match.lowQualityWarning', { quality: result.signals.quality, min: MIN_QUALITY })}</Alert>}
              <MatchesPanel matches={result.matches} onOpen={setOpen} />
              {can('content', 'write') && (
                <Group justify="flex-end">
                  <Button variant="light" onClick={() => navigate(caseLink(result.signals))} data-testid="match-open-case">{t('content.match.openCase')}</Button>
                </Group>
              )}
            </Stack>
          ) : (
            <LookupForm onOpen={setOpen} />
          )}
        </Grid.Col>
      </Grid>
      {open && <MatchDetail match={open} signals={result?.signals ?? null} preview={preview} onClose={() => setOpen(null)} />}
    </Stack>
  );
}

function SignalsPanel({ signals: s }: { signals: Signals }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="signals">
      <Title order={4} mb="xs">{t('content.signals.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Field label={t('content.signals.kindLabel')}>
          {t(`content.signals.kind.${s.kind}`)} · {s.format}
          {s.width !== null && s.height !== null && ` · ${s.width}×${s.height}`}
        </Field>
        <Field label={t('content.signals.quality')}><QualityBadge quality={s.quality} /></Field>
        <Field label="PDQ"><Hash value={s.pdq} full /></Field>
        <Field label="MD5"><Hash value={s.md5} full /></Field>
        <Field label="SHA-256"><Hash value={s.sha256} full /></Field>
      </SimpleGrid>
    </Paper>
  );
}

function MatchesPanel({ matches, onOpen }: { matches: Match[]; onOpen: (m: Match) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" data-testid="matches">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('content.match.matches')}</Title>
        <Badge color={matches.length ? 'red' : 'gray'} variant={matches.length ? 'filled' : 'light'} data-testid="match-count">
          {t('content.match.count', { count: matches.length })}
        </Badge>
      </Group>
      {matches.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-match">{t('content.match.none')}</Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover data-testid="matches-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('content.match.bank')}</Table.Th>
              <Table.Th>{t('content.banks.entryLabel')}</Table.Th>
              <Table.Th>{t('content.match.signal')}</Table.Th>
              <Table.Th ta="right">{t('content.match.distance')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {matches.map((m) => (
              <Table.Tr key={m.entryId} data-testid="match-row">
                <Table.Td>
                  <UnstyledButton onClick={() => onOpen(m)} fw={600} c="blue.8" fz="sm" data-testid="match-open">
                    {m.bankName}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{m.label || <Text span c="dimmed">—</Text>}{m.source && <Text span size="xs" c="dimmed"> · {m.source}</Text>}</Table.Td>
                <Table.Td><Badge size="sm" variant="outline" tt="none">{m.signalType === 'pdq' ? 'PDQ' : m.signalType.toUpperCase()}</Badge></Table.Td>
                <Table.Td ta="right" ff="monospace" data-testid="match-distance">
                  {m.distance} / {m.threshold}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

/** Looks up hashes typed or pasted (from another tool, a partner's report). */
function LookupForm({ onOpen }: { onOpen: (m: Match) => void }) {
  const { t } = useTranslation();
  const [pdq, setPdq] = useState('');
  const [md5, setMd5] = useState('');
  const [sha256, setSha256] = useState('');
  const [maxDistance, setMaxDistance] = useState<number | string>('');
  const [error, setError] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: (b: unknown) => api.post<{ matches: Match[] }>('/api/content/lookup', b),
    onError: (e) => setError(errorText(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const b = { pdq: pdq.trim() || undefined, md5: md5.trim() || undefined, sha256: sha256.trim() || undefined, maxDistance: typeof maxDistance === 'number' ? maxDistance : undefined };
    if (!b.pdq && !b.md5 && !b.sha256) return setError(t('content.match.lookupNeedOne'));
    m.mutate(b);
  };
  return (
    <Stack gap="sm">
      <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="lookup-form">
        <Stack gap="xs">
          <Title order={4}>{t('content.match.lookupTitle')}</Title>
          <Text size="xs" c="dimmed">{t('content.match.lookupHelp')}</Text>
          <TextInput label="PDQ" placeholder={t('content.match.hexChars', { n: 64 })} value={pdq} onChange={(e) => setPdq(e.currentTarget.value)} ff="monospace" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput label="MD5" placeholder={t('content.match.hexChars', { n: 32 })} value={md5} onChange={(e) => setMd5(e.currentTarget.value)} />
            <TextInput label="SHA-256" placeholder={t('content.match.hexChars', { n: 64 })} value={sha256} onChange={(e) => setSha256(e.currentTarget.value)} />
          </SimpleGrid>
          <NumberInput label={t('content.match.maxDistance')} description={t('content.match.maxDistanceHelp')} min={0} max={128} allowDecimal={false} value={maxDistance} onChange={setMaxDistance} w={260} />
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button type="submit" variant="light" loading={m.isPending}>{t('content.match.lookup')}</Button>
          </Group>
        </Stack>
      </Paper>
      {m.data && <MatchesPanel matches={m.data.matches} onOpen={onOpen} />}
    </Stack>
  );
}

/** Finds an entry's stored hash by paging through its bank (the API has no single-entry read). */
async function findEntry(bankId: string, entryId: string): Promise<BankEntry | null> {
  for (let offset = 0; offset < 20 * 500; offset += 500) {
    const r = await api.get<{ items: BankEntry[] }>(`/api/content/banks/${bankId}/entries${qs({ limit: 500, offset })}`);
    const hit = r.items.find((e) => e.id === entryId);
    if (hit) return hit;
    if (r.items.length < 500) return null;
  }
  return null;
}

function MatchDetail({ match, signals, preview, onClose }: { match: Match; signals: Signals | null; preview: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState<BankEntry | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    findEntry(match.bankId, match.entryId)
      .then((e) => live && setEntry(e))
      .catch(() => live && setEntry(null));
    return () => {
      live = false;
    };
  }, [match.bankId, match.entryId]);
  return (
    <Modal opened onClose={onClose} title={t('content.match.detailTitle', { bank: match.bankName })} size="xl" data-testid="match-detail">
      <Stack gap="sm">
        <Alert color="gray" variant="light" data-testid="no-bank-images">{t('content.match.noBankImages')}</Alert>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap="xs">
            <Text fw={700} size="sm">{t('content.match.uploaded')}</Text>
            {preview ? <Image src={preview} alt={t('content.match.uploaded')} mah={280} fit="contain" radius="sm" data-testid="detail-image" /> : <Text size="sm" c="dimmed">{t('content.match.noPreview')}</Text>}
            {signals?.pdq && (
              <Field label="PDQ">
                <Hash value={signals.pdq} full />
              </Field>
            )}
          </Stack>
          <Stack gap="xs" data-testid="detail-entry">
            <Text fw={700} size="sm">{t('content.match.entry')}</Text>
            <Field label={t('content.match.bank')}>{match.bankName}</Field>
            <Field label={t('content.banks.entryLabel')}>{match.label || '—'}</Field>
            <Field label={t('content.banks.entrySource')}>{match.source || '—'}</Field>
            <Field label={t('content.match.distance')}>
              <Text span ff="monospace" fw={700}>{match.distance}</Text> {t('content.match.ofThreshold', { threshold: match.threshold })} ({match.signalType === 'pdq' ? 'PDQ' : match.signalType.toUpperCase()})
            </Field>
            <Field label={t('content.match.entryHash')}>
              {entry === undefined ? (
                <Text size="sm" c="dimmed">{t('common.loading')}</Text>
              ) : entry ? (
                <Stack gap={2}>
                  {entry.pdq && <Hash value={entry.pdq} full />}
                  {!entry.pdq && entry.sha256 && <Hash value={entry.sha256} full />}
                  {entry.pdq && <QualityBadge quality={entry.quality} />}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">{t('content.match.entryNotFound')}</Text>
              )}
            </Field>
          </Stack>
        </SimpleGrid>
        {signals?.pdq && entry?.pdq && <BitDiff a={signals.pdq} b={entry.pdq} />}
      </Stack>
    </Modal>
  );
}

/** The two 256-bit PDQ hashes as 16×16 grids, differing bits marked. */
function BitDiff({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation();
  const bits = (h: string) => [...h].flatMap((c) => parseInt(c, 16).toString(2).padStart(4, '0').split('').map((x) => x === '1'));
  const x = bits(a);
  const y = bits(b);
  const diff = x.filter((v, i) => v !== y[i]).length;
  const grid = (v: boolean[], label: string) => (
    <Stack gap={4} align="center">
      <svg width={16 * 9} height={16 * 9} role="img" aria-label={label}>
        {v.map((on, i) => (
          <rect key={i} x={(i % 16) * 9} y={Math.floor(i / 16) * 9} width={8} height={8} fill={x[i] !== y[i] ? '#e03131' : on ? '#343a40' : '#e9ecef'} />
        ))}
      </svg>
      <Text size="xs" c="dimmed">{label}</Text>
    </Stack>
  );
  return (
    <Paper withBorder p="sm" data-testid="bit-diff">
      <Group justify="space-between" mb="xs">
        <Text fw={700} size="sm">{t('content.match.bitsTitle')}</Text>
        <Text size="sm" ff="monospace">{t('content.match.bitsDiffer', { count: diff })}</Text>
      </Group>
      <Group justify="center" gap="xl">
        {grid(x, t('content.match.uploaded'))}
        {grid(y, t('content.match.entry'))}
      </Group>
    </Paper>
  );
}
