/** The review's findings: objectives and capability ratings, strengths, areas for improvement — edited and shown. */
import { ActionIcon, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';
import { RATINGS, type Review, type ReviewBody } from './types.ts';

type Objective = ReviewBody['objectives'][number];
type Improvement = ReviewBody['improvements'][number];
const RATING_COLOR: Record<string, string> = { P: 'green', S: 'yellow', M: 'orange', U: 'red' };

/** Replaces item `i` of a list. */
const put = <T,>(list: T[], i: number, v: T) => list.map((x, j) => (j === i ? v : x));

export function ReviewForm({ incidentId, initial, onDone, onCancel }: { incidentId: string; initial: Review | null; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [objectives, setObjectives] = useState<Objective[]>(initial?.objectives ?? [{ objective: '', capability: '', rating: 'P' }]);
  const [strengths, setStrengths] = useState<string[]>(initial?.strengths ?? []);
  const [improvements, setImprovements] = useState<Improvement[]>(initial?.improvements ?? []);
  const save = useMutation({ mutationFn: () => api.put(`/api/crisis/incidents/${incidentId}/review`, { objectives, strengths, improvements } satisfies ReviewBody), onSuccess: onDone });
  const ratingData = RATINGS.map((r) => ({ value: r, label: `${r} · ${t(`crisis.review.rating.${r}`)}` }));
  return (
    <form onSubmit={(e) => { e.preventDefault(); save.mutate(); }} data-testid="review-form">
      <Stack gap="sm" mt="sm">
        <Title order={5}>{t('crisis.review.objectives')}</Title>
        {objectives.map((o, n) => (
          <Group key={n} gap="xs" align="flex-end" wrap="wrap" data-testid="objective-row">
            <TextInput size="xs" label={t('crisis.review.objective')} value={o.objective} onChange={(e) => setObjectives(put(objectives, n, { ...o, objective: e.currentTarget.value }))} w={300} data-testid="objective-text" />
            <TextInput size="xs" label={t('crisis.review.capability')} value={o.capability} onChange={(e) => setObjectives(put(objectives, n, { ...o, capability: e.currentTarget.value }))} w={220} data-testid="objective-capability" />
            <Select size="xs" label={t('crisis.review.ratingLabel')} value={o.rating} onChange={(v) => setObjectives(put(objectives, n, { ...o, rating: (v ?? 'P') as Objective['rating'] }))} data={ratingData} w={260} data-testid="objective-rating" />
            <ActionIcon variant="subtle" color="red" aria-label={t('crisis.remove')} onClick={() => setObjectives(objectives.filter((_, j) => j !== n))}>×</ActionIcon>
          </Group>
        ))}
        <Group><Button size="compact-xs" variant="light" onClick={() => setObjectives([...objectives, { objective: '', capability: '', rating: 'P' }])} data-testid="objective-add">{t('crisis.review.addObjective')}</Button></Group>

        <Title order={5}>{t('crisis.review.strengths')}</Title>
        {strengths.map((s, n) => (
          <Group key={n} gap="xs" align="flex-start" wrap="nowrap">
            <Textarea size="xs" value={s} onChange={(e) => setStrengths(put(strengths, n, e.currentTarget.value))} autosize minRows={1} style={{ flex: 1 }} aria-label={t('crisis.review.strength')} data-testid="strength-text" />
            <ActionIcon variant="subtle" color="red" aria-label={t('crisis.remove')} onClick={() => setStrengths(strengths.filter((_, j) => j !== n))}>×</ActionIcon>
          </Group>
        ))}
        <Group><Button size="compact-xs" variant="light" onClick={() => setStrengths([...strengths, ''])} data-testid="strength-add">{t('crisis.review.addStrength')}</Button></Group>

        <Title order={5}>{t('crisis.review.improvements')}</Title>
        {improvements.map((m, n) => (
          <Group key={n} gap="xs" align="flex-start" wrap="nowrap" data-testid="improvement-row">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" style={{ flex: 1 }}>
              <Textarea size="xs" label={t('crisis.review.observation')} value={m.observation} onChange={(e) => setImprovements(put(improvements, n, { ...m, observation: e.currentTarget.value }))} autosize minRows={2} data-testid="improvement-observation" />
              <Textarea size="xs" label={t('crisis.review.analysis')} value={m.analysis} onChange={(e) => setImprovements(put(improvements, n, { ...m, analysis: e.currentTarget.value }))} autosize minRows={2} data-testid="improvement-analysis" />
              <Textarea size="xs" label={t('crisis.review.recommendation')} value={m.recommendation} onChange={(e) => setImprovements(put(improvements, n, { ...m, recommendation: e.currentTarget.value }))} autosize minRows={2} data-testid="improvement-recommendation" />
            </SimpleGrid>
            <ActionIcon mt={24} variant="subtle" color="red" aria-label={t('crisis.remove')} onClick={() => setImprovements(improvements.filter((_, j) => j !== n))}>×</ActionIcon>
          </Group>
        ))}
        <Group><Button size="compact-xs" variant="light" onClick={() => setImprovements([...improvements, { observation: '', analysis: '', recommendation: '' }])} data-testid="improvement-add">{t('crisis.review.addImprovement')}</Button></Group>

        {save.isError && <FormError message={errorText(save.error, t)} />}
        <Group gap="xs">
          <Button size="xs" type="submit" loading={save.isPending} data-testid="review-save">{t('crisis.review.save')}</Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>{t('crisis.cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ReviewView({ r }: { r: Review }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" mt="sm" data-testid="review-view">
      <Title order={5}>{t('crisis.review.objectives')}</Title>
      {r.objectives.length === 0 ? <Text size="sm" c="dimmed">{t('crisis.review.noneYet')}</Text> : (
        <div style={{ overflowX: 'auto' }}>
          <Table verticalSpacing={2}>
            <Table.Thead><Table.Tr><Table.Th>{t('crisis.review.objective')}</Table.Th><Table.Th>{t('crisis.review.capability')}</Table.Th><Table.Th>{t('crisis.review.ratingLabel')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {r.objectives.map((o, n) => (
                <Table.Tr key={n} data-testid="objective-view">
                  <Table.Td fz="sm">{o.objective}</Table.Td>
                  <Table.Td fz="sm">{o.capability}</Table.Td>
                  <Table.Td><Badge color={RATING_COLOR[o.rating]} title={t(`crisis.review.rating.${o.rating}`)}>{o.rating} · {t(`crisis.review.rating.${o.rating}`)}</Badge></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Title order={5}>{t('crisis.review.strengths')}</Title>
      {r.strengths.length === 0 ? <Text size="sm" c="dimmed">{t('crisis.review.noneYet')}</Text> : r.strengths.map((s, n) => <Text key={n} size="sm">• {s}</Text>)}
      <Title order={5}>{t('crisis.review.improvements')}</Title>
      {r.improvements.length === 0 ? <Text size="sm" c="dimmed">{t('crisis.review.noneYet')}</Text> : r.improvements.map((m, n) => (
        <SimpleGrid key={n} cols={{ base: 1, sm: 3 }} spacing="xs" data-testid="improvement-view">
          <Text size="sm"><Text span fw={600} size="xs">{t('crisis.review.observation')}: </Text>{m.observation}</Text>
          <Text size="sm"><Text span fw={600} size="xs">{t('crisis.review.analysis')}: </Text>{m.analysis}</Text>
          <Text size="sm"><Text span fw={600} size="xs">{t('crisis.review.recommendation')}: </Text>{m.recommendation}</Text>
        </SimpleGrid>
      ))}
    </Stack>
  );
}
