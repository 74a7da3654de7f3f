/** The evaluation view: choose an indicator, a municipality and the intervention date, run, and read (or print) the report. */
import { Button, Checkbox, Group, Input, Paper, Stack, Text, Title } from '@mantine/core';
import { DateField } from '../../components/DateField.tsx';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { setQuery, useLocation } from '../../lib/router.tsx';
import { EvaluationTabs, IndicatorSelect, MunicipalitySelect, useIndicators } from './common.tsx';
import { EvaluationResult } from './EvaluationResult.tsx';
import type { Evaluation } from './types.ts';
import './print.css';
import { formatDateTime } from '../../lib/format.ts';

export default function EvaluatePage() {
  const { t, i18n } = useTranslation();
  const loc = useLocation();
  const inds = useIndicators();
  const run = { indicator: loc.query.get('indicator'), nis: loc.query.get('nis'), at: loc.query.get('at'), excl: loc.query.get('excludeProgrammes') === 'true' };
  const [indicator, setIndicator] = useState<string | null>(run.indicator);
  const [nis, setNis] = useState<string | null>(run.nis);
  const [at, setAt] = useState(run.at ?? '');
  const [excl, setExcl] = useState(run.excl);
  const [formError, setFormError] = useState<string | null>(null);
  useEffect(() => {
    if (!indicator && inds.data?.[0]) setIndicator(inds.data[0].id);
  }, [indicator, inds.data]);

  const params = { nis: run.nis, intervention: run.at, excludeProgrammes: run.excl ? 'true' : undefined };
  const ready = !!(run.indicator && run.nis && run.at);
  const q = useQuery({
    queryKey: ['evaluation-run', run.indicator, run.nis, run.at, run.excl],
    queryFn: () => api.get<Evaluation>(`/api/evaluation/indicators/${run.indicator}/evaluate${qs(params)}`),
    enabled: ready,
    retry: false,
  });
  const submit = () => {
    if (!indicator) return setFormError(t('evaluation.run.needIndicator'));
    if (!nis) return setFormError(t('evaluation.run.needMunicipality'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(at) || Number.isNaN(Date.parse(at))) return setFormError(t('evaluation.run.needDate', { pattern: t('common.datePattern') }));
    setFormError(null);
    setQuery({ indicator, nis, at, excludeProgrammes: excl ? 'true' : null }, { replace: false });
  };
  return (
    <Stack gap="sm">
      <EvaluationTabs />
      <Title order={2} className="evaluation-no-print">{t('evaluation.run.title')}</Title>
      <Paper withBorder p="sm" className="evaluation-no-print" data-testid="run-form">
        <Text size="sm" c="dimmed">{t('evaluation.run.help')}</Text>
        {/* Tops aligned, so a field's error showing up under it (on leaving the date box) never moves the button away from a click. */}
        <Group align="flex-start" wrap="wrap" mt="xs">
          <IndicatorSelect value={indicator} onChange={setIndicator} />
          <MunicipalitySelect value={nis} onChange={setNis} testId="run-municipality" />
          <DateField label={t('evaluation.run.intervention')} value={at} onChange={setAt} w={190} data-testid="run-date" />
          <Stack gap={0}>
            <Input.Label aria-hidden>&nbsp;</Input.Label>
            <Button onClick={submit} data-testid="run-evaluation" loading={q.isFetching}>{t('evaluation.run.run')}</Button>
          </Stack>
        </Group>
        <Checkbox mt="xs" label={t('evaluation.run.excludeProgrammes')} checked={excl} onChange={(e) => setExcl(e.currentTarget.checked)} />
        {formError && <Text c="red" size="sm" role="alert" mt="xs" data-testid="run-form-error">{formError}</Text>}
      </Paper>
      {ready && q.isPending && <Loading label={t('evaluation.run.running')} />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && (
        <>
          <Group className="evaluation-no-print">
            <Button variant="light" onClick={() => window.print()} data-testid="print">{t('evaluation.run.print')}</Button>
            <Button variant="light" component="a" href={`/api/evaluation/indicators/${run.indicator}/evaluate.csv${qs(params)}`} data-testid="evaluation-csv">
              {t('evaluation.common.exportCsv')}
            </Button>
            <Button variant="light" component="a" href={`/api/evaluation/indicators/${run.indicator}/evaluate.pdf${qs(params)}`} data-testid="evaluation-pdf">
              {t('evaluation.common.exportPdf')}
            </Button>
            <Text size="xs" c="dimmed">{t('evaluation.run.printHelp')}</Text>
          </Group>
          <div className="evaluation-result">
            <EvaluationResult e={q.data} />
          </div>
          <Text size="xs" c="dimmed" className="evaluation-print-only">{t('evaluation.run.printedFooter', { when: formatDateTime(new Date().toISOString(), i18n.language) })}</Text>
        </>
      )}
    </Stack>
  );
}
