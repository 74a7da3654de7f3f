/** The request form: method and tier, legal basis, offence, targets, and the reasoning the law asks for, with hints. */
import { Button, NumberInput, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubjectPicker } from '../../components/SubjectPicker.tsx';
import { FormError } from '../../components/States.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { errorText, fieldText } from '../../lib/validation.ts';
import { navigate } from '../../lib/router.tsx';
import type { Method, RegistryEntry } from './types.ts';

export default function RequestForm() {
  const { t } = useTranslation();
  const methods = useQuery({ queryKey: ['legal-methods'], queryFn: () => api.get<Method[]>('/api/legal/methods') });
  const offences = useQuery({ queryKey: ['legal-offences'], queryFn: () => api.get<RegistryEntry[]>('/api/legal/registry?kind=offence') });
  const [method, setMethod] = useState<string | null>(null);
  const bases = useQuery({ queryKey: ['legal-bases', method], enabled: !!method, queryFn: () => api.get<RegistryEntry[]>(`/api/legal/registry?kind=basis&method=${method}&validOn=${new Date().toISOString().slice(0, 10)}`) });
  const [f, setF] = useState({ offenceId: null as string | null, target: null as string | null, facts: '', subsidiarity: '', proportionality: '', durationDays: 60 as number | string });
  const def = methods.data?.find((m) => m.code === method);
  const save = useMutation({
    mutationFn: () => api.post<{ id: string }>('/api/legal/authorisations', { method, basisId: bases.data?.[0]?.id, offenceIds: f.offenceId ? [f.offenceId] : [], targets: f.target ? [f.target] : [], facts: f.facts, subsidiarity: f.subsidiarity, proportionality: f.proportionality, durationDays: Number(f.durationDays) }),
    onSuccess: (r) => navigate(`/legal/authorisations/${r.id}`),
  });
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const err = (name: string) => (field === name && save.error instanceof ApiError ? fieldText(save.error, t) : undefined);
  return (
    <Stack maw={760}>
      <Title order={2}>{t('legal.newRequest')}</Title>
      <Select label={t('legal.methodLabel')} data-testid="legal-method" searchable data={(methods.data ?? []).map((m) => ({ value: m.code, label: `${t(`legal.method.${m.code}`, { defaultValue: m.code })} (${t(`legal.tier.${m.tier}`)})` }))} value={method} onChange={setMethod} error={err('method')} />
      {def && <Text size="sm" c="dimmed">{t('legal.tierHint', { tier: t(`legal.tier.${def.tier}`), article: def.article })}</Text>}
      {bases.data && bases.data[0] && <Text size="sm">{t('legal.basis')}: {bases.data[0].article} — {bases.data[0].textReference}</Text>}
      <Select label={t('legal.offence')} clearable data={(offences.data ?? []).map((o) => ({ value: o.id, label: `${o.article} — ${o.title}` }))} value={f.offenceId} onChange={(v) => setF({ ...f, offenceId: v })} />
      <SubjectPicker label={t('legal.target')} testId="legal-target" value={f.target} onChange={(id) => setF({ ...f, target: id })} error={err('targets') ?? err('targets.0')} required />
      <Textarea label={t('legal.facts')} description={t('legal.factsHint')} autosize minRows={3} value={f.facts} onChange={(e) => setF({ ...f, facts: e.currentTarget.value })} error={err('facts')} data-testid="legal-facts" />
      <Textarea label={t('legal.subsidiarity')} description={t('legal.subsidiarityHint')} autosize minRows={3} value={f.subsidiarity} onChange={(e) => setF({ ...f, subsidiarity: e.currentTarget.value })} error={err('subsidiarity')} data-testid="legal-subsidiarity" />
      <Textarea label={t('legal.proportionality')} description={t('legal.proportionalityHint')} autosize minRows={3} value={f.proportionality} onChange={(e) => setF({ ...f, proportionality: e.currentTarget.value })} error={err('proportionality')} data-testid="legal-proportionality" />
      <NumberInput label={t('legal.durationDays')} description={t('legal.durationHint')} min={1} value={f.durationDays} onChange={(v) => setF({ ...f, durationDays: v })} error={err('durationDays')} />
      {save.isError && !field && <FormError message={errorText(save.error, t)} />}
      <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="legal-submit">{t('legal.saveDraft')}</Button>
    </Stack>
  );
}
