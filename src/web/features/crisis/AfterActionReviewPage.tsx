/**
 * The after-action review of an incident (HSEEP): objectives mapped to capabilities and rated P/S/M/U,
 * strengths, areas for improvement (finding, analysis, lesson), and the improvement plan — corrective
 * actions with owner organisation and role, due date and status; an action linked to a protocol
 * template closes when the template's revised version is published.
 */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { errorText } from '../../lib/validation.ts';
import { IncidentSubPage } from './IncidentSubPage.tsx';
import { useInvalidate } from './live.ts';
import { ReviewActions } from './ReviewActions.tsx';
import { ReviewForm, ReviewView } from './ReviewForm.tsx';
import type { IncidentDetail, ReviewAnswer } from './types.ts';

export default function AfterActionReviewPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <IncidentSubPage id={id} title={t('crisis.review.title')} testId="review-page" intro={<Text size="sm" c="dimmed">{t('crisis.review.intro')}</Text>}>
      {(i) => <ReviewBody i={i} />}
    </IncidentSubPage>
  );
}

function ReviewBody({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const inv = useInvalidate(i.id);
  const q = useQuery({ queryKey: ['crisis', 'incident', i.id, 'review'], queryFn: () => api.get<ReviewAnswer>(`/api/crisis/incidents/${i.id}/review`) });
  const [editing, setEditing] = useState(false);
  const complete = useMutation({ mutationFn: () => api.post(`/api/crisis/incidents/${i.id}/review/complete`), onSuccess: inv });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const r = q.data.review;
  const draft = !r || r.status === 'draft';
  if (!r && !editing) {
    return (
      <Paper withBorder p="sm" data-testid="review-none">
        <Text size="sm">{t('crisis.review.none')}</Text>
        {i.can.write && <Button mt="xs" size="xs" onClick={() => setEditing(true)} data-testid="review-start">{t('crisis.review.start')}</Button>}
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Badge color={draft ? 'yellow' : 'green'} data-testid="review-status">{t(`crisis.review.status.${r?.status ?? 'draft'}`)}</Badge>
            {r?.completedAt && <Text size="xs" c="dimmed">{t('crisis.review.completedAt', { at: formatDateTime(r.completedAt, i18n.language) })}</Text>}
          </Group>
          <Group gap="xs">
            {draft && i.can.write && !editing && <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="review-edit">{t('crisis.review.edit')}</Button>}
            {r && draft && i.can.approve && !editing && <Button size="xs" color="green" onClick={() => complete.mutate()} loading={complete.isPending} data-testid="review-complete">{t('crisis.review.complete')}</Button>}
          </Group>
        </Group>
        {complete.isError && <FormError message={errorText(complete.error, t)} />}
        {editing && draft ? (
          <ReviewForm incidentId={i.id} initial={r} onDone={() => { setEditing(false); inv(); }} onCancel={() => setEditing(false)} />
        ) : (
          r && <ReviewView r={r} />
        )}
      </Paper>
      {r && <ReviewActions i={i} r={r} />}
    </Stack>
  );
}
