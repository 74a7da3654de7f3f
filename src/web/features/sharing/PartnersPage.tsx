/**
 * Partner instances (administrators): the instances this one pulls from over TAXII 2.1, each with its
 * state (healthy, failing with the last error, waiting for its first pull, paused), and registration.
 */
import { Anchor, Button, Code, Group, Modal, Paper, PasswordInput, Select, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { PartnerStateBadge } from './common.tsx';
import type { Partner } from './types.ts';

export default function PartnersPage() {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ['sharing-partners'], queryFn: () => api.get<{ partners: Partner[] }>('/api/sharing/partners'), refetchInterval: 15_000 });
  const orgs = useOrganisations();
  const [creating, setCreating] = useState(false);
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? '…';
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('sharing.partners.title')}</Title>
        <Button size="xs" onClick={() => setCreating(true)} data-testid="new-partner">
          {t('sharing.partners.register')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('sharing.partners.intro')}
      </Text>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.partners.length === 0 && <Empty title={t('sharing.partners.none')}>{t('sharing.partners.noneHelp')}</Empty>}
      {q.data && q.data.partners.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing={4} data-testid="partners-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sharing.partners.name')}</Table.Th>
                  <Table.Th>{t('sharing.partners.status')}</Table.Th>
                  <Table.Th>{t('sharing.partners.lastSuccess')}</Table.Th>
                  <Table.Th ta="right">{t('sharing.partners.received')}</Table.Th>
                  <Table.Th>{t('sharing.partners.receivingOrg')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.partners.map((p) => (
                  <Table.Tr key={p.id} data-testid="partner-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/partners/${p.id}`} fw={600} size="sm">
                        {p.name}
                      </Anchor>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {p.apiRoot}
                      </Text>
                    </Table.Td>
                    <Table.Td maw={380}>
                      <PartnerStateBadge state={p.status.state} />
                      {p.status.state === 'failing' && p.status.lastError && (
                        <Text size="xs" c="red.8" lineClamp={2} title={p.status.lastError}>
                          {t('sharing.partners.failuresInRow', { count: p.status.consecutiveFailures })}: {p.status.lastError}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">{formatDateTime(p.status.lastSuccessAt, i18n.language)}</Table.Td>
                    <Table.Td ta="right" fz="sm">
                      {p.status.objectsReceived}
                      {p.status.objectsRejected > 0 && (
                        <Text span size="xs" c="red.8">
                          {' '}
                          ({t('sharing.partners.rejectedN', { count: p.status.objectsRejected })})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td fz="sm">{orgName(p.receivingOrgId)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <Text size="xs" c="dimmed">
        {t('sharing.taxiiHelp')} <Code>{`${window.location.origin}/taxii2/`}</Code>{' '}
        <Anchor component={Link} to="/tokens" size="xs">
          {t('nav.tokens')}
        </Anchor>
      </Text>
      {creating && <RegisterPartner onClose={() => setCreating(false)} />}
    </Stack>
  );
}

function RegisterPartner({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const [v, setV] = useState({ name: '', apiRoot: '', token: '', collections: [] as string[], receivingOrgId: me.organisation.id });
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post<Partner>('/api/sharing/partners', { ...v, name: v.name.trim(), apiRoot: v.apiRoot.trim(), token: v.token.trim() }),
    onSuccess: (p) => {
      qc.setQueryData(['sharing-partner', p.id], p);
      void qc.invalidateQueries({ queryKey: ['sharing-partners'] });
      onClose();
      navigate(`/partners/${p.id}`);
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    const errs: FieldErrors = {};
    if (v.name.trim().length < 2) errs.name = t('validation.tooShort', { min: 2 });
    if (!/^https?:\/\/[^\s/]+/.test(v.apiRoot.trim())) errs.apiRoot = t('sharing.partners.apiRootInvalid');
    if (v.token.trim().length < 8) errs.token = t('validation.tooShort', { min: 8 });
    setErrors(errs);
    if (Object.keys(errs).length === 0) m.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('sharing.partners.register')} size="lg">
      <Stack gap="sm" data-testid="partner-form">
        <FormError message={errors._} />
        <TextInput label={t('sharing.partners.name')} required value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errors.name} name="name" data-autofocus />
        <TextInput
          label={t('sharing.partners.apiRoot')}
          description={t('sharing.partners.apiRootHelp')}
          placeholder="https://vigil.partner.example/taxii2/vigil/"
          required
          value={v.apiRoot}
          onChange={(e) => setV({ ...v, apiRoot: e.currentTarget.value })}
          error={errors.apiRoot}
          name="apiRoot"
          ff="monospace"
        />
        <PasswordInput
          label={t('sharing.partners.token')}
          description={t('sharing.partners.tokenHelp')}
          required
          value={v.token}
          onChange={(e) => setV({ ...v, token: e.currentTarget.value })}
          error={errors.token}
          name="token"
          autoComplete="off"
        />
        <TagsInput
          label={t('sharing.partners.collections')}
          description={t('sharing.partners.collectionsHelp')}
          value={v.collections}
          onChange={(c) => setV({ ...v, collections: c })}
          error={errors.collections}
          name="collections"
        />
        <Select
          label={t('sharing.partners.receivingOrg')}
          description={t('sharing.partners.receivingOrgHelp')}
          required
          allowDeselect={false}
          searchable
          data={(orgs.data ?? []).filter((o) => o.kind !== 'foreign-partner' && o.kind !== 'oversight').map((o) => ({ value: o.id, label: o.name }))}
          value={v.receivingOrgId}
          onChange={(x) => x && setV({ ...v, receivingOrgId: x })}
          error={errors.receivingOrgId}
          data-testid="partner-org"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={m.isPending} data-testid="partner-save">
            {t('sharing.partners.registerSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
