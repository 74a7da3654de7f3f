/**
 * Open a content case: URL, hosting provider, offence (Regulation 2021/784, art. 2(7)), legal
 * assessment, content hashes (from a file hashed on the server, or carried over from a match) and
 * markings (a case may hold personal data).
 */
import { Alert, Button, FileInput, Group, Paper, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markingsInput } from '../../../core/contracts.ts';
import { defaultMarkings, MarkingsFields, type MarkingsValue } from '../../components/MarkingsFields.tsx';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { linkProps, navigate, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText, scoped, serverErrors, validate, type FieldErrors } from '../../lib/validation.ts';
import { ContentTabs, Hash, QualityBadge } from './common.tsx';
import { useProviders } from './ProvidersPage.tsx';
import { OFFENCES, type CaseSignal, type ContentCase, type HashAnswer } from './types.ts';

function presetSignals(q: URLSearchParams): CaseSignal[] {
  const pdq = q.get('pdq');
  const md5 = q.get('md5');
  const sha256 = q.get('sha256');
  if (!pdq && !md5 && !sha256) return [];
  const quality = q.get('quality');
  return [{ pdq, quality: pdq && quality ? Number(quality) : null, md5, sha256 }];
}

export default function CaseFormPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const loc = useLocation();
  const providers = useProviders();
  const [url, setUrl] = useState('');
  const [providerId, setProviderId] = useState<string | null>(null);
  const [offence, setOffence] = useState<string>('');
  const [assessment, setAssessment] = useState('');
  const [signals, setSignals] = useState<CaseSignal[]>(() => presetSignals(loc.query));
  const [file, setFile] = useState<File | null>(null);
  const [hashError, setHashError] = useState<string | null>(null);
  const [markings, setMarkings] = useState<MarkingsValue>(defaultMarkings);
  const [errors, setErrors] = useState<FieldErrors>({});

  const hash = useMutation({
    mutationFn: (f: File) => api.send<HashAnswer>('POST', '/api/content/hash?match=false', f),
    onSuccess: (r) => {
      const s = r.signals;
      if (!signals.some((x) => x.sha256 === s.sha256)) setSignals([...signals, { pdq: s.pdq, quality: s.pdq ? s.quality : null, md5: s.md5, sha256: s.sha256 }]);
      setFile(null);
    },
    onError: (e) => setHashError(errorText(e, t)),
  });
  const save = useMutation({
    mutationFn: (b: unknown) => api.post<ContentCase>('/api/content/cases', b),
    onSuccess: (c) => navigate(`/content/cases/${c.id}`),
    onError: (e) => setErrors(serverErrors(e, t)),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const m = { ...markings, legalBasis: markings.legalBasis.trim(), purpose: markings.purpose.trim() };
    const errs: FieldErrors = {};
    if (!/^https?:\/\/\S+$/i.test(url.trim()) || !URL.canParse(url.trim())) errs.url = t('content.caseForm.urlInvalid');
    if (!providerId) errs.providerId = t('validation.choose');
    if (!offence) errs.offence = t('validation.choose');
    if (assessment.trim().length < 20) errs.assessment = t('validation.tooShort', { min: 20 });
    const v = validate(markingsInput, m, t);
    if (!v.ok) for (const [k, msg] of Object.entries(v.errors)) errs[`markings.${k}`] = msg;
    if (Object.keys(errs).length) return setErrors(errs);
    setErrors({});
    save.mutate({
      url: url.trim(),
      providerId,
      offence,
      assessment: assessment.trim(),
      signals: signals.map((s) => ({ ...(s.pdq ? { pdq: s.pdq, quality: s.quality ?? undefined } : {}), ...(s.md5 ? { md5: s.md5 } : {}), ...(s.sha256 ? { sha256: s.sha256 } : {}) })),
      markings: m,
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="case-form">
      <Stack gap="sm">
        <ContentTabs />
        <Title order={2}>{t('content.caseForm.title')}</Title>
        <FormError message={errors._} />
        <Paper withBorder p="sm">
          <Stack gap="sm">
            <TextInput label={t('content.case.url')} description={t('content.caseForm.urlHelp')} required value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={errors.url} name="url" placeholder="https://" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label={t('content.case.provider')}
                description={providers.data?.items.length === 0 ? t('content.caseForm.noProviders') : t('content.caseForm.providerHelp')}
                required
                searchable
                placeholder={providers.isPending ? t('common.loading') : undefined}
                data={(providers.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.country})` }))}
                value={providerId}
                onChange={setProviderId}
                error={errors.providerId ?? (providers.isError ? t('errors.lookup') : undefined)}
                data-testid="case-provider"
              />
              {can('content', 'approve') && providers.data?.items.length === 0 && (
                <Group align="end">
                  <Button variant="light" component="a" {...linkProps('/content/providers')}>{t('content.providers.new')}</Button>
                </Group>
              )}
            </SimpleGrid>
            <Radio.Group label={t('content.case.offence')} required value={offence} onChange={setOffence} error={errors.offence}>
              <Stack gap={4} mt={4}>
                {OFFENCES.map((o) => (
                  <Radio key={o} value={o} label={t(`content.offence.${o}.label`)} description={t(`content.offence.${o}.text`)} data-testid={`offence-${o}`} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea label={t('content.case.assessment')} description={t('content.caseForm.assessmentHelp')} required autosize minRows={4} maxRows={16} value={assessment} onChange={(e) => setAssessment(e.currentTarget.value)} error={errors.assessment} name="assessment" />
          </Stack>
        </Paper>
        <Paper withBorder p="sm" data-testid="case-signals">
          <Stack gap="xs">
            <Title order={4}>{t('content.signals.caseTitle')}</Title>
            <Text size="xs" c="dimmed">{t('content.caseForm.signalsHelp')}</Text>
            {signals.map((s, i) => (
              <Group key={`${s.sha256 ?? s.pdq}-${i}`} gap="sm" wrap="wrap" data-testid="case-signal">
                <Text size="xs" fw={700}>PDQ</Text>
                <Hash value={s.pdq} />
                {s.pdq && <QualityBadge quality={s.quality} />}
                <Text size="xs" fw={700}>MD5</Text>
                <Hash value={s.md5} />
                <Text size="xs" fw={700}>SHA-256</Text>
                <Hash value={s.sha256} />
                <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setSignals(signals.filter((_, k) => k !== i))}>{t('common.remove')}</Button>
              </Group>
            ))}
            <Group align="end" gap="xs">
              <FileInput
                label={t('content.caseForm.hashFile')}
                placeholder={t('content.upload.choose')}
                accept="image/*,video/*"
                value={file}
                onChange={(f) => {
                  setFile(f);
                  setHashError(null);
                }}
                clearable
                w={320}
                data-testid="case-hash-file"
              />
              <Button variant="light" disabled={!file} loading={hash.isPending} onClick={() => file && hash.mutate(file)} data-testid="case-hash-add">
                {t('content.caseForm.addHashes')}
              </Button>
            </Group>
            {hashError && <Alert color="red" role="alert">{hashError}</Alert>}
          </Stack>
        </Paper>
        <MarkingsFields value={markings} onChange={setMarkings} errors={scoped(errors, 'markings')} clearance={me.clearance} orgKind={me.organisation.kind} ownOrgId={me.organisation.id} module="content" />
        {Object.keys(errors).length > 0 && !errors._ && <Alert color="red">{t('validation.fixFields', { count: Object.keys(errors).length })}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" component="a" {...linkProps('/content/cases')}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending} data-testid="case-save">{t('content.caseForm.create')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
