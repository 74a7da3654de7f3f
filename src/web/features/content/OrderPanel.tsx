/**
 * One referral or removal order on a case: state, the live one-hour countdown, duplicates to
 * acknowledge before issuing, cross-border scrutiny and its 72-hour window, the provider's answer,
 * the appeal, withdraw/revoke, and the webhook deliveries with every attempt.
 */
import { Alert, Badge, Button, Checkbox, Collapse, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { useSession } from '../../lib/session.tsx';
import { errorText, serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { DeliveryAlert, DeliveryFailedBadge, IssueConfirm } from './DeliveryActions.tsx';
import { Field, formatDuration, OrderCountdown, OrderStateBadge, ScrutinyCountdown } from './common.tsx';
import type { Delivery, Order } from './types.ts';

export function OrderPanel({ order: o, caseId, receivedAt, owner }: { order: Order; caseId: string; receivedAt: number; owner: boolean }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const [appealing, setAppealing] = useState(false);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['content-case', caseId] });
    void qc.invalidateQueries({ queryKey: ['content-order', o.id] });
    void qc.invalidateQueries({ queryKey: ['content-orders'] });
  };
  const approver = owner && can('content', 'approve');
  const mayIssue = owner && (o.kind === 'removal_order' ? can('content', 'approve') : can('content', 'write'));
  const mayWithdraw = owner && (o.status === 'draft' ? can('content', 'write') : o.kind === 'removal_order' ? can('content', 'approve') : can('content', 'write'));
  const live = ['draft', 'issued', 'contested'].includes(o.status);
  return (
    <Paper withBorder p="sm" data-testid="order" data-order-id={o.id} data-state={o.state} style={o.state === 'overdue' || o.delivery?.state === 'failed' ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={4}>{t(`content.order.kind.${o.kind}`)}</Title>
            <OrderStateBadge state={o.state} size="md" />
            <DeliveryFailedBadge order={o} />
            {o.scrutiny && <Badge variant="outline" color="indigo">{t('content.order.crossBorder')}</Badge>}
            {o.duplicatesAcknowledged && <Badge variant="outline" color="yellow" c="dark">{t('content.order.duplicatesAcknowledged')}</Badge>}
          </Group>
          <Group gap="xs">
            {live && mayWithdraw && (
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setWithdrawing(true)} data-testid="order-withdraw">
                {o.status === 'draft' ? t('content.order.withdraw') : t('content.order.revoke')}
              </Button>
            )}
            {approver && o.issuedAt && o.status !== 'withdrawn' && o.appeal?.status !== 'upheld' && o.appeal?.status !== 'overturned' && (
              <Button size="compact-sm" variant="subtle" onClick={() => setAppealing(true)} data-testid="order-appeal">
                {t('content.appeal.record')}
              </Button>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
          <Field label={t('content.order.issuingAuthority')}>{o.issuingAuthority.name}</Field>
          <Field label={t('content.case.provider')}>{o.provider.name} ({o.provider.country})</Field>
          <Field label={t('content.order.drafted')}>{formatDateTime(o.createdAt, i18n.language)}</Field>
          <Field label={t('content.order.issued')}>{formatDateTime(o.issuedAt, i18n.language)}</Field>
        </SimpleGrid>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{o.reasons}</Text>
        {o.countdown && (
          <Paper withBorder p="xs" bg={o.state === 'overdue' ? 'red.0' : 'gray.0'}>
            <Group justify="space-between" align="center">
              <Text size="sm" fw={600}>{t('content.countdown.title')}</Text>
              <OrderCountdown countdown={o.countdown} state={o.state} receivedAt={receivedAt} />
            </Group>
          </Paper>
        )}
        {o.status === 'draft' && mayIssue && <IssueDraft order={o} onDone={refresh} />}
        {o.status === 'draft' && !mayIssue && <Text size="sm" c="dimmed">{t('content.order.needApprove')}</Text>}
        {o.outcome && (
          <Alert color={o.outcome.action === 'removed' || o.outcome.action === 'disabled' ? 'green' : o.outcome.action === 'contested' ? 'orange' : 'grape'} variant="light" data-testid="order-outcome" title={t(`content.outcome.${o.outcome.action}`)}>
            <Stack gap={2}>
              <Text size="sm">
                {t('content.outcome.answered', { when: formatDateTime(o.outcome.at, i18n.language) })}
                {o.outcome.removedAt && ` · ${t('content.outcome.removedAt', { when: formatDateTime(o.outcome.removedAt, i18n.language) })}`}
              </Text>
              {o.timeToRemovalSeconds !== null && (
                <Text size="sm" fw={700} data-testid="order-time-to-removal">
                  {t('content.outcome.timeToRemoval', { duration: formatDuration(o.timeToRemovalSeconds, t) })}
                  {o.kind === 'removal_order' && ` · ${o.timeToRemovalSeconds <= 3600 ? t('content.outcome.withinHour') : t('content.outcome.late')}`}
                </Text>
              )}
              {o.outcome.note && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>“{o.outcome.note}”</Text>}
            </Stack>
          </Alert>
        )}
        {o.scrutiny && (
          <Paper withBorder p="xs" data-testid="order-scrutiny">
            <Group justify="space-between" wrap="wrap">
              <Text size="sm" fw={600}>
                {t('content.scrutiny.byAuthority', { authority: o.scrutiny.authority?.name ?? '—' })}
              </Text>
              <ScrutinyCountdown scrutiny={o.scrutiny} receivedAt={receivedAt} />
            </Group>
            {o.scrutiny.reasoning && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {o.scrutiny.reasoning} <Text span size="xs" c="dimmed">({formatDateTime(o.scrutiny.decidedAt, i18n.language)})</Text>
              </Text>
            )}
          </Paper>
        )}
        {o.appeal && (
          <Text size="sm" data-testid="order-appeal-state">
            <b>{t('content.appeal.title')}:</b> {t(`content.appeal.status.${o.appeal.status}`)} · {formatDateTime(o.appeal.at, i18n.language)}
            {o.appeal.note && ` — ${o.appeal.note}`}
          </Text>
        )}
        {o.withdrawnReason && (
          <Text size="sm" c="dimmed">
            <b>{t(o.status === 'withdrawn' ? 'content.order.withdrawnBecause' : 'content.order.revokedBecause')}</b> {o.withdrawnReason}
          </Text>
        )}
        {o.issuedAt && <DeliveryAlert order={o} mayAct={owner && can('content', 'write')} onDone={refresh} />}
        {o.issuedAt && <Deliveries orderId={o.id} version={o.updatedAt} />}
      </Stack>
      {withdrawing && <WithdrawModal order={o} onClose={() => setWithdrawing(false)} onDone={refresh} />}
      {appealing && <AppealModal order={o} onClose={() => setAppealing(false)} onDone={refresh} />}
    </Paper>
  );
}

function IssueDraft({ order: o, onDone }: { order: Order; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const orgs = useOrganisations();
  const [ack, setAck] = useState(false);
  const [authority, setAuthority] = useState<string | null>(null);
  const [needAuthority, setNeedAuthority] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post<Order>(`/api/content/orders/${o.id}/issue`, { acknowledgeDuplicates: ack, ...(authority ? { scrutinyAuthorityId: authority } : {}) }),
    onSuccess: () => {
      setErrors({});
      setConfirming(false);
      onDone();
    },
    onError: (e) => {
      if (e instanceof ApiError && e.field === 'scrutinyAuthorityId') setNeedAuthority(true);
      if (e instanceof ApiError && e.field === 'acknowledgeDuplicates') setConfirming(false);
      // New duplicates since drafting: the server stored them on the draft; show them.
      if (e instanceof ApiError && e.field === 'acknowledgeDuplicates') onDone();
      setErrors(serverErrors(e, t));
    },
  });
  const dups = o.duplicates;
  const issuer = (orgs.data ?? []).find((x) => x.id === o.issuingAuthority.id);
  const crossBorder = o.kind === 'removal_order' && (needAuthority || (!!issuer && issuer.country !== o.provider.country));
  return (
    <Stack gap="xs" data-testid="issue-draft">
      {dups.length > 0 && (
        <Alert color="yellow" title={t('content.duplicates.title', { count: dups.length })} data-testid="duplicates">
          <Stack gap={6}>
            <Text size="sm">{t('content.duplicates.help')}</Text>
            <Table verticalSpacing={2} data-testid="duplicates-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('content.duplicates.authority')}</Table.Th>
                  <Table.Th>{t('content.order.kindLabel')}</Table.Th>
                  <Table.Th>{t('content.duplicates.reason')}</Table.Th>
                  <Table.Th>{t('content.order.issued')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {dups.map((d) => (
                  <Table.Tr key={d.orderId}>
                    <Table.Td fw={600}>{d.issuingAuthority}</Table.Td>
                    <Table.Td>{t(`content.order.kind.${d.kind}`, { defaultValue: d.kind })}</Table.Td>
                    <Table.Td>
                      {t(`content.duplicates.by.${d.reason}`)}
                      {d.reason === 'pdq' && d.distance !== undefined && ` (${t('content.match.distance')} ${d.distance})`}
                    </Table.Td>
                    <Table.Td>{formatDateTime(d.issuedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Checkbox label={t('content.duplicates.acknowledge')} checked={ack} onChange={(e) => setAck(e.currentTarget.checked)} data-testid="duplicates-ack" />
          </Stack>
        </Alert>
      )}
      <FormError message={errors._ ?? (errors.acknowledgeDuplicates && !ack ? errors.acknowledgeDuplicates : undefined) ?? (!confirming ? errors.scrutinyAuthorityId : undefined)} />
      <Group justify="space-between">
        <Text size="xs" c="dimmed">{o.kind === 'removal_order' ? t('content.order.issueHelpRemoval') : t('content.order.issueHelpReferral')}</Text>
        <Button color={o.kind === 'removal_order' ? 'red' : 'blue'} disabled={dups.length > 0 && !ack} loading={m.isPending} onClick={() => setConfirming(true)} data-testid="order-issue">
          {o.kind === 'removal_order' ? t('content.order.issueRemoval') : t('content.order.issueReferral')}
        </Button>
      </Group>
      {confirming && (
        <IssueConfirm
          order={o}
          crossBorder={crossBorder}
          authority={authority}
          setAuthority={setAuthority}
          error={errors._}
          authorityError={errors.scrutinyAuthorityId}
          pending={m.isPending}
          onConfirm={() => m.mutate()}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}

function WithdrawModal({ order: o, onClose, onDone }: { order: Order; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post<Order>(`/api/content/orders/${o.id}/withdraw`, { reason: reason.trim() }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const draft = o.status === 'draft';
  return (
    <Modal opened onClose={onClose} title={draft ? t('content.order.withdrawTitle') : t('content.order.revokeTitle')}>
      <Stack gap="sm">
        <Text size="sm">{draft ? t('content.order.withdrawHelp') : t('content.order.revokeHelp')}</Text>
        <FormError message={errors._} />
        <Textarea label={t('content.order.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            color="red"
            loading={m.isPending}
            onClick={() => (reason.trim().length < 5 ? setErrors({ reason: t('validation.reason') }) : m.mutate())}
            data-testid="withdraw-confirm"
          >
            {draft ? t('content.order.withdraw') : t('content.order.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AppealModal({ order: o, onClose, onDone }: { order: Order; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const options = o.appeal?.status === 'lodged' ? (['upheld', 'overturned'] as const) : (['lodged'] as const);
  const [status, setStatus] = useState<string>(options[0]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post<Order>(`/api/content/orders/${o.id}/appeal`, { status, note: note.trim() }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t('content.appeal.record')}>
      <Stack gap="sm">
        <Text size="sm">{t('content.appeal.help')}</Text>
        <FormError message={errors._} />
        <Select label={t('content.appeal.statusLabel')} allowDeselect={false} data={options.map((s) => ({ value: s, label: t(`content.appeal.status.${s}`) }))} value={status} onChange={(v) => v && setStatus(v)} error={errors.status} />
        {status === 'overturned' && <Alert color="orange" variant="light">{t('content.appeal.overturnHelp')}</Alert>}
        {status === 'upheld' && o.status === 'contested' && <Alert color="blue" variant="light">{t('content.appeal.upholdHelp')}</Alert>}
        <Textarea label={t('content.appeal.note')} required autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={m.isPending} onClick={() => (note.trim().length < 5 ? setErrors({ note: t('validation.tooShort', { min: 5 }) }) : m.mutate())} data-testid="appeal-confirm">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const DELIVERY_COLOR: Record<string, string> = { pending: 'blue', delivered: 'green', failed: 'red' };

/** When to look again: just after the next attempt of a pending delivery (3 s to 5 min), or never. */
function nextLook(ds: Delivery[]): number | false {
  const next = ds.filter((d) => d.status === 'pending').map((d) => (d.nextAttemptAt ? Date.parse(d.nextAttemptAt) : Date.now()));
  if (next.length === 0) return false;
  return Math.min(300_000, Math.max(3_000, Math.min(...next) - Date.now() + 1_500));
}

/** The webhook deliveries of an order and every attempt (status code, error, duration). */
function Deliveries({ orderId, version }: { orderId: string; version: string }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const q = useQuery({
    // Read again when the order changes, and every few seconds while a delivery is still being tried.
    queryKey: ['content-order', orderId, version],
    queryFn: () => api.get<Order>(`/api/content/orders/${orderId}`),
    refetchInterval: (query) => nextLook(query.state.data?.deliveries ?? []),
  });
  const ds: Delivery[] = q.data?.deliveries ?? [];
  const attempts = ds.reduce((n, d) => n + d.log.length, 0);
  return (
    <div data-testid="deliveries">
      <Group gap="xs">
        <Button size="compact-xs" variant="subtle" onClick={toggle} aria-expanded={opened} data-testid="deliveries-toggle">
          {opened ? '▾' : '▸'} {t('content.deliveries.title', { count: ds.length, attempts })}
        </Button>
        {ds.map((d) => (
          <Badge key={d.id} size="sm" variant="light" color={DELIVERY_COLOR[d.status] ?? 'gray'} data-testid="delivery-status">
            {d.event} · {t(`content.deliveries.status.${d.status}`, { defaultValue: d.status })}
          </Badge>
        ))}
        {q.isError && <Text size="xs" c="red">{errorText(q.error, t)}</Text>}
      </Group>
      <Collapse expanded={opened}>
        {ds.length === 0 ? (
          <Text size="sm" c="dimmed" mt={4}>{t('content.deliveries.none')}</Text>
        ) : (
          <Table verticalSpacing={2} mt={4} data-testid="deliveries-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('content.deliveries.event')}</Table.Th>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('content.deliveries.at')}</Table.Th>
                <Table.Th>{t('content.deliveries.result')}</Table.Th>
                <Table.Th ta="right">{t('content.deliveries.duration')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ds.flatMap((d) => [
                ...d.log.map((a) => (
                  <Table.Tr key={`${d.id}-${a.attempt}`}>
                    <Table.Td ff="monospace" fz="xs">{d.event}</Table.Td>
                    <Table.Td>{a.attempt}</Table.Td>
                    <Table.Td fz="xs">{formatDateTime(a.at, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c={a.statusCode && a.statusCode < 300 ? 'green.8' : 'red'}>
                        {a.statusCode ? `HTTP ${a.statusCode}` : ''}
                        {a.error ? ` ${a.error}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right" fz="xs" ff="monospace">{a.durationMs !== null ? `${a.durationMs} ms` : '—'}</Table.Td>
                  </Table.Tr>
                )),
                ...(d.status === 'pending'
                  ? [
                      <Table.Tr key={`${d.id}-next`}>
                        <Table.Td ff="monospace" fz="xs">{d.event}</Table.Td>
                        <Table.Td>—</Table.Td>
                        <Table.Td colSpan={3} fz="xs" c="dimmed">
                          {t('content.deliveries.next', { when: formatDateTime(d.nextAttemptAt, i18n.language) })}
                        </Table.Td>
                      </Table.Tr>,
                    ]
                  : []),
              ])}
            </Table.Tbody>
          </Table>
        )}
      </Collapse>
    </div>
  );
}
