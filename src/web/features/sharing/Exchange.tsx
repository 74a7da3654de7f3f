/**
 * STIX 2.1 and MISP exchange: export of chosen records (a downloaded bundle or event) and import of a
 * pasted or uploaded document. An import is all or nothing: a refused document shows the server's
 * message and the JSON pointer of the first problem, with what the document holds there.
 */
import { Alert, Anchor, Button, Code, FileButton, Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { downloadJson, exportName } from './common.tsx';
import { recordIdOf, type ImportResult, type StixObject } from './types.ts';

export type Format = 'stix' | 'misp';

/** Exports records (by id) as a STIX bundle or a MISP event and downloads it; answers how many made it in. */
export function useExport() {
  return useMutation({
    mutationFn: async ({ format, ids }: { format: Format; ids: string[] }) => {
      const doc = await api.post<unknown>(`/api/sharing/${format}/export`, { ids });
      downloadJson(doc, exportName(format));
      const wanted = new Set(ids);
      const count =
        format === 'stix'
          ? ((doc as { objects?: StixObject[] }).objects ?? []).filter((o) => {
              const id = recordIdOf(o.id);
              return id !== null && wanted.has(id);
            }).length
          : ids.length;
      return { format, count, asked: ids.length };
    },
  });
}

/** The value at a JSON pointer ("/objects/3/modified") in a document, or undefined. */
export function atPointer(doc: unknown, pointer: string): unknown {
  if (!pointer || pointer === '/') return doc;
  let cur: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function snippet(v: unknown): string {
  if (v === undefined) return '(missing)';
  const s = JSON.stringify(v, null, 1) ?? String(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

interface Refusal {
  message: string;
  pointer: string | null;
  value?: string;
}

export function ImportPanel() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [format, setFormat] = useState<Format>('stix');
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const run = useMutation({
    mutationFn: (doc: unknown) => api.post<ImportResult>(`/api/sharing/${format}/import`, doc),
    onSuccess: (r) => {
      setResult(r);
      void qc.invalidateQueries({ queryKey: ['sharing-objects'] });
    },
  });
  if (!can('sharing', 'write')) {
    return (
      <Text size="sm" c="dimmed" data-testid="import-not-allowed">
        {t('sharing.exchange.importNeedsWrite')}
      </Text>
    );
  }
  const submit = () => {
    setResult(null);
    setRefusal(null);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      setRefusal({ message: t('sharing.exchange.notJson', { detail: (e as Error).message }), pointer: null });
      return;
    }
    run.mutate(doc, {
      onError: (e) => {
        if (e instanceof ApiError && e.status === 400 && e.field) {
          const pointer = e.field.startsWith('/') ? e.field : null;
          const message = pointer ? e.message.replace(`${e.field}: `, '') : e.message;
          setRefusal({ message, pointer, value: pointer ? snippet(atPointer(doc, pointer)) : undefined });
        } else setRefusal({ message: errorText(e, t), pointer: null });
      },
    });
  };
  const load = (f: File | null) => {
    if (!f) return;
    void f.text().then((s) => {
      setText(s);
      setFile({ name: f.name, size: f.size });
      setRefusal(null);
      setResult(null);
    });
  };
  const big = text.length > 200_000;
  return (
    <Stack gap="sm" data-testid="import-panel">
      <Text size="sm" c="dimmed">
        {t('sharing.exchange.importIntro')}
      </Text>
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Group justify="space-between">
            <SegmentedControl
              value={format}
              onChange={(v) => {
                setFormat(v as Format);
                setRefusal(null);
                setResult(null);
              }}
              data={[
                { value: 'stix', label: t('sharing.exchange.stix') },
                { value: 'misp', label: t('sharing.exchange.misp') },
              ]}
              aria-label={t('sharing.exchange.format')}
              data-testid="import-format"
            />
            <FileButton onChange={load} accept="application/json,.json">
              {(props) => (
                <Button {...props} variant="light" size="xs" data-testid="import-file">
                  {t('sharing.exchange.upload')}
                </Button>
              )}
            </FileButton>
          </Group>
          {big ? (
            <Group gap="xs">
              <Text size="sm" data-testid="import-file-name">
                {file ? t('sharing.exchange.fileLoaded', { name: file.name, kb: Math.ceil(file.size / 1024) }) : t('sharing.exchange.largeText', { kb: Math.ceil(text.length / 1024) })}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => (setText(''), setFile(null))}>
                {t('common.remove')}
              </Button>
            </Group>
          ) : (
            <Textarea
              label={format === 'stix' ? t('sharing.exchange.pasteStix') : t('sharing.exchange.pasteMisp')}
              description={file ? t('sharing.exchange.fileLoaded', { name: file.name, kb: Math.ceil(file.size / 1024) }) : undefined}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                setFile(null);
              }}
              autosize
              minRows={6}
              maxRows={18}
              ff="monospace"
              styles={{ input: { fontSize: 12 } }}
              spellCheck={false}
              name="import-json"
            />
          )}
          <Group justify="flex-end">
            <Button onClick={submit} loading={run.isPending} disabled={!text.trim()} data-testid="import-submit">
              {format === 'stix' ? t('sharing.exchange.importStix') : t('sharing.exchange.importMisp')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {refusal && (
        <Alert color="red" title={t('sharing.exchange.refused')} role="alert" data-testid="import-error">
          <Stack gap={4}>
            <Text size="sm">{refusal.message}</Text>
            {refusal.pointer && (
              <Text size="sm">
                {t('sharing.exchange.at')} <Code data-testid="import-pointer">{refusal.pointer}</Code>
              </Text>
            )}
            {refusal.value !== undefined && (
              <Code block fz="xs">
                {refusal.value}
              </Code>
            )}
            {refusal.pointer && (
              <Text size="xs" c="dimmed">
                {t('sharing.exchange.nothingStored')}
              </Text>
            )}
          </Stack>
        </Alert>
      )}
      {result && (
        <Alert color="green" title={t('sharing.exchange.imported')} data-testid="import-result" withCloseButton onClose={() => setResult(null)}>
          <Stack gap={4}>
            <Text size="sm">{t('sharing.exchange.importedHelp', { received: result.received, stored: result.stored, skipped: result.received - result.stored })}</Text>
            <Group gap={6}>
              {result.ids.slice(0, 20).map((id) => {
                const rid = recordIdOf(id);
                return rid ? (
                  <Anchor key={id} component={Link} to={`/sharing/objects/${rid}`} size="xs" ff="monospace">
                    {id}
                  </Anchor>
                ) : (
                  <Code key={id}>{id}</Code>
                );
              })}
              {result.ids.length > 20 && <Text size="xs">{t('sharing.exchange.andMore', { count: result.ids.length - 20 })}</Text>}
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
