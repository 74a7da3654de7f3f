/** CSV import of values: choose or paste a file, check it (problems by line and column), then import every row or none. */
import { Alert, Badge, Button, FileInput, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { ActError, useAct } from '../prevention/common.tsx';
import { fmt } from './common.tsx';
import type { ImportResult, Preview } from './types.ts';

export function ImportPanel({ indicatorId }: { indicatorId: string }) {
  const { t, i18n } = useTranslation();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const check = useAct(() => api.post<Preview>(`/api/evaluation/indicators/${indicatorId}/imports/preview`, { csv, fileName }), [], (p) => setPreview(p));
  const run = useAct(() => api.post<ImportResult>(`/api/evaluation/indicators/${indicatorId}/imports`, { csv, fileName }), [['evaluation-values'], ['evaluation-map']], (r) => {
    setDone(r);
    setPreview(null);
  });
  const changed = (text: string, name = fileName) => {
    setCsv(text);
    setFileName(name);
    setPreview(null);
    setDone(null);
  };
  const onFile = (f: File | null) => {
    if (!f) return changed('', '');
    void f.text().then((text) => changed(text, f.name));
  };
  return (
    <Paper withBorder p="sm" data-testid="import-panel">
      <Title order={4}>{t('evaluation.import.title')}</Title>
      <Text size="sm" c="dimmed">{t('evaluation.import.help')}</Text>
      <Stack gap="xs" mt="xs">
        <FileInput label={t('evaluation.import.file')} accept=".csv,text/csv" onChange={onFile} clearable w={{ base: '100%', sm: 360 }} data-testid="import-file" />
        <Textarea label={t('evaluation.import.paste')} value={csv} onChange={(e) => changed(e.currentTarget.value)} autosize minRows={3} maxRows={10} ff="monospace" placeholder={'nis_code,period,numerator\n23088,2017-H1,0'} data-testid="import-csv" />
        <Group>
          <Button variant="light" onClick={() => check.mutate(undefined)} disabled={!csv.trim()} loading={check.isPending} data-testid="import-check">
            {t('evaluation.import.check')}
          </Button>
        </Group>
        <ActError error={check.error} />
        {preview && (
          <Stack gap="xs" data-testid="import-preview">
            <Alert color={preview.ok ? 'green' : 'red'} title={preview.ok ? t('evaluation.import.okTitle') : t('evaluation.import.badTitle', { count: preview.problems.length })}>
              {t('evaluation.import.summary', { rows: preview.rows, created: preview.created, replaced: preview.replaced })}
              {preview.populationUsed > 0 && <Text size="sm">{t('evaluation.import.population', { count: preview.populationUsed })}</Text>}
              {preview.smallCells > 0 && <Text size="sm">{t('evaluation.import.smallCells', { count: preview.smallCells })}</Text>}
            </Alert>
            {preview.problems.length > 0 && (
              <Table.ScrollContainer minWidth={400} type="native">
                <Table data-testid="import-problems" fz="sm" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('evaluation.import.line')}</Table.Th>
                      <Table.Th>{t('evaluation.import.column')}</Table.Th>
                      <Table.Th>{t('evaluation.import.problem')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.problems.map((p, k) => (
                      <Table.Tr key={k} data-testid="import-problem">
                        <Table.Td>{p.line}</Table.Td>
                        <Table.Td ff="monospace">{p.column || '—'}</Table.Td>
                        <Table.Td>{p.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {preview.sample.length > 0 && (
              <Table.ScrollContainer minWidth={500} type="native">
                <Table fz="sm" data-testid="import-sample">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('evaluation.import.line')}</Table.Th>
                      <Table.Th>{t('evaluation.common.municipality')}</Table.Th>
                      <Table.Th>{t('evaluation.values.period')}</Table.Th>
                      <Table.Th ta="right">{t('evaluation.values.numerator')}</Table.Th>
                      <Table.Th ta="right">{t('evaluation.values.denominator')}</Table.Th>
                      <Table.Th ta="right">{t('evaluation.values.value')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.sample.map((s) => (
                      <Table.Tr key={s.line}>
                        <Table.Td>{s.line}</Table.Td>
                        <Table.Td>{s.municipality} ({s.nisCode})</Table.Td>
                        <Table.Td>{s.period}</Table.Td>
                        <Table.Td ta="right">{s.numerator ?? '—'}</Table.Td>
                        <Table.Td ta="right">{s.denominator ?? '—'}</Table.Td>
                        <Table.Td ta="right">{fmt(s.value, i18n.language)}</Table.Td>
                        <Table.Td>{s.replaces ? <Badge size="xs" color="yellow">{t('evaluation.import.replaces')}</Badge> : <Badge size="xs" color="green">{t('evaluation.import.new')}</Badge>}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Group>
              <Button color="blue" onClick={() => run.mutate(undefined)} disabled={!preview.ok} loading={run.isPending} data-testid="import-run">
                {t('evaluation.import.run', { count: preview.rows })}
              </Button>
              {!preview.ok && <Text size="sm" c="red">{t('evaluation.import.fixFirst')}</Text>}
            </Group>
          </Stack>
        )}
        <ActError error={run.error} />
        {done && <Alert color="green" data-testid="import-done">{t('evaluation.import.done', { rows: done.rows, created: done.created, replaced: done.replaced })}</Alert>}
      </Stack>
    </Paper>
  );
}
