/**
 * A content case: markings banner, URL, provider, offence, legal assessment, evidence screenshot
 * (upload, view on demand), content hashes, and its referrals and removal orders.
 */
import { Alert, Anchor, Badge, Box, Button, Code, CopyButton, FileInput, Grid, Group, Image, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkingsBanner } from '../../components/MarkingsBanner.tsx';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText, serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { CaseStatusBadge, ContentTabs, Field, formatDuration, SignalsTable } from './common.tsx';
import { OrderPanel } from './OrderPanel.tsx';
import type { ContentCase, Order } from './types.ts';

const LIVE = new Set(['pending', 'overdue', 'contested']);

export default function ContentCasePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const q = useQuery({
    queryKey: ['content-case', id],
    queryFn: () => api.get<ContentCase>(`/api/content/cases/${id}`),
    // While an order waits for the provider, look again now and then (answers come through the portal;
    // every read is audited, so not often: the countdowns tick in the browser).
    // A delivery still being tried: sooner, so a failure shows (red) within seconds (issue #17).
    refetchInterval: (query) => {
      const os = query.state.data?.orders ?? [];
      if (os.some((o) => o.delivery?.state === 'pending')) return 5_000;
      return os.some((o) => LIVE.has(o.state)) ? 30_000 : false;
    },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <Stack gap="sm"><ContentTabs /><ErrorState error={q.error} onRetry={() => void q.refetch()} /></Stack>;
  const c = q.data;
  const owner = c.markings.ownerOrgId === me.organisation.id;
  const canWrite = owner && can('content', 'write');
  const orders = c.orders ?? [];
  return (
    <Stack gap="sm" data-testid="content-case">
      <ContentTabs />
      <MarkingsBanner markings={c.markings} />
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Anchor component={Link} to="/content/cases" size="sm">
            ← {t('content.cases.title')}
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <Title order={3} style={{ wordBreak: 'break-all' }} data-testid="case-url">
              {c.url}
            </Title>
            <CopyButton value={c.url}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy}>
                  {copied ? t('common.copied') : t('common.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="xs" c="dimmed">{t('content.case.urlNotLinked')}</Text>
        </div>
        <CaseStatusBadge status={c.status} />
      </Group>
      <Paper withBorder p="sm">
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm">
          <Field label={t('content.case.provider')}>
            {c.provider.name} <Text span size="xs" c="dimmed">{c.provider.country}</Text>
          </Field>
          <Field label={t('content.case.offence')}>{t(`content.offence.${c.offence}.label`)}</Field>
          <Field label={t('content.case.opened')}>{formatDateTime(c.createdAt, i18n.language)}</Field>
          <Field label={t('content.case.closed')}>{formatDateTime(c.closedAt, i18n.language)}</Field>
          <Field label={t('content.case.timeToRemoval')}>
            <Text span fw={700} c={c.timeToRemovalSeconds != null ? (c.timeToRemovalSeconds <= 3600 ? 'green.8' : 'red') : undefined} data-testid="case-time-to-removal">
              {formatDuration(c.timeToRemovalSeconds, t)}
            </Text>
          </Field>
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">{t(`content.offence.${c.offence}.text`)}</Text>
      </Paper>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="sm" h="100%">
            <Title order={4} mb="xs">{t('content.case.assessment')}</Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-assessment">{c.assessment}</Text>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Evidence c={c} canWrite={canWrite && c.status === 'open'} />
        </Grid.Col>
      </Grid>
      <Paper withBorder p="sm">
        <Title order={4} mb="xs">{t('content.signals.caseTitle')}</Title>
        <SignalsTable signals={c.signals} />
      </Paper>
      {(c.failedDeliveries?.length ?? 0) > 0 && (
        <Alert color="red" variant="filled" title={t('content.orderSafety.caseFailed')} data-testid="case-delivery-failed">
          {c.failedDeliveries!.map((f) => (
            <Text key={f.orderId} size="sm">{t('content.orderSafety.caseFailedOrder', { id: f.orderId.slice(0, 8), error: f.error ?? '—' })}</Text>
          ))}
        </Alert>
      )}
      <Stack gap="xs" data-testid="orders">
        <Title order={3}>{t('content.order.title')}</Title>
        {orders.length === 0 && <Text size="sm" c="dimmed">{t('content.order.none')}</Text>}
        {orders
          .slice()
          .reverse()
          .map((o) => (
            <OrderPanel key={o.id} order={o} caseId={c.id} receivedAt={q.dataUpdatedAt} owner={owner} />
          ))}
        {canWrite && c.status === 'open' && <NewOrder caseId={c.id} orders={orders} />}
        {c.status === 'closed' && <Alert color="gray" variant="light">{t('content.case.closedHelp')}</Alert>}
      </Stack>
    </Stack>
  );
}

function Evidence({ c, canWrite }: { c: ContentCase; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [shown, setShown] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const up = useMutation({
    mutationFn: (f: File) => api.send('PUT', `/api/content/cases/${c.id}/evidence`, f),
    onSuccess: () => {
      setFile(null);
      setShown(false);
      void qc.invalidateQueries({ queryKey: ['content-case', c.id] });
    },
    onError: (e) => setError(errorText(e, t)),
  });
  return (
    <Paper withBorder p="sm" h="100%" data-testid="evidence">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('content.evidence.title')}</Title>
        {c.evidence && (
          <Button size="compact-xs" variant="light" onClick={() => setShown(!shown)} data-testid="evidence-toggle">
            {shown ? t('content.evidence.hide') : t('content.evidence.show')}
          </Button>
        )}
      </Group>
      {c.evidence ? (
        <Stack gap={4}>
          <Box style={{ overflow: 'hidden', borderRadius: 4, background: '#f1f3f5' }}>
            {shown ? (
              <Image src={`/api/content/cases/${c.id}/evidence?v=${c.evidence.sha256 ?? ''}`} alt={t('content.evidence.alt')} mah={320} fit="contain" data-testid="evidence-image" />
            ) : (
              <Text size="sm" c="dimmed" p="md" ta="center">{t('content.evidence.hidden')}</Text>
            )}
          </Box>
          <Text size="xs" c="dimmed">
            {t('content.evidence.meta', { type: c.evidence.type, when: formatDateTime(c.evidence.uploadedAt, i18n.language) })} · SHA-256 <Code>{c.evidence.sha256?.slice(0, 16)}…</Code>
          </Text>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">{t('content.evidence.none')}</Text>
      )}
      {canWrite && (
        <Group align="end" gap="xs" mt="xs">
          <FileInput
            label={c.evidence ? t('content.evidence.replace') : t('content.evidence.upload')}
            placeholder={t('content.evidence.choose')}
            accept="image/png,image/jpeg,image/webp"
            value={file}
            onChange={(f) => {
              setFile(f);
              setError(null);
            }}
            clearable
            style={{ flex: 1 }}
            data-testid="evidence-file"
          />
          <Button variant="light" disabled={!file} loading={up.isPending} onClick={() => file && up.mutate(file)} data-testid="evidence-upload">
            {t('content.evidence.send')}
          </Button>
        </Group>
      )}
      {error && <Alert color="red" role="alert" mt="xs">{error}</Alert>}
    </Paper>
  );
}

function NewOrder({ caseId, orders }: { caseId: string; orders: Order[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<'referral' | 'removal_order'>('removal_order');
  const [reasons, setReasons] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: (b: unknown) => api.post<Order>(`/api/content/cases/${caseId}/orders`, b),
    onSuccess: () => {
      setReasons('');
      void qc.invalidateQueries({ queryKey: ['content-case', caseId] });
      void qc.invalidateQueries({ queryKey: ['content-orders'] });
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reasons.trim().length < 20) return setErrors({ reasons: t('validation.tooShort', { min: 20 }) });
    setErrors({});
    m.mutate({ kind, reasons: reasons.trim() });
  };
  const hasDraft = orders.some((o) => o.status === 'draft');
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="new-order">
      <Stack gap="xs">
        <Title order={4}>{t('content.order.newTitle')}</Title>
        <FormError message={errors._} />
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as typeof kind)}
          data={[
            { value: 'removal_order', label: t('content.order.kind.removal_order') },
            { value: 'referral', label: t('content.order.kind.referral') },
          ]}
          w="fit-content"
          data-testid="order-kind"
        />
        <Text size="xs" c="dimmed">{t(`content.order.kindHelp.${kind}`)}</Text>
        <Textarea label={t('content.order.reasons')} description={t('content.order.reasonsHelp')} required autosize minRows={3} value={reasons} onChange={(e) => setReasons(e.currentTarget.value)} error={errors.reasons} name="reasons" />
        {hasDraft && <Badge color="yellow" c="dark" variant="light">{t('content.order.draftExists')}</Badge>}
        <Group justify="flex-end">
          <Button type="submit" loading={m.isPending} data-testid="order-draft">{t('content.order.draft')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
