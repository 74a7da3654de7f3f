/**
 * Issue #17: the confirmation before a binding order goes out (provider, one-hour deadline, the
 * scrutinising authority of a cross-border order), and a failed delivery shown red with what to do:
 * retry, copy a fresh portal link, or mark it delivered by other means (with a note, audited).
 */
import { Alert, Badge, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import type { Authority, Order } from './types.ts';

/** The competent authorities of a member state (to scrutinise a cross-border order). */
export function useAuthorities(country: string, enabled: boolean) {
  return useQuery({ queryKey: ['content-authorities', country], queryFn: () => api.get<{ items: Authority[] }>(`/api/content/authorities?country=${encodeURIComponent(country)}`), enabled });
}

export function IssueConfirm(props: {
  order: Order;
  crossBorder: boolean;
  authority: string | null;
  setAuthority: (v: string | null) => void;
  error?: string | undefined;
  authorityError?: string | undefined;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const o = props.order;
  const removal = o.kind === 'removal_order';
  const auth = useAuthorities(o.provider.country, props.crossBorder);
  const items = auth.data?.items ?? [];
  const vars = { provider: o.provider.name, country: o.provider.country };
  return (
    <Modal opened onClose={props.onClose} title={removal ? t('content.orderSafety.confirmTitle') : t('content.orderSafety.confirmReferralTitle')} size="lg">
      <Stack gap="sm" data-testid="issue-confirm">
        <Alert color={removal ? 'red' : 'blue'} variant="light">
          <Stack gap={4}>
            <Text size="sm">{removal ? t('content.orderSafety.confirmBinding', vars) : t('content.orderSafety.confirmReferral', vars)}</Text>
            {removal && <Text size="sm" fw={700}>{t('content.orderSafety.confirmDeadline')}</Text>}
          </Stack>
        </Alert>
        {props.crossBorder && (
          <>
            <Text size="sm">{t('content.orderSafety.confirmCrossBorder')}</Text>
            {auth.isSuccess && items.length === 0 ? (
              <Alert color="orange" variant="light">{t('content.orderSafety.noAuthorities', { country: o.provider.country })}</Alert>
            ) : (
              <Select
                label={t('content.scrutiny.chooseAuthority', { country: o.provider.country })}
                description={t('content.scrutiny.chooseAuthorityHelp')}
                data={items.map((x) => ({ value: x.id, label: x.contact ? `${x.name} — ${x.contact}` : x.name }))}
                value={props.authority}
                onChange={props.setAuthority}
                error={props.authorityError}
                required
                data-testid="scrutiny-authority"
              />
            )}
          </>
        )}
        <FormError message={props.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button color={removal ? 'red' : 'blue'} loading={props.pending} disabled={props.crossBorder && !props.authority} onClick={props.onConfirm} data-testid="issue-confirm-button">
            {removal ? t('content.orderSafety.confirm') : t('content.orderSafety.confirmReferralButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The badge beside the order's state when its delivery failed. */
export function DeliveryFailedBadge({ order: o }: { order: Order }) {
  const { t } = useTranslation();
  if (o.delivery?.state !== 'failed') return null;
  return <Badge color="red" variant="filled" data-testid="delivery-failed-badge">{t('content.orderSafety.failedBadge')}</Badge>;
}

/** A failed delivery, red, with its reason and the actions of the issuing authority; or how it was delivered otherwise. */
export function DeliveryAlert({ order: o, mayAct, onDone }: { order: Order; mayAct: boolean; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [marking, setMarking] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const retry = useMutation({ mutationFn: () => api.post(`/api/content/orders/${o.id}/delivery/retry`, {}), onSuccess: onDone, onError: (e) => setErrors(serverErrors(e, t)) });
  const portal = useMutation({
    mutationFn: () => api.post<{ url: string }>(`/api/content/orders/${o.id}/portal-link`, {}),
    onSuccess: async (r) => {
      setLink(r.url);
      try {
        await navigator.clipboard.writeText(r.url);
        setCopied(true);
      } catch {
        setCopied(false); // no clipboard (insecure context): the link is shown to copy by hand
      }
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const d = o.delivery;
  if (!d) return null;
  if (d.state === 'other_means') {
    return (
      <Alert color="gray" variant="light" title={t('content.orderSafety.otherMeansDone')} data-testid="delivery-other-means">
        <Text size="sm">{formatDateTime(d.deliveredAt, i18n.language)}{d.note ? ` — ${d.note}` : ''}</Text>
      </Alert>
    );
  }
  if (d.state !== 'failed') return null;
  return (
    <Alert color="red" variant="filled" title={t('content.orderSafety.failedTitle')} data-testid="delivery-failed">
      <Stack gap={6}>
        <Text size="sm" fw={700} data-testid="delivery-failed-reason">{t('content.orderSafety.reason', { error: d.lastError ?? '—' })} · {formatDateTime(d.lastAttemptAt, i18n.language)}</Text>
        <Text size="sm">{t('content.orderSafety.failedHelp')}</Text>
        <FormError message={errors._} />
        {mayAct && (
          <Group gap="xs">
            <Button size="compact-sm" variant="white" color="red" loading={retry.isPending} onClick={() => retry.mutate()} data-testid="delivery-retry">{t('content.orderSafety.retry')}</Button>
            <Button size="compact-sm" variant="white" color="dark" loading={portal.isPending} onClick={() => portal.mutate()} data-testid="delivery-copy-link">{t('content.orderSafety.copyLink')}</Button>
            <Button size="compact-sm" variant="white" color="dark" onClick={() => setMarking(true)} data-testid="delivery-other-means-open">{t('content.orderSafety.otherMeans')}</Button>
          </Group>
        )}
        {link && (
          <Stack gap={2}>
            <TextInput label={t('content.orderSafety.linkShown')} value={link} readOnly onFocus={(e) => e.currentTarget.select()} data-testid="delivery-portal-link" styles={{ label: { color: 'white' } }} />
            {copied && <Text size="xs">{t('content.orderSafety.linkCopied')}</Text>}
          </Stack>
        )}
      </Stack>
      {marking && <OtherMeansModal order={o} onClose={() => setMarking(false)} onDone={onDone} />}
    </Alert>
  );
}

function OtherMeansModal({ order: o, onClose, onDone }: { order: Order; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post(`/api/content/orders/${o.id}/delivery/other-means`, { note: note.trim() }),
    onSuccess: () => {
      onDone();
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t('content.orderSafety.otherMeansTitle')}>
      <Stack gap="sm">
        <Text size="sm">{t('content.orderSafety.otherMeansHelp')}</Text>
        <FormError message={errors._} />
        <Textarea label={t('content.orderSafety.note')} required autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} data-autofocus data-testid="other-means-note" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={m.isPending} onClick={() => (note.trim().length < 5 ? setErrors({ note: t('validation.tooShort', { min: 5 }) }) : m.mutate())} data-testid="other-means-confirm">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
