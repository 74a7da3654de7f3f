/**
 * Starts a batch: a passenger list (CSV with a header, JSON Lines, or MRZ lines) or a passenger message
 * (UN/EDIFACT PAXLST or PNRGOV, recognised by its UNA/UNB start and its UNH type) from a file or pasted,
 * with flight, date and port (read from a message unless filled in). A file goes up as it is (with an
 * upload bar); the batch page then polls the server's progress.
 */
import { Button, FileInput, Group, NumberInput, Paper, Progress, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ComponentProps, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { todayIso } from '../../lib/format.ts';
import { navigate } from '../../lib/router.tsx';
import { errorText, fieldText } from '../../lib/validation.ts';
import { api, ApiError, type UploadProgress } from '../../lib/api.ts';
import type { Batch } from './types.ts';
import { formatBytes } from './upload.ts';
import { DateField } from '../../components/DateField.tsx';

type Format = 'csv' | 'jsonl' | 'mrz' | 'paxlst' | 'pnrgov';
const TYPES: Record<Format, string> = { csv: 'text/csv', jsonl: 'application/x-ndjson', mrz: 'text/x-mrz', paxlst: 'application/edifact', pnrgov: 'application/edifact' };
const isMessage = (f: Format | null): f is 'paxlst' | 'pnrgov' => f === 'paxlst' || f === 'pnrgov';

function formatOf(name: string): Format | null {
  const n = name.toLowerCase();
  if (n.endsWith('.csv')) return 'csv';
  if (/\.(jsonl|ndjson|json)$/.test(n)) return 'jsonl';
  if (/\.(mrz|txt)$/.test(n)) return 'mrz';
  return null;
}

/** A passenger message by its start (UNA/UNB) and its UNH message type; null for anything else. */
export function messageTypeOf(head: string): 'paxlst' | 'pnrgov' | null {
  if (!/^\uFEFF?\s*(UNA.{6}|UNB[^A-Za-z0-9\s])/s.test(head)) return null;
  const m = /UNH.{1,40}?(PAXLST|PNRGOV)/s.exec(head);
  return m ? (m[1]!.toLowerCase() as 'paxlst' | 'pnrgov') : null;
}

export function BatchForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format | null>(null);
  const [flight, setFlight] = useState('');
  const [date, setDate] = useState(todayIso());
  const [port, setPort] = useState('');
  const [threshold, setThreshold] = useState<number | string>(0.8);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [detected, setDetected] = useState<'paxlst' | 'pnrgov' | null>(null);
  const busy = progress !== null;
  const message = isMessage(format);

  // A passenger message is recognised from its content (a .edi or .txt file, or pasted text).
  const recognise = (kind: 'paxlst' | 'pnrgov' | null, fallback: Format | null) => {
    setDetected(kind);
    if (kind) {
      setFormat(kind);
      // Flight, date and port come from the message unless the officer fills them in.
      if (date === todayIso()) setDate('');
    } else if (fallback) setFormat(fallback);
    else if (isMessage(format)) setFormat(null);
  };
  const pickFile = (f: File | null) => {
    setFile(f);
    setDetected(null);
    const guess = f ? formatOf(f.name) : null;
    if (guess) setFormat(guess);
    if (f) void f.slice(0, 4096).text().then((head) => recognise(messageTypeOf(head), guess));
  };
  useEffect(() => {
    if (mode !== 'paste') return;
    const kind = messageTypeOf(text.slice(0, 4096));
    if (kind !== detected) recognise(kind, null);
    // recognise reads the current format and date; only the text decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, mode]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (mode === 'file' && !file) errs.content = t('screening.import.pickFile');
    if (mode === 'paste' && !text.trim()) errs.content = t('screening.batch.pasteSomething');
    if (!format) errs.format = t('validation.choose');
    if (flight.length > 20) errs.flight = t('validation.tooLong', { max: 20 });
    if (port.length > 60) errs.port = t('validation.tooLong', { max: 60 });
    const th = Number(threshold);
    if (!(th >= 0.5 && th <= 1)) errs.threshold = t('screening.batch.thresholdRange');
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !format) return;
    const meta = { flight: flight.trim(), port: port.trim(), ...(date ? { date } : {}), threshold: String(th) };
    // A message: what the officer left empty is read from the message itself.
    const given = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== ''));
    const path = isMessage(format) ? '/api/screening/batches/messages' : '/api/screening/batches';
    const sent = isMessage(format) ? given : meta;
    try {
      let b: Batch;
      if (mode === 'file' && file) {
        const q = new URLSearchParams({ format, ...sent });
        b = await api.upload<Batch>(`${path}?${q.toString()}`, file, TYPES[format], setProgress);
      } else {
        b = await api.upload<Batch>(path, JSON.stringify({ format, content: text, ...sent, threshold: th }), 'application/json', setProgress);
      }
      void qc.invalidateQueries({ queryKey: ['screening-batches'] });
      navigate(`/screening/batches/${b.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.field) setErrors({ [err.field === 'body' ? '_' : err.field]: err.field === 'body' ? errorText(err, t) : fieldText(err, t) });
      else setErrors({ _: errorText(err, t) });
    } finally {
      setProgress(null);
    }
  };

  const percent = progress ? (progress.phase === 'processing' ? 100 : Math.round((100 * progress.loaded) / Math.max(progress.total, 1))) : 0;

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => void submit(e)} noValidate data-testid="batch-form">
      <Stack gap="sm">
        <Title order={4}>{t('screening.batch.title')}</Title>
        <SegmentedControl
          w="fit-content"
          value={mode}
          onChange={(v) => setMode(v as 'file' | 'paste')}
          disabled={busy}
          data={[
            { value: 'file', label: t('screening.batch.fromFile') },
            { value: 'paste', label: t('screening.batch.paste') },
          ]}
        />
        {mode === 'file' ? (
          <FileInput
            label={t('screening.batch.file')}
            placeholder={t('screening.import.choose')}
            clearable
            accept=".csv,.jsonl,.ndjson,.json,.mrz,.txt,.edi,.edifact,.pax,.pnr"
            value={file}
            onChange={pickFile}
            error={errors.content}
            disabled={busy}
            fileInputProps={{ 'data-testid': 'batch-file' } as ComponentProps<'input'>}
          />
        ) : (
          <Textarea
            label={t('screening.batch.pasteLabel')}
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errors.content}
            disabled={busy}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            data-testid="batch-text"
          />
        )}
        {file && mode === 'file' && (
          <Text size="xs" c="dimmed">
            {file.name} · {formatBytes(file.size)}
          </Text>
        )}
        <Select
          label={t('screening.batch.format')}
          required
          data={[
            { value: 'csv', label: t('screening.batch.formatCsv') },
            { value: 'jsonl', label: t('screening.batch.formatJsonl') },
            { value: 'mrz', label: t('screening.batch.formatMrz') },
            { value: 'paxlst', label: t('screening.message.formatPaxlst') },
            { value: 'pnrgov', label: t('screening.message.formatPnrgov') },
          ]}
          description={format ? (message ? t(`screening.message.help.${format}`) : t(`screening.batch.formatHelp.${format}`)) : undefined}
          value={format}
          onChange={(v) => setFormat(v as Format | null)}
          error={errors.format}
          disabled={busy}
          data-testid="batch-format"
        />
        {detected && (
          <Text size="sm" c="teal" fw={600} data-testid="batch-detected">
            {t('screening.message.detected', { type: t(`screening.format.${detected}`) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('screening.batch.flight')} placeholder={message ? t('screening.message.fromMessage') : 'SN2904'} value={flight} onChange={(e) => setFlight(e.currentTarget.value)} error={errors.flight} disabled={busy} data-testid="batch-flight" />
          <DateField label={t('screening.batch.date')} description={message && !date ? t('screening.message.fromMessage') : undefined} value={date} onChange={setDate} error={errors.date} disabled={busy} />
          <TextInput label={t('screening.batch.port')} placeholder={message ? t('screening.message.fromMessage') : 'BRU'} value={port} onChange={(e) => setPort(e.currentTarget.value)} error={errors.port} disabled={busy} data-testid="batch-port" />
        </SimpleGrid>
        <NumberInput label={t('screening.batch.threshold')} description={t('screening.batch.thresholdHelp')} min={0.5} max={1} step={0.01} decimalScale={2} value={threshold} onChange={setThreshold} error={errors.threshold} disabled={busy} w={220} />
        {progress && (
          <Stack gap={4} role="status" aria-live="polite">
            <Progress value={percent} size="lg" striped animated={progress.phase === 'processing'} />
            <Text size="sm">
              {progress.phase === 'sending' ? t('screening.import.sending', { loaded: formatBytes(progress.loaded), total: formatBytes(progress.total), percent }) : t('screening.batch.reading')}
            </Text>
          </Stack>
        )}
        <FormError message={errors._} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="batch-submit">
            {t('screening.batch.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
