/** Record a judicial cooperation request: kind and direction, the other state's authority, the legal basis, offences and subjects. */
import { Button, Group, MultiSelect, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubjectPicker } from '../../components/SubjectPicker.tsx';
import { FormError } from '../../components/States.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { errorText, fieldText } from '../../lib/validation.ts';
import { navigate } from '../../lib/router.tsx';
import type { Cooperation, RegistryEntry } from './types.ts';
import { DateField } from '../../components/DateField.tsx';

export default function CooperationForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const today = new Date().toISOString().slice(0, 10);
  const bases = useQuery({ queryKey: ['legal-bases-all', today], queryFn: () => api.get<RegistryEntry[]>(`/api/legal/registry?kind=basis&validOn=${today}`) });
  const offences = useQuery({ queryKey: ['legal-offences'], queryFn: () => api.get<RegistryEntry[]>('/api/legal/registry?kind=offence') });
  const [f, setF] = useState({ kind: 'eaw' as string | null, direction: 'incoming' as string | null, otherCountry: '', counterpart: '', parties: '', basisId: null as string | null, offenceIds: [] as string[], subject: null as string | null, receivedOn: '' });
  const save = useMutation({
    mutationFn: () => api.post<Cooperation>('/api/legal/cooperation', {
      kind: f.kind, direction: f.direction, otherCountry: f.otherCountry.trim().toUpperCase(), counterpart: f.counterpart, parties: f.parties, basisId: f.basisId ?? '',
      offenceIds: f.offenceIds, subjectIds: f.subject ? [f.subject] : [], receivedOn: f.receivedOn || null,
    }),
    onSuccess: (c) => { void qc.invalidateQueries({ queryKey: ['legal-cooperation'] }); navigate(`/legal/cooperation/${c.id}`); },
  });
  const field = save.error instanceof ApiError ? save.error.field : undefined;
  const err = (name: string) => ((field === name || field?.startsWith(`${name}.`)) && save.error instanceof ApiError ? fieldText(save.error, t) : undefined);
  return (
    <Stack maw={760}>
      <Title order={2}>{t('legal.coop.new')}</Title>
      <Group grow>
        <Select label={t('legal.coop.kindLabel')} data-testid="coop-kind" data={['eaw', 'extradition', 'mla'].map((k) => ({ value: k, label: t(`legal.coop.kind.${k}`) }))} value={f.kind} onChange={(v) => setF({ ...f, kind: v })} error={err('kind')} allowDeselect={false} />
        <Select label={t('legal.coop.directionLabel')} data-testid="coop-direction" data={['incoming', 'outgoing'].map((k) => ({ value: k, label: t(`legal.coop.direction.${k}`) }))} value={f.direction} onChange={(v) => setF({ ...f, direction: v })} error={err('direction')} allowDeselect={false} />
      </Group>
      <Group grow>
        <TextInput label={t('legal.coop.country')} description={t('legal.coop.countryHint')} maxLength={2} value={f.otherCountry} onChange={(e) => setF({ ...f, otherCountry: e.currentTarget.value })} error={err('otherCountry')} data-testid="coop-country" />
        <DateField label={t('legal.coop.receivedOn')} value={f.receivedOn} onChange={(v) => setF({ ...f, receivedOn: v })} error={err('receivedOn')} data-testid="coop-received" />
      </Group>
      <TextInput label={t('legal.coop.counterpart')} description={t('legal.coop.counterpartHint')} value={f.counterpart} onChange={(e) => setF({ ...f, counterpart: e.currentTarget.value })} error={err('counterpart')} data-testid="coop-counterpart" />
      <Textarea label={t('legal.coop.parties')} autosize minRows={2} value={f.parties} onChange={(e) => setF({ ...f, parties: e.currentTarget.value })} error={err('parties')} />
      <Select label={t('legal.basis')} searchable data-testid="coop-basis" data={(bases.data ?? []).map((b) => ({ value: b.id, label: `${b.article} — ${b.title}` }))} value={f.basisId} onChange={(v) => setF({ ...f, basisId: v })} error={err('basisId')} />
      <MultiSelect label={t('legal.offence')} searchable clearable data={(offences.data ?? []).map((o) => ({ value: o.id, label: `${o.article} — ${o.title}` }))} value={f.offenceIds} onChange={(v) => setF({ ...f, offenceIds: v })} error={err('offenceIds')} />
      <SubjectPicker label={t('legal.coop.subject')} testId="coop-subject" value={f.subject} onChange={(id) => setF({ ...f, subject: id })} error={err('subjectIds')} />
      {save.isError && !field && <FormError message={errorText(save.error, t)} />}
      <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="coop-submit">{t('legal.coop.save')}</Button>
    </Stack>
  );
}
