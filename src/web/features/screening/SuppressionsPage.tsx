/**
 * Remembered false positives of the organisation (traveller identity × entry, with the reason), which
 * can be revoked so the pair alerts again; and the referrals of escalated list hits.
 */
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link, setQuery, useLocation } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { byText, ScoreBadge, TravellerLine } from './common.tsx';
import type { Referral, Suppression } from './types.ts';

export default function SuppressionsPage() {
  const { t } = useTranslation();
  const loc = useLocation();
  const tab = loc.query.get('tab') === 'referrals' ? 'referrals' : 'suppressions';
  return (
    <Stack gap="md">
      <Title order={2}>{t('screening.suppressions.title')}</Title>
      <Tabs value={tab} onChange={(v) => setQuery({ tab: v === 'referrals' ? 'referrals' : undefined, active: undefined })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="suppressions" data-testid="tab-suppressions">
            {t('screening.suppressions.tab')}
          </Tabs.Tab>
          <Tabs.Tab value="referrals" data-testid="tab-referrals">
            {t('screening.referrals.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="suppressions" pt="sm">
          <Suppressions />
        </Tabs.Panel>
        <Tabs.Panel value="referrals" pt="sm">
          <Referrals />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function Suppressions() {
  const { t, i18n } = useTranslation();
  const { can, me } = useSession();
  const loc = useLocation();
  const active = (loc.query.get('active') ?? 'true') as 'true' | 'false' | 'all';
  const [revoking, setRevoking] = useState<Suppression | null>(null);
  const q = useQuery({ queryKey: ['screening-suppressions', active], queryFn: () => api.get<{ items: Suppression[] }>(`/api/screening/suppressions${qs({ active, limit: 500 })}`) });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('screening.suppressions.intro', { org: me.organisation.name })}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={active}
        onChange={(v) => setQuery({ active: v === 'true' ? undefined : v })}
        data={[
          { value: 'true', label: t('screening.suppressions.active') },
          { value: 'false', label: t('screening.suppressions.revoked') },
          { value: 'all', label: t('screening.suppressions.all') },
        ]}
      />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('screening.suppressions.none')}>{t('screening.suppressions.noneHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing={6} striped data-testid="suppressions-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('screening.hit.traveller')}</Table.Th>
                  <Table.Th>{t('screening.hit.listedEntry')}</Table.Th>
                  <Table.Th>{t('screening.suppressions.reason')}</Table.Th>
                  <Table.Th>{t('screening.suppressions.decided')}</Table.Th>
                  <Table.Th>{t('screening.suppressions.state')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((s) => (
                  <Table.Tr key={s.id} data-testid="suppression-row">
                    <Table.Td>
                      <TravellerLine traveller={s.traveller} />
                    </Table.Td>
                    <Table.Td>
                      {s.entryId ? (
                        <Text size="sm" ff="monospace">
                          {s.entryId}
                        </Text>
                      ) : (
                        <Text size="sm" fw={700} c="grape.8">
                          {s.listed ? t('screening.hit.listedContact', { organisation: s.listed.replace(/^listed — contact /, '') }) : '—'}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm">{s.reason}</Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">{formatDateTime(s.createdAt, i18n.language)}</Text>
                      <Text size="xs" c="dimmed">
                        {byText(s.createdBy, me.id, t)} ·{' '}
                        <Anchor component={Link} to={`/screening/hits/${s.hitId}`} size="xs">
                          {t('screening.suppressions.hit')}
                        </Anchor>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {s.revoked ? (
                        <Stack gap={0}>
                          <Badge color="gray">{t('screening.suppressions.revokedOn', { at: formatDateTime(s.revoked.at, i18n.language) })}</Badge>
                          <Text size="xs" c="dimmed">
                            {s.revoked.reason}
                          </Text>
                        </Stack>
                      ) : (
                        <Badge color="teal">{t('screening.suppressions.activeOne')}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {!s.revoked && can('screening', 'write') && (
                        <Button size="xs" variant="light" color="red" onClick={() => setRevoking(s)} data-testid="revoke">
                          {t('screening.suppressions.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {revoking && <RevokeModal s={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}

function RevokeModal({ s, onClose }: { s: Suppression; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post(`/api/screening/suppressions/${s.id}/revoke`, { reason: reason.trim() }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['screening-suppressions'] });
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    if (reason.trim().length < 5) return setErrors({ reason: t('validation.reason') });
    m.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('screening.suppressions.revokeTitle')}>
      <Stack>
        <Text size="sm">{t('screening.suppressions.revokeHelp', { name: s.traveller?.name ?? '—' })}</Text>
        {errors._ && <Alert color="red">{errors._}</Alert>}
        <Textarea label={t('screening.suppressions.revokeReason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} data-testid="revoke-reason" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={submit} loading={m.isPending} data-testid="revoke-submit">
            {t('screening.suppressions.revoke')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function Referrals() {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['screening-referrals'], queryFn: () => api.get<{ items: Referral[] }>(`/api/screening/referrals${qs({ limit: 200 })}`) });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('screening.referrals.intro')}
      </Text>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('screening.referrals.none')} />}
      {q.data && q.data.items.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing={6} striped data-testid="referrals-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('screening.referrals.at')}</Table.Th>
                  <Table.Th>{t('screening.hit.score')}</Table.Th>
                  <Table.Th>{t('screening.hit.traveller')}</Table.Th>
                  <Table.Th>{t('screening.hit.listedEntry')}</Table.Th>
                  <Table.Th>{t('screening.referrals.travel')}</Table.Th>
                  <Table.Th>{t('screening.referrals.from')}</Table.Th>
                  <Table.Th>{t('screening.decide.noteLabel')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>
                      <ScoreBadge score={r.score} size="sm" />
                    </Table.Td>
                    <Table.Td>
                      <TravellerLine traveller={r.traveller} />
                    </Table.Td>
                    <Table.Td ff="monospace">{r.entryId}</Table.Td>
                    <Table.Td>{[r.travel.flight, r.travel.date, r.travel.port].filter(Boolean).join(' · ') || '—'}</Table.Td>
                    <Table.Td>{r.from.organisation}</Table.Td>
                    <Table.Td maw={300}>
                      <Text size="sm">{r.note || '—'}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
