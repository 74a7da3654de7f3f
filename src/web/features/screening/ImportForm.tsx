/**
 * Imports a watch list as a new version: the list's name says its format (un… XML, ofac… sdn/alt CSV,
 * anything else a custom CSV or JSON Lines list). The file goes up with a progress bar; a list with
 * malformed lines is refused as a whole and every line is shown, with the option to skip them. A global
 * list (UN, OFAC) needs the list administrator and comes back as a preview of its diff, applied only on
 * confirmation (ImportPreview).
 */
import { Alert, Anchor, Autocomplete, Button, Checkbox, FileInput, Group, Paper, Progress, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { Link } from '../../lib/router.tsx';
import { errorText, fieldText } from '../../lib/validation.ts';
import { api, ApiError, type UploadProgress } from '../../lib/api.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { IssuesTable } from './Issues.tsx';
import { SOURCE_NAME, sourceKindOf, type ImportPreview as Preview, type ImportedVersion, type ListVersion, type ParseIssue } from './types.ts';
import { formatBytes } from './upload.ts';

type CustomFormat = 'auto' | 'csv' | 'jsonl';

const ACCEPT: Record<string, string> = { un: '.xml,application/xml,text/xml', ofac: '.csv,text/csv', custom: '.csv,.jsonl,.ndjson,.json,.txt,text/csv,application/x-ndjson' };

async function customFormat(file: File, chosen: CustomFormat): Promise<'csv' | 'jsonl'> {
  if (chosen !== 'auto') return chosen;
  const name = file.name.toLowerCase();
  if (/\.(jsonl|ndjson|json)$/.test(name)) return 'jsonl';
  if (name.endsWith('.csv')) return 'csv';
  const head = await file.slice(0, 1024).text();
  return head.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

export function ImportForm({ sources, initialSource = '', onDone }: { sources: string[]; initialSource?: string; onDone?: (v: ListVersion) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [source, setSource] = useState(initialSource);
  const [file, setFile] = useState<File | null>(null);
  const [alt, setAlt] = useState<File | null>(null);
  const [format, setFormat] = useState<CustomFormat>('auto');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [includeEntities, setIncludeEntities] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<ParseIssue[]>([]);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [done, setDone] = useState<ImportedVersion | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [discarded, setDiscarded] = useState(false);
  const name = source.trim().toLowerCase();
  const kind = name ? sourceKindOf(name) : null;
  const busy = progress !== null;

  const applied = (v: ImportedVersion) => {
    setPreview(null);
    setDone(v);
    setFile(null);
    setAlt(null);
    setNote('');
    void qc.invalidateQueries({ queryKey: ['screening-lists'] });
    void qc.invalidateQueries({ queryKey: ['screening-versions', v.source] });
    void qc.invalidateQueries({ queryKey: ['screening-entries'] });
    onDone?.(v);
  };

  const send = async (skip: boolean) => {
    setDone(null);
    setPreview(null);
    setDiscarded(false);
    setIssues([]);
    const errs: Record<string, string> = {};
    if (!name) errs.source = t('validation.required');
    else if (!SOURCE_NAME.test(name)) errs.source = t('screening.import.badName');
    else if (kind === 'national') errs.source = t('screening.import.nationalNot');
    if (!file) errs.file = t('screening.import.pickFile');
    if (note.length > 500) errs.note = t('validation.tooLong', { max: 500 });
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !file) return;
    const qsParts = new URLSearchParams();
    if (skip) qsParts.set('skipInvalid', 'true');
    if (includeEntities && kind !== 'custom') qsParts.set('includeEntities', 'true');
    if (note.trim()) qsParts.set('note', note.trim());
    const query = qsParts.toString();
    const url = `/api/screening/lists/${encodeURIComponent(name)}/import${query ? `?${query}` : ''}`;
    try {
      let v: ImportedVersion | Preview;
      if (kind === 'ofac') {
        setProgress({ phase: 'sending', loaded: 0, total: file.size + (alt?.size ?? 0) });
        const body = JSON.stringify({ sdn: await file.text(), ...(alt ? { alt: await alt.text() } : {}) });
        v = await api.upload<Preview>(url, body, 'application/json', setProgress);
      } else if (kind === 'un') {
        v = await api.upload<Preview>(url, file, 'application/xml', setProgress);
      } else {
        const f = await customFormat(file, format);
        v = await api.upload<ImportedVersion>(url, file, f === 'jsonl' ? 'application/x-ndjson' : 'text/csv', setProgress);
      }
      // A global list (UN, OFAC) comes back as a preview of its diff: it applies only on confirmation.
      if ('kind' in v && v.kind === 'preview') setPreview(v);
      else applied(v as ImportedVersion);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) {
        setIssues(e.issues as ParseIssue[]);
        setErrors({ _: t('screening.import.refused', { count: e.issues.length }) });
      } else if (e instanceof ApiError && e.field) {
        setErrors({ [e.field === 'content' || e.field === 'sdn' ? 'file' : e.field]: fieldText(e, t) });
      } else setErrors({ _: errorText(e, t) });
    } finally {
      setProgress(null);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(skipInvalid);
  };

  const percent = progress ? (progress.phase === 'processing' ? 100 : Math.round((100 * progress.loaded) / Math.max(progress.total, 1))) : 0;

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="import-form">
      <Stack gap="sm">
        <Title order={4}>{t('screening.import.title')}</Title>
        <Group align="flex-start" grow>
          <Autocomplete
            label={t('screening.import.source')}
            description={t('screening.import.sourceHelp')}
            required
            data={sources.filter((s) => s !== 'national')}
            value={source}
            onChange={(v) => setSource(v)}
            error={errors.source}
            data-testid="import-source"
            disabled={busy}
          />
          <div>
            <Text size="sm" fw={500}>
              {t('screening.import.kind')}
            </Text>
            <Text size="sm" c={kind ? undefined : 'dimmed'} data-testid="import-kind" mt={4}>
              {kind ? t(`screening.kindHelp.${kind}`) : t('screening.import.kindUnknown')}
            </Text>
          </div>
        </Group>
        <Group align="flex-start" grow>
          <FileInput
            label={kind === 'ofac' ? t('screening.import.sdnFile') : t('screening.import.file')}
            placeholder={t('screening.import.choose')}
            required
            clearable
            accept={ACCEPT[kind ?? 'custom']}
            value={file}
            onChange={(f) => setFile(f)}
            error={errors.file}
            disabled={busy}
            fileInputProps={{ 'data-testid': 'import-file' } as ComponentProps<'input'>}
          />
          {kind === 'ofac' && (
            <FileInput label={t('screening.import.altFile')} placeholder={t('screening.import.choose')} clearable accept={ACCEPT.ofac} value={alt} onChange={(f) => setAlt(f)} disabled={busy} />
          )}
        </Group>
        {file && (
          <Text size="xs" c="dimmed">
            {file.name} · {formatBytes(file.size)}
          </Text>
        )}
        {kind === 'custom' && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('screening.import.format')}
            </Text>
            <SegmentedControl
              w="fit-content"
              value={format}
              onChange={(v) => setFormat(v as CustomFormat)}
              disabled={busy}
              data={[
                { value: 'auto', label: t('screening.import.formatAuto') },
                { value: 'csv', label: 'CSV' },
                { value: 'jsonl', label: 'JSON Lines' },
              ]}
            />
            <Text size="xs" c="dimmed">
              {t('screening.import.customHelp')}
            </Text>
          </Stack>
        )}
        <Checkbox label={t('screening.import.skipInvalid')} description={t('screening.import.skipInvalidHelp')} checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} disabled={busy} data-testid="import-skip" />
        {kind !== 'custom' && kind !== null && (
          <Checkbox label={t('screening.import.includeEntities')} checked={includeEntities} onChange={(e) => setIncludeEntities(e.currentTarget.checked)} disabled={busy} />
        )}
        <TextInput label={t('screening.import.note')} description={t('screening.import.noteHelp')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} disabled={busy} maxLength={500} />
        {progress && (
          <Stack gap={4} data-testid="import-progress" role="status" aria-live="polite">
            <Progress value={percent} size="lg" striped animated={progress.phase === 'processing'} />
            <Text size="sm">
              {progress.phase === 'sending'
                ? t('screening.import.sending', { loaded: formatBytes(progress.loaded), total: formatBytes(progress.total), percent })
                : t('screening.import.processing')}
            </Text>
          </Stack>
        )}
        <FormError message={errors._} />
        {issues.length > 0 && (
          <Stack gap="xs">
            <Text size="sm">{t('screening.import.refusedHelp')}</Text>
            <IssuesTable issues={issues} testId="import-issues" />
            <Group>
              <Button variant="light" color="orange" onClick={() => void send(true)} loading={busy} data-testid="import-skip-retry">
                {t('screening.import.retrySkipping', { count: issues.length })}
              </Button>
            </Group>
          </Stack>
        )}
        {preview && <ImportPreview preview={preview} onApplied={applied} onDiscarded={() => { setPreview(null); setDiscarded(true); }} />}
        {discarded && (
          <Alert color="gray" data-testid="import-discarded" withCloseButton onClose={() => setDiscarded(false)}>
            {t('screening.preview.discarded')}
          </Alert>
        )}
        {done && (
          <Alert color="green" title={t('screening.import.doneTitle', { source: done.source, number: done.number })} data-testid="import-done" withCloseButton onClose={() => setDone(null)}>
            <Stack gap={4}>
              <Text size="sm">
                {t('screening.import.doneText', { entries: done.entryCount ?? 0, added: done.added ?? 0, removed: done.removed ?? 0, changed: done.changed ?? 0 })}
                {done.duplicates ? ` ${t('screening.import.duplicates', { count: done.duplicates })}` : ''}
              </Text>
              {done.skipped.length > 0 && (
                <>
                  <Text size="sm" c="orange.9" fw={600}>
                    {t('screening.import.skippedLines', { count: done.skipped.length })}
                  </Text>
                  <IssuesTable issues={done.skipped} testId="import-skipped" />
                </>
              )}
              <Anchor component={Link} to={`/watchlists/versions/${done.id}`} size="sm">
                {t('screening.import.seeChanges')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={preview !== null} data-testid="import-submit">
            {t('screening.import.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
