/** Line-numbered problems of a list (an import refused, or lines skipped): every line, in order. */
import { Badge, Paper, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParseIssue } from './types.ts';

const SHOWN = 500;

export function IssuesTable({ issues, testId = 'issues' }: { issues: ParseIssue[]; testId?: string }) {
  const { t } = useTranslation();
  const shown = issues.slice(0, SHOWN);
  return (
    <Paper withBorder>
      <ScrollArea.Autosize mah={320} type="auto">
        <Table verticalSpacing={4} striped stickyHeader data-testid={testId} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={90}>{t('screening.line')}</Table.Th>
              <Table.Th>{t('screening.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((i, n) => (
              <Table.Tr key={`${i.line}-${n}`}>
                <Table.Td>
                  <Badge variant="outline" color="red" ff="monospace" size="lg" radius="sm">
                    {i.line}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ wordBreak: 'break-word' }}>
                    {i.message}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {issues.length > SHOWN && (
        <Text size="xs" c="dimmed" p="xs">
          {t('screening.moreIssues', { count: issues.length - SHOWN })}
        </Text>
      )}
    </Paper>
  );
}
