/** Screens one traveller now: name (or given and family names), birth date, nationality, document, gender; the hits show inline. */
import { Alert, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatFixed } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { QualityFlags } from './common.tsx';
import { HitList } from './HitList.tsx';
import type { ScreenAnswer } from './types.ts';

const EMPTY = { name: '', givenName: '', familyName: '', birthDate: '', nationality: '', documentNumber: '', gender: '' };

export function ScreenForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [f, setF] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (k: keyof typeof EMPTY) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const m = useMutation({
    mutationFn: (b: Record<string, string>) => api.post<ScreenAnswer>('/api/screening/screen', b),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['screening-batches'] }),
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors = {};
    if (!f.name.trim() && !f.givenName.trim() && !f.familyName.trim()) errs.name = t('screening.form.nameRequired');
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    const body: Record<string, string> = {};
    for (const [k, v] of Object.entries(f)) if (v.trim()) body[k] = v.trim();
    m.mutate(body);
  };
  const r = m.data;
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="screen-form">
      <Stack gap="sm">
        <Title order={4}>{t('screening.form.title')}</Title>
        <TextInput label={t('screening.form.name')} description={t('screening.form.nameHelp')} value={f.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name} data-testid="screen-name" autoComplete="off" />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label={t('screening.form.givenName')} value={f.givenName} onChange={(e) => set('givenName')(e.currentTarget.value)} disabled={!!f.name.trim()} autoComplete="off" />
          <TextInput label={t('screening.form.familyName')} value={f.familyName} onChange={(e) => set('familyName')(e.currentTarget.value)} disabled={!!f.name.trim()} autoComplete="off" />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('screening.birthDate')} placeholder="1971-03-14" description={t('screening.form.birthHelp')} value={f.birthDate} onChange={(e) => set('birthDate')(e.currentTarget.value)} error={errors.birthDate} autoComplete="off" />
          <TextInput label={t('screening.nationality')} placeholder="BE, BEL, Belgium" description={t('screening.form.nationalityHelp')} value={f.nationality} onChange={(e) => set('nationality')(e.currentTarget.value)} error={errors.nationality} autoComplete="off" />
          <TextInput label={t('screening.document')} value={f.documentNumber} onChange={(e) => set('documentNumber')(e.currentTarget.value)} error={errors.documentNumber} autoComplete="off" styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          <Select
            label={t('screening.gender')}
            clearable
            data={[
              { value: 'male', label: t('vocab.gender.male') },
              { value: 'female', label: t('vocab.gender.female') },
            ]}
            value={f.gender || null}
            onChange={(v) => set('gender')(v ?? '')}
          />
        </SimpleGrid>
        <FormError message={errors._} />
        <Group justify="space-between">
          <Button variant="subtle" color="gray" onClick={() => (setF(EMPTY), setErrors({}), m.reset())} type="button">
            {t('screening.form.clear')}
          </Button>
          <Button type="submit" loading={m.isPending} data-testid="screen-submit">
            {t('screening.form.submit')}
          </Button>
        </Group>
        {r && (
          <Stack gap="xs" data-testid="screen-result" aria-live="polite">
            {r.hits.length === 0 && r.outcome === 'incomplete' ? (
              // Never "No hit" when entries were left out or no list was loaded (issue #15).
              <Alert color="orange" title={t('screening.form.incomplete')} data-testid="screen-incomplete">
                {t('screening.form.incompleteHelp')}
              </Alert>
            ) : r.hits.length === 0 ? (
              <Alert color="green" title={t('screening.form.noHit')} data-testid="screen-nohit">
                {t('screening.form.noHitHelp', { threshold: formatFixed(r.batch.threshold, 2) })}
                {r.batch.suppressed > 0 && ` ${t('screening.form.suppressedToo', { count: r.batch.suppressed })}`}
              </Alert>
            ) : (
              <Alert color="orange" title={t('screening.form.hits', { count: r.hits.length })}>
                {t('screening.neverDecides')}
              </Alert>
            )}
            {r.screenedAgainst && (
              <Text size="xs" c="dimmed" data-testid="screened-against">
                {t('screening.form.screenedAgainst', { text: r.screenedAgainst.text })}
              </Text>
            )}
            {r.traveller.quality?.length ? (
              <Alert color="yellow" title={t('screening.quality.title')} data-testid="screen-quality">
                <QualityFlags flags={r.traveller.quality} />
              </Alert>
            ) : null}
            {r.hits.length > 0 && <HitList hits={r.hits} traveller={r.traveller} />}
            <Anchor component={Link} to={`/screening/batches/${r.batch.id}`} size="xs">
              {t('screening.form.asBatch')}
            </Anchor>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
