/**
 * One alert: the composer while it is a draft its reader may edit; otherwise the approval view — the
 * message in every language, its area, the differences from the message it follows, the CAP XML as it
 * will be published — with the actions the reader may take (approve, publish, return, Update, Cancel).
 */
import { Alert as Notice, Anchor, Button, Code, Group, Paper, ScrollArea, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import { AlertBadges, headlineOf } from './common.tsx';
import Composer from './Composer.tsx';
import type { AlertContent, AlertDetail, Preview } from './types.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

const AreaMap = lazy(() => import('./AreaMap.tsx'));

/** The fields that differ between the previous message and this one (language.field → old, new). */
function differences(prev: AlertContent, cur: AlertContent): Array<{ field: string; before: string; after: string }> {
  const out: Array<{ field: string; before: string; after: string }> = [];
  for (const k of ['status', 'urgency', 'severity', 'certainty', 'expires', 'web', 'contact'] as const) {
    if (String(prev[k] ?? '') !== String(cur[k] ?? '')) out.push({ field: k, before: String(prev[k] ?? ''), after: String(cur[k] ?? '') });
  }
  for (const k of ['category', 'responseType'] as const) if (prev[k].join(', ') !== cur[k].join(', ')) out.push({ field: k, before: prev[k].join(', '), after: cur[k].join(', ') });
  for (const info of cur.info) {
    const old = prev.info.find((i) => i.language === info.language);
    for (const k of ['event', 'headline', 'description', 'instruction', 'sms'] as const) {
      if ((old?.[k] ?? '') !== info[k]) out.push({ field: `${info.language} ${k}`, before: old?.[k] ?? '', after: info[k] });
    }
  }
  const area = (a: AlertContent['area']) => JSON.stringify(a);
  if (area(prev.area) !== area(cur.area)) out.push({ field: 'area', before: `${prev.area.description} (${prev.area.municipalities.join(', ')})`, after: `${cur.area.description} (${cur.area.municipalities.join(', ')})` });
  return out;
}

function Review({ alert }: { alert: AlertDetail }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const preview = useQuery({ queryKey: ['alert-preview', alert.id, alert.state, alert.version], queryFn: () => api.get<Preview>(`/api/alerts/${alert.id}/preview`) });
  const act = useMutation({
    mutationFn: (step: 'approve' | 'publish' | 'return' | 'Update' | 'Cancel') =>
      step === 'approve'
        ? api.post<AlertDetail>(`/api/alerts/${alert.id}/approve`, { version: alert.version })
        : step === 'publish'
          ? api.post<AlertDetail>(`/api/alerts/${alert.id}/publish`)
          : step === 'return'
            ? api.post<AlertDetail>(`/api/alerts/${alert.id}/return`, { version: alert.version, reason })
            : api.post<AlertDetail>(`/api/alerts/${alert.id}/follow-up`, { msgType: step }),
    onSuccess: (a) => {
      void qc.invalidateQueries({ queryKey: ['alerts'] });
      if (a.id !== alert.id) navigate(`/alerts/${a.id}`);
      else qc.setQueryData(['alert', a.id], a);
    },
  });
  const diff = preview.data?.previous ? differences(preview.data.previous.content, alert.content) : null;
  const wrote = alert.state !== 'published' && alert.state !== 'draft' && !alert.can.approve && !alert.can.publish;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        {alert.content.info.map((info) => (
          <Paper key={info.language} withBorder p="sm" data-testid={`review-${info.language}`}>
            <Text size="xs" c="dimmed">
              {t(`alerts.language.${info.language}`)} · {info.event}
            </Text>
            <Text fw={700}>{info.headline}</Text>
            <Text size="sm">{info.description}</Text>
            <Text size="sm" fs="italic">
              {info.instruction}
            </Text>
            <Code block mt={4}>
              {info.sms}
            </Code>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder p="sm">
        <Text size="sm" fw={600}>
          {t('alerts.area.title')}: {alert.content.area.description}
        </Text>
        <Suspense fallback={<Loading />}>
          <AreaMap area={alert.content.area} height={300} />
        </Suspense>
      </Paper>
      {(alert.state === 'awaiting_approval' || alert.state === 'approved') && (
        <Paper withBorder p="sm" data-testid="review-diff">
          <Title order={4}>{t('alerts.review.diff')}</Title>
          {!diff && <Text size="sm">{t('alerts.review.noDiff')}</Text>}
          {diff && (
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                {diff.map((d) => (
                  <Table.Tr key={d.field}>
                    <Table.Td fw={600}>{d.field}</Table.Td>
                    <Table.Td c="red.8" td="line-through">
                      {d.before}
                    </Table.Td>
                    <Table.Td c="green.8">{d.after}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      )}
      {wrote && <Notice color="gray">{t('alerts.review.secondPerson')}</Notice>}
      {act.isError && <FormError message={errorText(act.error, t)} />}
      <Group>
        {alert.can.approve && (
          <Button onClick={() => act.mutate('approve')} loading={act.isPending} data-testid="approve-alert">
            {t('alerts.action.approve')}
          </Button>
        )}
        {alert.can.publish && (
          <ConfirmButton color="red" question={t('alerts.action.confirmPublish')} onConfirm={() => act.mutate('publish')} loading={act.isPending} data-testid="publish-alert">
            {t('alerts.action.publish')}
          </ConfirmButton>
        )}
        {alert.can.followUp && (
          <>
            <Button variant="light" onClick={() => act.mutate('Update')} data-testid="update-alert">
              {t('alerts.action.update')}
            </Button>
            <Button variant="light" color="red" onClick={() => act.mutate('Cancel')} data-testid="cancel-alert">
              {t('alerts.action.cancel')}
            </Button>
          </>
        )}
        {alert.links && (
          <>
            <Anchor href={alert.links.xml} target="_blank" size="sm" data-testid="alert-xml-link">
              {t('alerts.action.viewXml')}
            </Anchor>
            <Anchor href={alert.links.signature} size="sm">
              {t('alerts.action.signature')}
            </Anchor>
          </>
        )}
      </Group>
      {(alert.can.approve || alert.can.publish) && (
        <Group align="end">
          <Textarea label={t('alerts.action.returnReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={1} w={420} />
          <Button variant="subtle" disabled={!reason.trim()} onClick={() => act.mutate('return')}>
            {t('alerts.action.return')}
          </Button>
        </Group>
      )}
      <Paper withBorder p="sm">
        <Title order={4}>{alert.state === 'published' ? t('alerts.action.viewXml') : t('alerts.review.preview')}</Title>
        {preview.isPending && <Loading />}
        {preview.data && (
          <ScrollArea h={320}>
            <Code block data-testid="alert-xml">
              {preview.data.xml}
            </Code>
          </ScrollArea>
        )}
      </Paper>
      <Text size="xs" c="dimmed">
        {t('alerts.meta.draftedBy')} {alert.draftedBy.name}
        {alert.approvedBy && ` · ${t('alerts.meta.approvedBy')} ${alert.approvedBy.name}`}
        {alert.publishedBy && ` · ${t('alerts.meta.publishedBy')} ${alert.publishedBy.name} ${formatDateTime(alert.publishedAt, i18n.language)}`}
      </Text>
    </Stack>
  );
}

export default function AlertPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['alert', id], queryFn: () => api.get<AlertDetail>(`/api/alerts/${id}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  return (
    <Stack gap="sm" data-testid="alert-page">
      {a.status === 'Exercise' && (
        <Notice color="orange" variant="filled" data-testid="exercise-banner">
          {t('alerts.exercise')} — {t('alerts.exerciseHelp')}
        </Notice>
      )}
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={2}>{headlineOf(a, i18n.language) || t('alerts.newAlert')}</Title>
          <Text size="xs" c="dimmed">
            {a.organisation}
            {a.identifier && ` · ${a.identifier}`}
            {a.incident && ` · ${t('alerts.meta.incident')}: ${a.incident.title}`}
            {a.referencesId && (
              <>
                {' · '}
                {t('alerts.meta.references')}{' '}
                <Anchor component={Link} to={`/alerts/${a.referencesId}`} size="xs">
                  {a.referencesId.slice(0, 8)}
                </Anchor>
              </>
            )}
          </Text>
        </Stack>
        <AlertBadges a={a} />
      </Group>
      {a.can.edit ? <Composer alert={a} /> : <Review alert={a} />}
    </Stack>
  );
}
