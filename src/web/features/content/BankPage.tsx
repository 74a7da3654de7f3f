/** A hash bank: its settings, entries (low quality flagged), upload an image into it, CSV import with line errors, CSV export. */
import { Alert, Anchor, Badge, Button, FileInput, Grid, Group, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TlpBadge } from '../../components/Badges.tsx';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, ApiError, qs, type LineError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { errorText, serverErrors } from '../../lib/validation.ts';
import { BankForm } from './BankForm.tsx';
import { ContentTabs, Field, Hash, QualityBadge } from './common.tsx';
import { MIN_QUALITY, type Bank, type BankEntry, type Signals } from './types.ts';

const PAGE = 100;

export default function BankPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['content-bank', id], queryFn: () => api.get<Bank>(`/api/content/banks/${id}`) });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => api.patch<Bank>(`/api/content/banks/${id}`, { enabled }),
    onSuccess: (b) => {
      qc.setQueryData(['content-bank', id], b);
      void qc.invalidateQueries({ queryKey: ['content-banks'] });
    },
    onError: (e) => setMsg(serverErrors(e, t)._ ?? null),
  });
  const del = useMutation({
    mutationFn: () => api.del(`/api/content/banks/${id}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['content-banks'] });
      navigate('/content/banks');
    },
    onError: (e) => setMsg(serverErrors(e, t)._ ?? null),
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <Stack gap="sm"><ContentTabs /><ErrorState error={q.error} onRetry={() => void q.refetch()} /></Stack>;
  const b = q.data;
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Group justify="space-between" align="flex-start">
        <div>
          <Anchor component={Link} to="/content/banks" size="sm">
            ← {t('content.banks.title')}
          </Anchor>
          <Group gap="xs">
            <Title order={2} data-testid="bank-name">{b.name}</Title>
            <TlpBadge tlp={b.tlp} />
            {!b.enabled && <Badge color="gray">{t('content.banks.disabled')}</Badge>}
          </Group>
          {b.description && <Text size="sm" c="dimmed">{b.description}</Text>}
        </div>
        {b.canEdit && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="bank-edit">{t('common.edit')}</Button>
            <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(true)}>{t('common.delete')}</Button>
          </Group>
        )}
      </Group>
      <FormError message={msg ?? undefined} />
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
          <Field label={t('content.banks.source')}>{b.sourceOrg}</Field>
          <Field label={t('content.banks.owner')}>{b.owner.name}</Field>
          <Field label={t('content.banks.threshold')}>{b.threshold}</Field>
          <Field label={t('content.banks.entries')}><span data-testid="bank-entry-count">{b.entries}</span></Field>
          <Field label={t('content.banks.lowQuality')}>{b.lowQualityEntries}</Field>
          <Field label={t('content.banks.enabled')}>
            <Switch size="sm" checked={b.enabled} disabled={!b.canEdit || toggle.isPending} onChange={(e) => toggle.mutate(e.currentTarget.checked)} aria-label={t('content.banks.enableBank', { name: b.name })} />
          </Field>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          {t('content.banks.updated', { when: formatDateTime(b.updatedAt, i18n.language) })}
        </Text>
      </Paper>
      <Grid gap="sm">
        {b.canEdit && (
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <UploadIntoBank bank={b} />
          </Grid.Col>
        )}
        {b.canEdit && (
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <CsvImport bank={b} />
          </Grid.Col>
        )}
      </Grid>
      <Entries bank={b} />
      {editing && <BankForm bank={b} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      <Modal opened={deleting} onClose={() => setDeleting(false)} title={t('content.banks.deleteTitle', { name: b.name })}>
        <Stack gap="sm">
          <Text size="sm">{t('content.banks.deleteHelp', { count: b.entries })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(false)}>{t('common.cancel')}</Button>
            <Button color="red" loading={del.isPending} onClick={() => del.mutate()} data-testid="bank-delete-confirm">{t('common.delete')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function UploadIntoBank({ bank }: { bank: Bank }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [label, setLabel] = useState('');
  const [source, setSource] = useState('');
  const [done, setDone] = useState<{ entry: BankEntry; signals: Signals; warning?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const m = useMutation({
    mutationFn: (f: File) => api.send<{ entry: BankEntry; signals: Signals; warning?: string }>('POST', `/api/content/banks/${bank.id}/entries${qs({ label: label.trim(), source: source.trim() })}`, f),
    onSuccess: (r) => {
      setDone(r);
      setFile(null);
      setLabel('');
      void qc.invalidateQueries({ queryKey: ['content-bank', bank.id] });
      void qc.invalidateQueries({ queryKey: ['content-entries', bank.id] });
      void qc.invalidateQueries({ queryKey: ['content-banks'] });
    },
    onError: (e) => setError(errorText(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setError(null);
    if (!file) return setError(t('content.upload.pickFile'));
    m.mutate(file);
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="bank-upload">
      <Stack gap="xs">
        <Title order={4}>{t('content.banks.uploadTitle')}</Title>
        <Text size="xs" c="dimmed">{t('content.banks.uploadHelp')}</Text>
        <FileInput label={t('content.upload.file')} placeholder={t('content.upload.choose')} accept="image/*,video/*" value={file} onChange={setFile} clearable data-testid="bank-upload-file" />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={t('content.banks.entryLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} maxLength={500} name="label" />
          <TextInput label={t('content.banks.entrySource')} value={source} onChange={(e) => setSource(e.currentTarget.value)} maxLength={500} name="source" />
        </SimpleGrid>
        {error && <Alert color="red" role="alert" data-testid="bank-upload-error">{error}</Alert>}
        {done && (
          <Alert color={done.warning ? 'orange' : 'green'} data-testid="bank-upload-done" withCloseButton onClose={() => setDone(null)}>
            <Stack gap={2}>
              <Text size="sm">{t('content.banks.uploaded', { kind: t(`content.signals.kind.${done.signals.kind}`) })}</Text>
              {done.signals.pdq && (
                <Group gap="xs">
                  <Text size="xs">PDQ</Text>
                  <Hash value={done.signals.pdq} />
                  <QualityBadge quality={done.signals.quality} />
                </Group>
              )}
              {done.warning && <Text size="xs">{t('content.signals.lowQualityHelp', { min: MIN_QUALITY })}</Text>}
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="sm" loading={m.isPending} data-testid="bank-upload-submit">{t('content.banks.addToBank')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function CsvImport({ bank }: { bank: Bank }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [lines, setLines] = useState<LineError[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ imported: number; lowQuality: number } | null>(null);
  const m = useMutation({
    mutationFn: async (f: File) => api.send<{ imported: number; lowQuality: number }>('POST', `/api/content/banks/${bank.id}/import`, await f.text(), 'text/csv'),
    onSuccess: (r) => {
      setDone(r);
      setFile(null);
      void qc.invalidateQueries({ queryKey: ['content-bank', bank.id] });
      void qc.invalidateQueries({ queryKey: ['content-entries', bank.id] });
      void qc.invalidateQueries({ queryKey: ['content-banks'] });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.lines.length) {
        setLines(e.lines);
        setError(t('content.import.rejected', { count: e.lines.length }));
      } else setError(errorText(e, t));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setError(null);
    setLines([]);
    if (!file) return setError(t('content.upload.pickFile'));
    m.mutate(file);
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="bank-import">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('content.import.title')}</Title>
          <Button component="a" href={`/api/content/banks/${bank.id}/export`} download size="xs" variant="light" data-testid="bank-export">
            {t('content.import.export')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">{t('content.import.help')}</Text>
        <FileInput label={t('content.import.file')} placeholder={t('content.import.choose')} accept=".csv,text/csv" value={file} onChange={setFile} clearable data-testid="bank-import-file" />
        {error && (
          <Alert color="red" role="alert" data-testid="import-error">
            <Text size="sm">{error}</Text>
            {lines.length > 0 && (
              <Table verticalSpacing={2} mt="xs" data-testid="import-lines">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{t('content.import.line')}</Table.Th>
                    <Table.Th>{t('content.import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lines.slice(0, 200).map((l) => (
                    <Table.Tr key={`${l.line}-${l.message}`}>
                      <Table.Td ff="monospace">{l.line}</Table.Td>
                      <Table.Td>{l.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {lines.length > 200 && <Text size="xs">{t('content.import.more', { count: lines.length - 200 })}</Text>}
          </Alert>
        )}
        {done && (
          <Alert color="green" data-testid="import-done" withCloseButton onClose={() => setDone(null)}>
            {t('content.import.done', { count: done.imported, low: done.lowQuality })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" size="sm" variant="light" loading={m.isPending} data-testid="bank-import-submit">{t('content.import.submit')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Entries({ bank }: { bank: Bank }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [filter, setFilter] = useState<'all' | 'true' | 'false'>('all');
  const [offset, setOffset] = useState(0);
  const q = useQuery({
    queryKey: ['content-entries', bank.id, filter, offset],
    queryFn: () => api.get<{ items: BankEntry[] }>(`/api/content/banks/${bank.id}/entries${qs({ lowQuality: filter === 'all' ? undefined : filter, limit: PAGE, offset })}`),
  });
  const del = useMutation({
    mutationFn: (entryId: string) => api.del(`/api/content/banks/${bank.id}/entries/${entryId}`),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['content-entries', bank.id] });
      void qc.invalidateQueries({ queryKey: ['content-bank', bank.id] });
      void qc.invalidateQueries({ queryKey: ['content-banks'] });
    },
  });
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('content.banks.entriesTitle')}</Title>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(v) => {
            setFilter(v as typeof filter);
            setOffset(0);
          }}
          data={[
            { value: 'all', label: t('content.banks.filterAll') },
            { value: 'true', label: t('content.banks.filterLow') },
            { value: 'false', label: t('content.banks.filterMatchable') },
          ]}
          data-testid="entries-filter"
        />
      </Group>
      {del.isError && <FormError message={errorText(del.error, t)} />}
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('content.banks.noEntries')}>{filter === 'all' ? t('content.banks.noEntriesHelp') : undefined}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900} type="native">
          <Table verticalSpacing={4} striped data-testid="entries-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('content.banks.entryLabel')}</Table.Th>
                <Table.Th>{t('content.banks.entrySource')}</Table.Th>
                <Table.Th>PDQ</Table.Th>
                <Table.Th>{t('content.signals.quality')}</Table.Th>
                <Table.Th>MD5</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th>{t('content.banks.added')}</Table.Th>
                {bank.canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((e) => (
                <Table.Tr key={e.id} data-testid="entry-row" data-low-quality={e.lowQuality ? 'true' : 'false'} bg={e.lowQuality ? 'orange.0' : undefined}>
                  <Table.Td>{e.label || <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td>{e.source || <Text span c="dimmed">—</Text>}</Table.Td>
                  <Table.Td><Hash value={e.pdq} /></Table.Td>
                  <Table.Td><QualityBadge quality={e.quality} /></Table.Td>
                  <Table.Td><Hash value={e.md5} /></Table.Td>
                  <Table.Td><Hash value={e.sha256} /></Table.Td>
                  <Table.Td><Text size="xs">{formatDateTime(e.createdAt, i18n.language)}</Text></Table.Td>
                  {bank.canEdit && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" color="red" loading={del.isPending && del.variables === e.id} onClick={() => del.mutate(e.id)} aria-label={t('content.banks.removeEntry', { label: e.label || e.id.slice(0, 8) })}>
                        {t('common.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {q.data && (offset > 0 || q.data.items.length === PAGE) && (
        <Group justify="center" mt="xs">
          <Button size="xs" variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('content.common.previous')}</Button>
          <Text size="xs" c="dimmed">{t('content.common.rows', { from: offset + 1, to: offset + q.data.items.length })}</Text>
          <Button size="xs" variant="default" disabled={q.data.items.length < PAGE} onClick={() => setOffset(offset + PAGE)}>{t('content.common.next')}</Button>
        </Group>
      )}
    </Paper>
  );
}
