/** Audit entries as a dense table; details on demand. */
import { Code, Paper, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import type { AuditEntry } from '../../lib/types.ts';

export function AuditTable({ entries, testId }: { entries: AuditEntry[]; testId?: string }) {
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
            {entries.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td ff="monospace">{e.seq}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, i18n.language)}</Table.Td>
                <Table.Td data-testid="audit-actor">{e.actor}</Table.Td>
                <Table.Td>{e.organisation}</Table.Td>
                <Table.Td ff="monospace">{e.action}</Table.Td>
                <Table.Td ff="monospace">
                  {e.recordId ? (
                    <Tooltip label={e.recordId}>
                      <span>
                        {e.recordType ?? ''} {e.recordId.slice(0, 8)}
                      </span>
                    </Tooltip>
                  ) : (
                    e.recordType ?? '—'
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
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
