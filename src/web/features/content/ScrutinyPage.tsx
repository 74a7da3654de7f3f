/**
 * The scrutiny inbox of the host member state's authority: cross-border removal orders sent by other
 * member states (a copy, no case file) with their 72-hour window; decide infringement or not.
 */
import { Alert, Badge, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useSession } from '../../lib/session.tsx';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { ContentTabs, Field, OrderCountdown, OrderStateBadge, ScrutinyCountdown } from './common.tsx';
import type { ScrutinyItem } from './types.ts';

export default function ScrutinyPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['content-scrutiny'], queryFn: () => api.get<{ items: ScrutinyItem[] }>('/api/content/scrutiny') });
  const open = q.data?.items.filter((i) => i.scrutiny?.state === 'pending') ?? [];
  const done = q.data?.items.filter((i) => i.scrutiny?.state !== 'pending') ?? [];
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Group gap="xs">
        <Title order={2}>{t('content.scrutiny.title')}</Title>
        {q.data && <Badge color={open.length ? 'blue' : 'gray'}>{t('content.scrutiny.openCount', { count: open.length })}</Badge>}
      </Group>
      <Text size="sm" c="dimmed">{t('content.scrutiny.intro')}</Text>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('content.scrutiny.none')}>{t('content.scrutiny.noneHelp')}</Empty>}
      {open.map((i) => (
        <ScrutinyCard key={i.id} item={i} receivedAt={q.dataUpdatedAt} />
      ))}
      {done.length > 0 && <Title order={4}>{t('content.scrutiny.closedTitle')}</Title>}
      {done.map((i) => (
        <ScrutinyCard key={i.id} item={i} receivedAt={q.dataUpdatedAt} />
      ))}
    </Stack>
  );
}

function ScrutinyCard({ item: i, receivedAt }: { item: ScrutinyItem; receivedAt: number }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [decision, setDecision] = useState('');
  const [reasoning, setReasoning] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post(`/api/content/orders/${i.id}/scrutiny`, { decision, reasoning: reasoning.trim() }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['content-scrutiny'] }),
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const decide = () => {
    const errs: FieldErrors = {};
    if (!decision) errs.decision = t('validation.choose');
    if (reasoning.trim().length < 10) errs.reasoning = t('validation.tooShort', { min: 10 });
    if (Object.keys(errs).length) return setErrors(errs);
    setErrors({});
    m.mutate();
  };
  const pending = i.scrutiny?.state === 'pending';
  return (
    <Paper withBorder p="sm" data-testid="scrutiny-item">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <div style={{ minWidth: 0 }}>
            <Text fw={700} style={{ wordBreak: 'break-all' }}>{i.url}</Text>
            <Text size="xs" c="dimmed">{t(`content.offence.${i.offence}.text`)}</Text>
          </div>
          <Group gap="xs">
            <OrderStateBadge state={i.state} />
            {i.scrutiny && <ScrutinyCountdown scrutiny={i.scrutiny} receivedAt={receivedAt} />}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Field label={t('content.order.issuingAuthority')}>{i.issuingAuthority.name}</Field>
          <Field label={t('content.case.provider')}>{i.provider.name} ({i.provider.country})</Field>
          <Field label={t('content.order.issued')}>{formatDateTime(i.issuedAt, i18n.language)}</Field>
          <Field label={t('content.countdown.title')}>{i.countdown ? <OrderCountdown countdown={i.countdown} state={i.state} receivedAt={receivedAt} compact /> : '—'}</Field>
        </SimpleGrid>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{i.reasons}</Text>
        {i.scrutiny?.reasoning && (
          <Alert color={i.scrutiny.decision === 'infringement' ? 'red' : 'green'} variant="light" title={i.scrutiny.decision ? t(`content.scrutiny.decision.${i.scrutiny.decision}`) : undefined}>
            {i.scrutiny.reasoning}
          </Alert>
        )}
        {pending && can('content', 'approve') && (
          <Paper withBorder p="xs" bg="gray.0">
            <Stack gap="xs">
              <FormError message={errors._} />
              <Radio.Group label={t('content.scrutiny.decide')} required value={decision} onChange={setDecision} error={errors.decision}>
                <Group gap="lg" mt={4}>
                  <Radio value="no_infringement" label={t('content.scrutiny.decision.no_infringement')} />
                  <Radio value="infringement" label={t('content.scrutiny.decision.infringement')} color="red" />
                </Group>
              </Radio.Group>
              {decision === 'infringement' && <Text size="xs" c="red">{t('content.scrutiny.infringementHelp')}</Text>}
              <Textarea label={t('content.scrutiny.reasoning')} required autosize minRows={2} value={reasoning} onChange={(e) => setReasoning(e.currentTarget.value)} error={errors.reasoning} />
              <Group justify="flex-end">
                <Button color={decision === 'infringement' ? 'red' : 'blue'} loading={m.isPending} onClick={decide} data-testid="scrutiny-submit">
                  {t('content.scrutiny.submit')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
