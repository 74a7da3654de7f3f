/**
 * The hosting provider's portal (public: no Vigil account). The link in the webhook carries a token in
 * its fragment (#token=…), which never reaches the server's logs; the page moves it out of the address
 * bar into this tab's storage and sends it in the x-portal-token header. The provider reads the order
 * and its countdown, and confirms removal or disabling, contests (removal orders) or declines (referrals).
 */
import { Alert, Anchor, Button, Container, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { LogoIcon } from '../../components/Icons.tsx';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, ApiError } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { Field, formatDuration, Hash, OrderCountdown, OrderStateBadge } from './common.tsx';
import type { PortalOrder } from './types.ts';

const storeKey = (id: string) => `vigil.portal.${id}`;

/** The token from the link's fragment (kept for this tab, so a reload works), else from this tab's storage. */
function readToken(id: string): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  const fromLink = m ? decodeURIComponent(m[1]!) : '';
  try {
    if (fromLink) sessionStorage.setItem(storeKey(id), fromLink);
    return fromLink || sessionStorage.getItem(storeKey(id)) || '';
  } catch {
    return fromLink;
  }
}

export default function PortalPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [token] = useState(() => readToken(id));
  useEffect(() => {
    // Out of the address bar: not in history, bookmarks, screenshots or a copied link.
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);
  return (
    <Container size="md" py="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap={6}>
            <LogoIcon />
            <Text fw={800} size="lg">Vigil</Text>
            <Text c="dimmed">· {t('content.portal.title')}</Text>
          </Group>
          <LanguageSwitcher signedIn={false} />
        </Group>
        {token ? <PortalOrderView id={id} token={token} /> : <NoToken />}
        <Text size="xs" c="dimmed">{t('content.portal.footer')}</Text>
      </Stack>
    </Container>
  );
}

function NoToken() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('content.portal.invalidTitle')} data-testid="portal-invalid">
      {t('content.portal.noToken')}
    </Alert>
  );
}

function PortalOrderView({ id, token }: { id: string; token: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['portal-order', id], queryFn: () => api.portal<PortalOrder>('GET', `/api/portal/orders/${encodeURIComponent(id)}`, token), retry: false });
  if (q.isPending) return <Loading />;
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) {
      return (
        <Alert color="gray" title={t('content.portal.invalidTitle')} data-testid="portal-invalid">
          {t('content.portal.invalid')}
        </Alert>
      );
    }
    return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  }
  const o = q.data;
  return (
    <Stack gap="sm" data-testid="portal-order">
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={2}>{t(`content.order.kind.${o.kind}`)}</Title>
              <Text size="sm" c="dimmed">{o.kind === 'removal_order' ? t('content.portal.removalHelp') : t('content.portal.referralHelp')}</Text>
            </div>
            <OrderStateBadge state={o.state} size="lg" />
          </Group>
          {o.dueAt && o.secondsLeft !== null && (
            <Paper withBorder p="xs" bg={o.secondsLeft < 0 ? 'red.0' : 'gray.0'}>
              <Group justify="space-between">
                <Text fw={600} size="sm">{t('content.portal.timeLeft')}</Text>
                <OrderCountdown countdown={{ dueAt: o.dueAt, secondsLeft: o.secondsLeft, overdue: o.secondsLeft < 0, escalatedAt: null }} state={o.state} receivedAt={q.dataUpdatedAt} showEscalation={false} />
              </Group>
            </Paper>
          )}
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Field label={t('content.order.issuingAuthority')}>{o.issuingAuthority}</Field>
            <Field label={t('content.portal.provider')}>{o.provider}</Field>
            <Field label={t('content.order.issued')}>{formatDateTime(o.issuedAt, i18n.language)}</Field>
          </SimpleGrid>
          <Field label={t('content.case.url')}>
            <Text fw={700} style={{ wordBreak: 'break-all' }} data-testid="portal-url">{o.url}</Text>
          </Field>
          <Field label={t('content.case.offence')}>{t(`content.offence.${o.offence}.text`, { defaultValue: o.offenceText })}</Field>
          <Field label={t('content.order.reasons')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{o.reasons}</Text>
          </Field>
          {o.contentHashes.length > 0 && (
            <Field label={t('content.signals.caseTitle')}>
              <Stack gap={2}>
                {o.contentHashes.map((h, i) => (
                  <Group key={i} gap="xs" wrap="wrap">
                    {h.pdq && <><Text size="xs" fw={700}>PDQ</Text><Hash value={h.pdq} /></>}
                    {h.md5 && <><Text size="xs" fw={700}>MD5</Text><Hash value={h.md5} /></>}
                    {h.sha256 && <><Text size="xs" fw={700}>SHA-256</Text><Hash value={h.sha256} /></>}
                  </Group>
                ))}
              </Stack>
            </Field>
          )}
        </Stack>
      </Paper>
      {o.outcome && (
        <Alert color={o.outcome.action === 'removed' || o.outcome.action === 'disabled' ? 'green' : 'orange'} title={t(`content.outcome.${o.outcome.action}`)} data-testid="portal-outcome">
          <Text size="sm">
            {t('content.outcome.answered', { when: formatDateTime(o.outcome.at, i18n.language) })}
            {o.outcome.removedAt && ` · ${t('content.outcome.removedAt', { when: formatDateTime(o.outcome.removedAt, i18n.language) })}`}
            {o.outcome.removedAt && o.issuedAt && ` · ${t('content.outcome.timeToRemoval', { duration: formatDuration((Date.parse(o.outcome.removedAt) - Date.parse(o.issuedAt)) / 1000, t) })}`}
          </Text>
          {o.outcome.note && <Text size="sm">“{o.outcome.note}”</Text>}
        </Alert>
      )}
      {o.canAnswer && <AnswerForm order={o} token={token} />}
      {!o.canAnswer && !o.outcome && <Alert color="gray">{t('content.portal.nothingToAnswer', { state: t(`content.state.${o.state}`, { defaultValue: o.state }) })}</Alert>}
      <Text size="xs" c="dimmed">
        {t('content.portal.redress')} <Anchor href="https://eur-lex.europa.eu/eli/reg/2021/784/oj" target="_blank" rel="noreferrer noopener" size="xs">Regulation (EU) 2021/784</Anchor>
      </Text>
    </Stack>
  );
}

function AnswerForm({ order: o, token }: { order: PortalOrder; token: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [action, setAction] = useState<string>('');
  const [note, setNote] = useState('');
  const [actionAt, setActionAt] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: (b: unknown) => api.portal<PortalOrder>('POST', `/api/portal/orders/${encodeURIComponent(o.id)}`, token, b),
    onSuccess: (r) => {
      qc.setQueryData(['portal-order', o.id], r);
      setErrors({});
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const removal = action === 'removed' || action === 'disabled';
  const submit = () => {
    const errs: FieldErrors = {};
    if (!action) errs.action = t('validation.choose');
    if (action === 'contested' && note.trim().length < 10) errs.note = t('content.portal.contestReasons');
    let at: string | undefined;
    if (removal && actionAt) {
      const d = new Date(actionAt);
      if (Number.isNaN(d.getTime())) errs.actionAt = t('validation.format');
      else at = d.toISOString();
    }
    if (Object.keys(errs).length) return setErrors(errs);
    setErrors({});
    m.mutate({ action, note: note.trim(), ...(at ? { actionAt: at } : {}) });
  };
  return (
    <Paper withBorder p="sm" data-testid="portal-answer">
      <Stack gap="xs">
        <Title order={4}>{t('content.portal.answerTitle')}</Title>
        <FormError message={errors._} />
        <Radio.Group value={action} onChange={setAction} error={errors.action} label={t('content.portal.whatDone')} required>
          <Stack gap={6} mt={4}>
            {o.answers.map((a) => (
              <Radio key={a} value={a} label={t(`content.portal.answer.${a}`)} description={t(`content.portal.answerHelp.${a}`)} data-testid={`portal-action-${a}`} />
            ))}
          </Stack>
        </Radio.Group>
        {removal && <DateTimeField label={t('content.portal.actionAt')} description={t('content.portal.actionAtHelp')} value={actionAt} onChange={setActionAt} error={errors.actionAt} w={280} data-testid="portal-action-at" />}
        <Textarea
          label={action === 'contested' ? t('content.portal.reasons') : t('content.portal.note')}
          required={action === 'contested'}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          data-testid="portal-note"
        />
        <Group justify="flex-end">
          <Button loading={m.isPending} onClick={submit} color={action === 'contested' || action === 'declined' ? 'orange' : 'green'} data-testid="portal-submit">
            {t('content.portal.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
