/** Forms of the CVE exchanges: record or correct an exchange (host city, donor municipalities, partner cities), add a cohort, an activity, a lesson and its follow-up action. */
import { Button, Group, MultiSelect, NumberInput, Paper, Select, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api.ts';
import { navigate } from '../../lib/router.tsx';
import { ActError, today, useAct, useMunicipalities } from './common.tsx';
import { EXCHANGE_TYPES, type Exchange } from './types.ts';
import { DateField } from '../../components/DateField.tsx';

/** Records a new exchange, or corrects `exchange` (the organisation that recorded it). */
export function ExchangeForm({ exchange, onDone }: { exchange?: Exchange; onDone?: () => void }) {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const [type, setType] = useState<string | null>(exchange?.type ?? 'city-pair');
  const [title, setTitle] = useState(exchange?.title ?? '');
  const [nisCode, setNis] = useState<string | null>(exchange?.nisCode ?? null);
  const [donors, setDonors] = useState<string[]>(exchange?.donorMunicipalities.map((d) => d.nisCode) ?? []);
  const [partners, setPartners] = useState<string[]>(exchange?.partnerCities ?? []);
  const [startsOn, setStart] = useState(exchange?.startsOn ?? today());
  const [endsOn, setEnd] = useState(exchange?.endsOn ?? '');
  const [description, setDescription] = useState(exchange?.description ?? '');
  const body = () => ({ type, title, nisCode, donorNisCodes: donors, partnerCities: partners, startsOn, endsOn: endsOn || null, description });
  const act = useAct(
    () => (exchange ? api.put<Exchange>(`/api/prevention/exchanges/${exchange.id}`, body()) : api.post<Exchange>('/api/prevention/exchanges', body())),
    [['prevention-exchanges'], ...(exchange ? [['prevention-exchange', exchange.id]] : [])],
    (x) => (exchange ? onDone?.() : navigate(`/prevention/exchanges/${x.id}`)),
  );
  return (
    <Paper withBorder p="sm" data-testid={exchange ? 'edit-exchange' : 'new-exchange'}>
      {!exchange && <Text fw={600}>{t('prevention.exchanges.new')}</Text>}
      <Group grow align="start" wrap="wrap">
        <Select label={t('prevention.exchanges.typeLabel')} data={EXCHANGE_TYPES.map((v) => ({ value: v, label: t(`prevention.exchanges.type.${v}`) }))} value={type} onChange={setType} data-testid="exchange-type" />
        <TextInput label={t('prevention.exchanges.titleLabel')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-testid="exchange-title" />
      </Group>
      <Group grow align="start" wrap="wrap">
        <Select label={t('prevention.exchanges.city')} data={municipalities} value={nisCode} onChange={setNis} searchable limit={30} data-testid="exchange-city" />
        <MultiSelect label={t('prevention.exchanges.donors')} description={t('prevention.exchanges.donorsHelp')} data={municipalities.filter((m) => m.value !== nisCode)} value={donors} onChange={setDonors} searchable limit={30} data-testid="exchange-donors" />
      </Group>
      <TagsInput label={t('prevention.exchanges.partners')} description={t('prevention.exchanges.partnersHelp')} value={partners} onChange={setPartners} data-testid="exchange-partners" />
      <Group grow wrap="wrap">
        <DateField label={t('prevention.exchanges.startsOn')} value={startsOn} onChange={setStart} data-testid="exchange-start" />
        <DateField label={t('prevention.exchanges.endsOn')} value={endsOn} onChange={setEnd} />
      </Group>
      <Textarea label={t('prevention.exchanges.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
      <ActError error={act.error} />
      <Group gap="xs" mt="xs">
        <Button onClick={() => act.mutate(undefined)} loading={act.isPending} data-testid="save-exchange">{exchange ? t('common.save') : t('prevention.exchanges.record')}</Button>
        {exchange && <Button variant="subtle" onClick={onDone}>{t('common.cancel')}</Button>}
      </Group>
    </Paper>
  );
}

/** Adds a cohort (a count), an activity or a lesson to an exchange. */
export function ExchangePartsForm({ x }: { x: Exchange }) {
  const { t } = useTranslation();
  const refresh = [['prevention-exchange', x.id], ['prevention-exchanges']];
  const [label, setLabel] = useState('');
  const [year, setYear] = useState<number | string>(new Date().getFullYear());
  const [count, setCount] = useState<number | string>('');
  const cohort = useAct(() => api.post(`/api/prevention/exchanges/${x.id}/cohorts`, { label, year: Number(year), participants: Number(count) }), refresh, () => setLabel(''));
  const [heldOn, setHeld] = useState(today());
  const [activity, setActivity] = useState('');
  const act = useAct(() => api.post(`/api/prevention/exchanges/${x.id}/activities`, { heldOn, description: activity }), refresh, () => setActivity(''));
  const [lesson, setLesson] = useState('');
  const les = useAct(() => api.post(`/api/prevention/exchanges/${x.id}/lessons`, { text: lesson }), refresh, () => setLesson(''));
  return (
    <Stack gap="xs" mt="sm" data-testid="exchange-parts">
      <Group align="end" gap="xs" wrap="wrap">
        <TextInput label={t('prevention.exchanges.cohortLabel')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} data-testid="cohort-label" />
        <NumberInput w={100} label={t('prevention.exchanges.year')} value={year} onChange={setYear} allowDecimal={false} />
        <NumberInput w={140} label={t('prevention.exchanges.participants')} value={count} onChange={setCount} min={0} allowDecimal={false} data-testid="cohort-count" />
        <Button variant="light" onClick={() => cohort.mutate(undefined)} data-testid="add-cohort">{t('prevention.exchanges.addCohort')}</Button>
      </Group>
      <ActError error={cohort.error} />
      <Group align="end" gap="xs" wrap="wrap">
        <DateField w={170} label={t('prevention.exchanges.heldOn')} value={heldOn} onChange={setHeld} />
        <TextInput label={t('prevention.exchanges.activity')} value={activity} onChange={(e) => setActivity(e.currentTarget.value)} data-testid="activity-text" />
        <Button variant="light" onClick={() => act.mutate(undefined)} data-testid="add-activity">{t('prevention.exchanges.addActivity')}</Button>
      </Group>
      <ActError error={act.error} />
      <Group align="end" gap="xs" wrap="wrap">
        <Textarea label={t('prevention.exchanges.lesson')} value={lesson} onChange={(e) => setLesson(e.currentTarget.value)} autosize miw={300} data-testid="lesson-text" />
        <Button variant="light" onClick={() => les.mutate(undefined)} data-testid="add-lesson">{t('prevention.exchanges.addLesson')}</Button>
      </Group>
      <ActError error={les.error} />
    </Stack>
  );
}

/** The follow-up action a lesson led to in the city's plan, with the indicator that should show its effect. */
export function FollowUpForm({ exchangeId, lessonId }: { exchangeId: string; lessonId: string }) {
  const { t } = useTranslation();
  const [action, setAction] = useState('');
  const [planRef, setPlanRef] = useState('');
  const [indicatorId, setIndicator] = useState('');
  const [dueOn, setDue] = useState('');
  const act = useAct(
    () => api.post(`/api/prevention/lessons/${lessonId}/follow-ups`, { action, planRef, dueOn: dueOn || null, indicatorId: indicatorId || null }),
    [['prevention-exchange', exchangeId]],
    () => setAction(''),
  );
  return (
    <Stack gap={2} ml="md">
      <Group align="end" gap="xs" wrap="wrap">
        <TextInput label={t('prevention.exchanges.followUp')} value={action} onChange={(e) => setAction(e.currentTarget.value)} data-testid="follow-up-text" />
        <TextInput w={160} label={t('prevention.exchanges.planRef')} value={planRef} onChange={(e) => setPlanRef(e.currentTarget.value)} />
        <DateField w={160} label={t('prevention.exchanges.dueOn')} value={dueOn} onChange={setDue} />
        <TextInput w={200} label={t('prevention.exchanges.indicatorId')} value={indicatorId} onChange={(e) => setIndicator(e.currentTarget.value)} />
        <Button variant="light" size="sm" onClick={() => act.mutate(undefined)} data-testid="add-follow-up">{t('prevention.exchanges.addFollowUp')}</Button>
      </Group>
      <ActError error={act.error} />
    </Stack>
  );
}
