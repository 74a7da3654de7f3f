/** Audit entries as a dense table: actions in plain words, every record id clickable (who read it), details on demand. */
import { Anchor, Code, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from '../../../core/audit/action-labels.ts';
import { formatDateTime } from '../../lib/format.ts';
import { setQuery } from '../../lib/router.tsx';
import type { AuditRow } from './types.ts';

/** A record id that opens "who read this record". */
export function RecordLink({ id, hit }: { id: string; hit?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={hit ? `${id} — ${t('audit.q.hitAnswer')}` : id}>
      <Anchor component="button" type="button" ff="monospace" size="sm" data-testid="record-link" data-record-id={id} onClick={() => setQuery({ tab: undefined, record: id, actor: undefined }, { replace: false })}>
        {id.slice(0, 8)}
        {hit ? '·h' : ''}
      </Anchor>
    </Tooltip>
  );
}

/** A user, partner or token that opens "what did they read". */
export function ActorLink({ name }: { name: string }) {
  return (
    <Anchor component="button" type="button" size="sm" data-testid="actor-link" onClick={() => setQuery({ tab: 'actor', actor: name, record: undefined }, { replace: false })}>
      {name}
    </Anchor>
  );
}

export function AuditTable({ entries, testId }: { entries: AuditRow[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={3} striped highlightOnHover data-testid={testId} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('audit.at')}</Table.Th>
              <Table.Th>{t('audit.actor')}</Table.Th>
              <Table.Th>{t('audit.organisation')}</Table.Th>
              <Table.Th>{t('audit.action')}</Table.Th>
              <Table.Th>{t('audit.record')}</Table.Th>
              <Table.Th>{t('audit.purpose')}</Table.Th>
              <Table.Th>{t('audit.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => {
              const ids = e.recordIds && e.recordIds.length > 0 ? e.recordIds : e.recordId ? [e.recordId] : [];
              const hits = new Set(e.hitIds ?? []);
              return (
                <Table.Tr key={e.seq}>
                  <Table.Td ff="monospace">{e.seq}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, i18n.language)}</Table.Td>
                  <Table.Td data-testid="audit-actor">
                    <ActorLink name={e.actor} />
                  </Table.Td>
                  <Table.Td>{e.organisation}</Table.Td>
                  <Table.Td data-testid="audit-action" data-action={e.action}>
                    <Tooltip label={e.action}>
                      <span>{actionLabel(e.action, i18n.language)}</span>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    {ids.length === 0 ? (
                      e.recordType ?? '—'
                    ) : (
                      <Group gap={6} wrap="wrap" maw={260}>
                        {e.recordType && <Text size="xs" c="dimmed">{e.recordType}</Text>}
                        {ids.slice(0, 6).map((id) => (
                          <RecordLink key={id} id={id} hit={hits.has(id)} />
                        ))}
                        {ids.length > 6 && <Text size="xs" c="dimmed">{t('audit.q.more', { count: ids.length - 6 })}</Text>}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>{e.purpose ?? '—'}</Table.Td>
                  <Table.Td>
                    {e.details && Object.keys(e.details as object).length > 0 ? (
                      open === e.seq ? (
                        <Code block style={{ maxWidth: 360, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} onClick={() => setOpen(null)}>
                          {JSON.stringify(e.details, null, 1)}
                        </Code>
                      ) : (
                        <Text component="button" type="button" size="xs" c="indigo" style={{ background: 'none', border: 0, cursor: 'pointer', padding: 0 }} onClick={() => setOpen(e.seq)}>
                          {t('audit.show')}
                        </Text>
                      )
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
