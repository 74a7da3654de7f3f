/** Hosting providers: where orders go (webhook URL), how they are signed; approvers register them and rotate secrets. */
import { Alert, Button, Code, CopyButton, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { countryLabel } from '../../lib/countries.ts';
import { useSession } from '../../lib/session.tsx';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { AuthoritiesPanel } from './AuthoritiesPanel.tsx';
import { ContentTabs } from './common.tsx';
import type { Provider } from './types.ts';

export function useProviders() {
  return useQuery({ queryKey: ['content-providers'], queryFn: () => api.get<{ items: Provider[] }>('/api/content/providers') });
}

export default function ProvidersPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const q = useProviders();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<Provider | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const rotate = useMutation({
    mutationFn: (id: string) => api.patch<Provider>(`/api/content/providers/${id}`, { rotateSecret: true }),
    onSuccess: (p) => {
      setShown(p);
      void qc.invalidateQueries({ queryKey: ['content-providers'] });
    },
    onError: (e) => setMsg(serverErrors(e, t)._ ?? null),
  });
  const approver = can('content', 'approve');
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Group justify="space-between">
        <Title order={2}>{t('content.providers.title')}</Title>
        {approver && (
          <Button size="sm" onClick={() => setCreating(true)} data-testid="new-provider">
            {t('content.providers.new')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">{t('content.providers.intro')}</Text>
      {shown && <SecretShown provider={shown} onClose={() => setShown(null)} />}
      <FormError message={msg ?? undefined} />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('content.providers.none')}>{t('content.providers.noneHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900} type="native">
            <Table verticalSpacing={4} data-testid="providers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('content.providers.name')}</Table.Th>
                  <Table.Th>{t('content.providers.country')}</Table.Th>
                  <Table.Th>{t('content.providers.webhook')}</Table.Th>
                  <Table.Th>{t('content.providers.signing')}</Table.Th>
                  <Table.Th>{t('content.providers.contact')}</Table.Th>
                  <Table.Th>{t('content.providers.updated')}</Table.Th>
                  {approver && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((p) => (
                  <Table.Tr key={p.id} data-testid="provider-row">
                    <Table.Td fw={600}>{p.name}</Table.Td>
                    <Table.Td>{countryLabel(p.country, i18n.language)}</Table.Td>
                    <Table.Td><Code style={{ wordBreak: 'break-all' }}>{p.webhookUrl}</Code></Table.Td>
                    <Table.Td>{t(`content.providers.scheme.${p.signing}`)}</Table.Td>
                    <Table.Td>{p.contact || <Text span c="dimmed">—</Text>}</Table.Td>
                    <Table.Td><Text size="xs">{formatDateTime(p.updatedAt, i18n.language)}</Text></Table.Td>
                    {approver && (
                      <Table.Td>
                        <Button size="compact-xs" variant="subtle" loading={rotate.isPending && rotate.variables === p.id} onClick={() => rotate.mutate(p.id)}>
                          {t('content.providers.rotate')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {q.data && <AuthoritiesPanel countries={q.data.items.map((p) => p.country)} />}
      {creating && (
        <ProviderForm
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            setShown(p);
          }}
        />
      )}
    </Stack>
  );
}

function SecretShown({ provider, onClose }: { provider: Provider; onClose: () => void }) {
  const { t } = useTranslation();
  const value = provider.secret ?? provider.publicKey ?? '';
  return (
    <Alert color="green" title={t('content.providers.createdTitle', { name: provider.name })} withCloseButton onClose={onClose} data-testid="provider-secret">
      <Stack gap={4}>
        <Text size="sm">{provider.secret ? t('content.providers.secretOnce') : t('content.providers.publicKeyHelp')}</Text>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap', flex: 1 }} data-testid="provider-secret-value">{value}</Code>
          <CopyButton value={value}>
            {({ copied, copy }) => (
              <Button size="compact-xs" color={copied ? 'teal' : 'blue'} onClick={copy}>
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}

function ProviderForm({ onClose, onSaved }: { onClose: () => void; onSaved: (p: Provider) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [contact, setContact] = useState('');
  const [webhookUrl, setWebhookUrl] = useState('');
  const [signing, setSigning] = useState<string>('hmac-sha256');
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useMutation({
    mutationFn: (b: unknown) => api.post<Provider>('/api/content/providers', b),
    onSuccess: (p) => {
      void qc.invalidateQueries({ queryKey: ['content-providers'] });
      onSaved(p);
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: FieldErrors = {};
    const cc = country.trim().toUpperCase();
    if (name.trim().length < 2) errs.name = t('validation.tooShort', { min: 2 });
    if (!/^[A-Z]{2}$/.test(cc)) errs.country = t('validation.country');
    if (!/^https?:\/\//i.test(webhookUrl.trim())) errs.webhookUrl = t('content.providers.webhookHelp');
    if (Object.keys(errs).length) return setErrors(errs);
    setErrors({});
    save.mutate({ name: name.trim(), country: cc, contact: contact.trim(), webhookUrl: webhookUrl.trim(), signing });
  };
  return (
    <Modal opened onClose={onClose} title={t('content.providers.new')} size="lg">
      <form onSubmit={submit} noValidate data-testid="provider-form">
        <Stack gap="sm">
          <FormError message={errors._} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('content.providers.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} name="name" data-autofocus />
            <TextInput label={t('content.providers.country')} description={t('content.providers.countryHelp')} required maxLength={2} value={country} onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())} error={errors.country} name="country" />
          </SimpleGrid>
          <TextInput label={t('content.providers.webhook')} description={t('content.providers.webhookHelp')} required value={webhookUrl} onChange={(e) => setWebhookUrl(e.currentTarget.value)} error={errors.webhookUrl} name="webhookUrl" placeholder="https://" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('content.providers.contact')} value={contact} onChange={(e) => setContact(e.currentTarget.value)} error={errors.contact} name="contact" />
            <Select
              label={t('content.providers.signing')}
              allowDeselect={false}
              data={['hmac-sha256', 'ed25519'].map((v) => ({ value: v, label: t(`content.providers.scheme.${v}`) }))}
              value={signing}
              onChange={(v) => v && setSigning(v)}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending} data-testid="provider-save">{t('content.providers.register')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
