/**
 * The diff of a global list's replacement (UN, OFAC) before it applies: counts, and each added, removed
 * or changed entry with the fields that changed. Only "Apply this version" makes it the active list.
 */
import { Alert, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';
import type { ImportPreview as Preview, ListVersion } from './types.ts';
import { formatDateTime } from '../../lib/format.ts';

const COLOR = { added: 'green', removed: 'red', changed: 'orange' } as const;

export function ImportPreview({ preview, onApplied, onDiscarded }: { preview: Preview; onApplied: (v: ListVersion) => void; onDiscarded: () => void }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'confirm' | 'discard' | null>(null);
  const [error, setError] = useState<string | undefined>();
  const act = async (what: 'confirm' | 'discard') => {
    setBusy(what);
    setError(undefined);
    try {
      if (what === 'confirm') onApplied(await api.post<ListVersion>(`/api/screening/previews/${preview.id}/confirm`, {}));
      else {
        await api.post(`/api/screening/previews/${preview.id}/discard`, {});
        onDiscarded();
      }
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder p="md" data-testid="import-preview">
      <Stack gap="sm">
        <Alert color="yellow" title={t('screening.preview.title', { source: preview.source })}>
          <Stack gap={4}>
            <Text size="sm">{t('screening.preview.help')}</Text>
            <Text size="sm">{preview.base ? t('screening.preview.base', { number: preview.base.number }) : t('screening.preview.first')}</Text>
            <Text size="sm" fw={600} data-testid="import-preview-counts">
              {t('screening.preview.counts', { entries: preview.entryCount, added: preview.added, removed: preview.removed, changed: preview.changed })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('screening.preview.expires', { at: formatDateTime(preview.expiresAt, i18n.language) })}
            </Text>
          </Stack>
        </Alert>
        {preview.total === 0 ? (
          <Text size="sm">{t('screening.preview.noChanges')}</Text>
        ) : (
          <>
            <DiffTable changes={preview.changes} testId="import-preview-changes" height={360} />
            {preview.total > preview.changes.length && <Text size="xs" c="dimmed">{t('screening.preview.showing', { shown: preview.changes.length, total: preview.total })}</Text>}
          </>
        )}
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void act('discard')} loading={busy === 'discard'} disabled={busy !== null} data-testid="import-preview-discard">
            {t('screening.preview.discard')}
          </Button>
          <Button color="orange" onClick={() => void act('confirm')} loading={busy === 'confirm'} disabled={busy !== null} data-testid="import-preview-confirm">
            {t('screening.preview.confirm')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The entries a list version adds, removes or changes, with the changed fields (import preview, fetched lists). */
export function DiffTable({ changes, testId, height }: { changes: Preview['changes']; testId: string; height: number }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={height}>
      <Table verticalSpacing={4} striped stickyHeader fz="sm" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('screening.preview.change')}</Table.Th>
            <Table.Th>{t('screening.preview.entry')}</Table.Th>
            <Table.Th>{t('screening.preview.name')}</Table.Th>
            <Table.Th>{t('screening.preview.fields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={c.entryId}>
              <Table.Td>
                <Badge color={COLOR[c.change]} variant="light">
                  {t(`screening.change.${c.change}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{c.entryId}</Table.Td>
              <Table.Td>{c.name}</Table.Td>
              <Table.Td>{c.fields.join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
