/**
 * A partner's status page (administrators): state, last attempt, success and error, failures in a
 * row, objects received and rejected, the cursor per collection; sync now, pause/resume, new token,
 * remove. The token itself is never shown.
 */
import { Alert, Anchor, Button, Code, Grid, Group, Modal, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { Link, linkProps, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText, serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { Section } from '../subjects/SubjectPage.tsx';
import { PartnerStateBadge, Row } from './common.tsx';
import type { Partner, SyncResult } from './types.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

export default function PartnerPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const q = useQuery({ queryKey: ['sharing-partner', id], queryFn: () => api.get<Partner>(`/api/sharing/partners/${id}`), refetchInterval: 10_000 });
  const [synced, setSynced] = useState<SyncResult | null>(null);
  const [tokenOpen, setTokenOpen] = useState(false);
  const put = (p: Partner) => {
    qc.setQueryData(['sharing-partner', id], p);
    void qc.invalidateQueries({ queryKey: ['sharing-partners'] });
  };
  const sync = useMutation({
    mutationFn: () => api.post<SyncResult>(`/api/sharing/partners/${id}/sync`),
    onSuccess: (r) => {
      setSynced(r);
      put(r.partner);
    },
  });
  const toggle = useMutation({
    mutationFn: (enabled: boolean) => api.patch<Partner>(`/api/sharing/partners/${id}`, { enabled }),
    onSuccess: (p) => {
      setSynced(null);
      put(p);
    },
  });
  const remove = useMutation({
    mutationFn: () => api.del(`/api/sharing/partners/${id}`),
    onSuccess: () => {
      qc.removeQueries({ queryKey: ['sharing-partner', id] });
      void qc.invalidateQueries({ queryKey: ['sharing-partners'] });
      navigate('/partners');
    },
  });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const p = q.data;
  const s = p.status;
  const actionError = [sync, toggle, remove].find((m) => m.isError)?.error;
  const orgName = orgs.data?.find((o) => o.id === p.receivingOrgId)?.name ?? '…';
  return (
    <Stack gap="sm" data-testid="partner-page">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={2} data-testid="partner-name">
              {p.name}
            </Title>
            <PartnerStateBadge state={s.state} size="lg" />
          </Group>
          <Text size="xs" c="dimmed" ff="monospace">
            {p.apiRoot}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" size="xs" component="a" {...linkProps('/partners')}>
            {t('sharing.partners.back')}
          </Button>
          <Button size="xs" onClick={() => sync.mutate()} loading={sync.isPending} disabled={!p.enabled} data-testid="partner-sync">
            {t('sharing.partners.syncNow')}
          </Button>
          <Button size="xs" variant="light" color={p.enabled ? 'orange' : 'green'} onClick={() => toggle.mutate(!p.enabled)} loading={toggle.isPending} data-testid="partner-toggle">
            {p.enabled ? t('sharing.partners.pause') : t('sharing.partners.resume')}
          </Button>
          <Button size="xs" variant="light" onClick={() => setTokenOpen(true)}>
            {t('sharing.partners.newToken')}
          </Button>
          <ConfirmButton size="xs" variant="subtle" color="red" loading={remove.isPending} question={t('sharing.partners.removeConfirm', { name: p.name })} onConfirm={() => remove.mutate()} data-testid="partner-remove">
            {t('sharing.partners.remove')}
          </ConfirmButton>
        </Group>
      </Group>
      <FormError message={actionError ? errorText(actionError, t) : undefined} />
      {synced && (
        <Alert
          color={synced.error ? 'red' : 'green'}
          title={synced.error ? t('sharing.partners.syncFailed') : t('sharing.partners.syncDone', { count: synced.stored })}
          withCloseButton
          onClose={() => setSynced(null)}
          data-testid="sync-result"
        >
          {synced.error && <Text size="sm">{synced.error}</Text>}
        </Alert>
      )}
      {!p.enabled && (
        <Alert color="gray" p="xs">
          <Text size="sm">{t('sharing.partners.pausedHelp')}</Text>
        </Alert>
      )}
      {s.state === 'failing' && s.lastError && (
        <Alert color="red" title={t('sharing.partners.failingTitle', { count: s.consecutiveFailures })} data-testid="partner-last-error">
          <Stack gap={2}>
            <Text size="sm" style={{ wordBreak: 'break-word' }}>
              {s.lastError}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(s.lastErrorAt, i18n.language)} · {t('sharing.partners.retryHelp')}
            </Text>
          </Stack>
        </Alert>
      )}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('sharing.partners.status')} testId="partner-status">
            <Table verticalSpacing={2} withRowBorders={false}>
              <Table.Tbody>
                <Row label={t('sharing.partners.lastAttempt')}>{formatDateTime(s.lastAttemptAt, i18n.language)}</Row>
                <Row label={t('sharing.partners.lastSuccess')}>{formatDateTime(s.lastSuccessAt, i18n.language)}</Row>
                <Row label={t('sharing.partners.lastError')}>
                  {s.lastError ? (
                    <Text size="sm" c={s.state === 'failing' ? 'red.8' : 'dimmed'} style={{ wordBreak: 'break-word' }} data-testid="partner-error">
                      {s.lastError} ({formatDateTime(s.lastErrorAt, i18n.language)})
                    </Text>
                  ) : (
                    '—'
                  )}
                </Row>
                <Row label={t('sharing.partners.failures')}>
                  <span data-testid="partner-failures">{s.consecutiveFailures}</span>
                </Row>
                <Row label={t('sharing.partners.received')}>{s.objectsReceived}</Row>
                <Row label={t('sharing.partners.rejected')}>{s.objectsRejected}</Row>
              </Table.Tbody>
            </Table>
          </Section>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Section title={t('sharing.partners.settings')}>
            <Table verticalSpacing={2} withRowBorders={false}>
              <Table.Tbody>
                <Row label={t('sharing.partners.apiRoot')}>
                  <Code>{p.apiRoot}</Code>
                </Row>
                <Row label={t('sharing.partners.collections')}>{p.collections.length ? p.collections.map((c) => <Code key={c} mr={4}>{c}</Code>) : t('sharing.partners.allCollections')}</Row>
                <Row label={t('sharing.partners.receivingOrg')}>{orgName}</Row>
                <Row label={t('sharing.partners.registered')}>{formatDateTime(p.createdAt, i18n.language)}</Row>
                <Row label={t('sharing.partners.token')}>{t('sharing.partners.tokenHidden')}</Row>
              </Table.Tbody>
            </Table>
            {can('sharing', 'read') && s.objectsReceived > 0 && (
              <Anchor component={Link} to={`/sharing${qs({ partner: p.id })}`} size="sm">
                {t('sharing.partners.seeObjects')}
              </Anchor>
            )}
          </Section>
        </Grid.Col>
      </Grid>
      <Section title={t('sharing.partners.cursors')}>
        {s.cursors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sharing.partners.noCursors')}
          </Text>
        ) : (
          <Table verticalSpacing={2} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sharing.partners.collection')}</Table.Th>
                <Table.Th>{t('sharing.partners.addedAfter')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.cursors.map((c) => (
                <Table.Tr key={c.collection}>
                  <Table.Td ff="monospace" fz="xs">{c.collection}</Table.Td>
                  <Table.Td ff="monospace" fz="xs">{c.addedAfter ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      {tokenOpen && <NewToken id={id} onClose={() => setTokenOpen(false)} onSaved={put} />}
    </Stack>
  );
}

function NewToken({ id, onClose, onSaved }: { id: string; onClose: () => void; onSaved: (p: Partner) => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.patch<Partner>(`/api/sharing/partners/${id}`, { token: token.trim() }),
    onSuccess: (p) => {
      onSaved(p);
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t('sharing.partners.newToken')}>
      <Stack gap="sm">
        <FormError message={errors._} />
        <PasswordInput label={t('sharing.partners.token')} description={t('sharing.partners.tokenHelp')} value={token} onChange={(e) => setToken(e.currentTarget.value)} error={errors.token} autoComplete="off" data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => (token.trim().length < 8 ? setErrors({ token: t('validation.tooShort', { min: 8 }) }) : m.mutate())} loading={m.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
