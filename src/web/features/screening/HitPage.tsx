/**
 * Reviewing one hit: the traveller beside the listed entry with the explanation, then the officer's
 * decision — true match, false positive (reason; remembered as a suppression) or escalation. Vigil
 * never decides; every decision is kept and shown. A hit-no-hit shows only "Listed — contact ORG".
 */
import { Alert, Anchor, Badge, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, linkProps } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { batchTitle } from './BatchPage.tsx';
import { byText, HitStatusBadge, ScoreBadge, TravellerLine } from './common.tsx';
import { Comparison } from './Comparison.tsx';
import type { Batch, Hit, HitWithHistory } from './types.ts';
import { ListedAfterTravel } from './ListUpdates.tsx';

type Choice = 'true_match' | 'false_positive' | 'escalate';
const CHOICE_COLOR: Record<Choice, string> = { true_match: 'red', false_positive: 'teal', escalate: 'grape' };
const DECISION_COLOR: Record<string, string> = { true_match: 'red', false_positive: 'teal', escalate: 'grape' };

export default function HitPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const q = useQuery({ queryKey: ['screening-hit', id], queryFn: () => api.get<HitWithHistory>(`/api/screening/hits/${id}`) });
  const batchId = q.data?.batchId;
  const bq = useQuery({ queryKey: ['screening-batch', batchId], queryFn: () => api.get<Batch>(`/api/screening/batches/${batchId}`), enabled: !!batchId });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const h = q.data;
  const canDecide = can('screening', 'write') && (h.status === 'open' || h.status === 'true_match');
  return (
    <Stack gap="md" data-testid="hit-page" data-view={h.view}>
      <Anchor component={Link} to={`/screening/batches/${h.batchId}`} size="sm">
        ← {t('screening.hit.backToQueue', { batch: bq.data ? batchTitle(bq.data, t) : '' })}
      </Anchor>
      <Group gap="sm" align="center">
        <Title order={2}>{t('screening.hit.title')}</Title>
        <ScoreBadge score={h.score} size="xl" />
        <HitStatusBadge status={h.status} size="lg" />
        {h.listedAfterTravel && <ListedAfterTravel size="lg" />}
        <Badge variant="default" size="lg">
          {h.source}
        </Badge>
        {h.view === 'full' && h.delisted && (
          <Badge color="gray" size="lg">
            {t('screening.hit.delisted')}
          </Badge>
        )}
      </Group>
      {h.traveller?.warnings && h.traveller.warnings.length > 0 && (
        <Alert color="orange" title={t('screening.hit.warnings')}>
          {h.traveller.warnings.join('; ')}
        </Alert>
      )}
      <Listed hit={h} />
      <SimpleGrid cols={{ base: 1, lg: canDecide ? 2 : 1 }} spacing="md">
        {canDecide && <DecisionForm hit={h} />}
        <History hit={h} />
      </SimpleGrid>
    </Stack>
  );
}

function Listed({ hit: h }: { hit: HitWithHistory }) {
  const { t } = useTranslation();
  if (h.view === 'full') {
    return (
      <>
        {h.entryId && (
          <Text size="sm" c="dimmed">
            {t('screening.hit.entryOn', { entry: h.entryId, list: h.source })}
          </Text>
        )}
        <Comparison traveller={h.traveller} entry={h.entry} explanation={h.explanation} />
      </>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p="md" bg="blue.0">
        <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
          {t('screening.hit.traveller')}
        </Text>
        <TravellerLine traveller={h.traveller} />
      </Paper>
      {h.view === 'hit' ? (
        <Alert color="grape" variant="filled" title={t('screening.hit.listedContact', { organisation: h.contact.organisation })} data-testid="listed-contact">
          {t('screening.hit.hitNoHitHelp', { organisation: h.contact.organisation })}
        </Alert>
      ) : (
        <Alert color="gray" title={t('screening.hit.withdrawn')}>
          {t('screening.hit.withdrawnHelp')}
        </Alert>
      )}
    </SimpleGrid>
  );
}

function DecisionForm({ hit: h }: { hit: Hit }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const onlyEscalate = h.status === 'true_match';
  const [choice, setChoice] = useState<Choice | ''>(onlyEscalate ? 'escalate' : '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: (b: { decision: Choice; reason: string }) => api.post<HitWithHistory>(`/api/screening/hits/${h.id}/decision`, b),
    onSuccess: (r) => {
      qc.setQueryData(['screening-hit', h.id], r);
      void qc.invalidateQueries({ queryKey: ['screening-queue', h.batchId] });
      void qc.invalidateQueries({ queryKey: ['screening-batch', h.batchId] });
      void qc.invalidateQueries({ queryKey: ['screening-batches'] });
      void qc.invalidateQueries({ queryKey: ['screening-suppressions'] });
      void qc.invalidateQueries({ queryKey: ['screening-referrals'] });
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const choices: Choice[] = onlyEscalate ? ['escalate'] : ['true_match', 'false_positive', 'escalate'];
  const needsReason = choice === 'false_positive' || choice === 'escalate';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors = {};
    if (!choice) errs.decision = t('screening.decide.pick');
    if (needsReason && reason.trim().length < 5) errs.reason = t('validation.reason');
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !choice) return;
    m.mutate({ decision: choice, reason: reason.trim() });
  };
  const escalateHelp = h.source === 'national' ? t('screening.decide.escalateNational') : t('screening.decide.escalateReferral');
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid="decision-form">
      <Stack gap="sm">
        <Title order={4}>{onlyEscalate ? t('screening.decide.titleEscalate') : t('screening.decide.title')}</Title>
        <Alert color="blue" variant="light" py="xs" data-testid="never-decides">
          {t('screening.neverDecides')}
        </Alert>
        <Radio.Group value={choice} onChange={(v) => setChoice(v as Choice)} error={errors.decision} label={t('screening.decide.question')} required>
          <Stack gap={6} mt={4}>
            {choices.map((c) => (
              <Radio.Card key={c} value={c} p="sm" radius="sm" style={{ borderLeft: `6px solid var(--mantine-color-${CHOICE_COLOR[c]}-6)` }} data-testid={`decide-${c}`}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <div>
                    <Text fw={700}>{t(`screening.decision.${c}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {c === 'escalate' ? escalateHelp : t(`screening.decide.help.${c}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={choice === 'escalate' ? t('screening.decide.noteLabel') : t('screening.decide.reasonLabel')}
          description={choice === 'false_positive' ? t('screening.decide.reasonFpHelp') : choice === 'escalate' ? t('screening.decide.noteHelp') : choice === 'true_match' ? t('screening.decide.reasonOptional') : t('screening.decide.reasonHelp')}
          required={needsReason}
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.reason}
          maxLength={2000}
          data-testid="decide-reason"
        />
        <FormError message={errors._} />
        <Group justify="flex-end">
          <Button type="submit" color={choice ? CHOICE_COLOR[choice] : undefined} loading={m.isPending} data-testid="decide-submit" size="md">
            {choice ? t('screening.decide.record', { decision: t(`screening.decision.${choice}`) }) : t('screening.decide.recordPlain')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function History({ hit: h }: { hit: HitWithHistory }) {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  // After a decision: the next open hit of the same batch, so the queue can be worked through in order.
  const next = useQuery({
    queryKey: ['screening-queue', h.batchId, 'open'],
    queryFn: () => api.get<{ items: Hit[] }>(`/api/screening/batches/${h.batchId}/hits${qs({ status: 'open', limit: 200 })}`),
    enabled: h.history.length > 0 && can('screening', 'write'),
  });
  const nextHit = next.data?.items.find((x) => x.id !== h.id && x.status === 'open');
  return (
    <Paper withBorder p="md" data-testid="decision-history">
      <Stack gap="sm">
        <Title order={4}>{t('screening.history.title')}</Title>
        {h.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('screening.history.none')}
          </Text>
        ) : (
          <Timeline bulletSize={18} lineWidth={2} active={h.history.length}>
            {h.history.map((d, i) => (
              <Timeline.Item key={i} color={DECISION_COLOR[d.decision]} title={<Badge color={DECISION_COLOR[d.decision]}>{t(`screening.decision.${d.decision}`)}</Badge>}>
                {d.reason && (
                  <Text size="sm" mt={4} data-testid="history-reason">
                    {d.reason}
                  </Text>
                )}
                <Text size="xs" c="dimmed" mt={2}>
                  {t('screening.history.byAt', { by: byText(d.by, me.id, t), at: formatDateTime(d.at, i18n.language) })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {h.suppressionId && (
          <Alert color="teal" variant="light" data-testid="suppression-note">
            {t('screening.history.suppressed')}{' '}
            <Anchor component={Link} to="/suppressions" size="sm" data-testid="to-suppressions">
              {t('screening.history.seeSuppressions')}
            </Anchor>
          </Alert>
        )}
        {h.reportId && (
          <Alert color="grape" variant="light">
            {t('screening.history.reported')}{' '}
            {can('intel') && (
              <Anchor component={Link} to={`/reports/${h.reportId}`} size="sm">
                {t('screening.history.openReport')}
              </Anchor>
            )}
          </Alert>
        )}
        {h.referralId && (
          <Alert color="grape" variant="light">
            {t('screening.history.referred')}
          </Alert>
        )}
        {h.history.length > 0 && (
          <Group>
            {nextHit ? (
              <Button component="a" {...linkProps(`/screening/hits/${nextHit.id}`)} variant="light" data-testid="next-hit">
                {t('screening.history.nextHit')} →
              </Button>
            ) : (
              next.data && (
                <Button component="a" {...linkProps(`/screening/batches/${h.batchId}`)} variant="light" color="green">
                  {t('screening.history.queueDone')}
                </Button>
              )
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
