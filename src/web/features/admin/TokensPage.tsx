/** The current user's API tokens: create (shown once, with copy), list, revoke. */
import { Alert, Badge, Button, Code, CopyButton, Group, MultiSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODULES } from '../../../core/vocab.ts';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import type { ApiToken } from '../../lib/types.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

export default function TokensPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2}>{t('nav.tokens')}</Title>
      <Tokens />
    </Stack>
  );
}

export function Tokens() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['tokens'], queryFn: () => api.get<ApiToken[]>('/api/tokens') });
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>(['*']);
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation({
    mutationFn: () => api.post<{ id: string; token: string; name: string }>('/api/tokens', { name: name.trim() || 'API token', scopes }),
    onSuccess: (r) => {
      setCreated({ token: r.token, name: r.name });
      setName('');
      setErrors({});
      void qc.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.del(`/api/tokens/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['tokens'] }),
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('tokens.intro')}</Text>
      {created && (
        <Alert color="green" title={t('tokens.createdTitle', { name: created.name })} withCloseButton onClose={() => setCreated(null)} data-testid="token-created">
          <Stack gap={4}>
            <Text size="sm">{t('tokens.showOnce')}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code style={{ wordBreak: 'break-all' }} data-testid="token-value">{created.token}</Code>
              <CopyButton value={created.token}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" color={copied ? 'teal' : 'blue'} onClick={copy}>
                    {copied ? t('common.copied') : t('common.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group align="end" gap="xs">
          <TextInput label={t('tokens.name')} placeholder="API token" value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          <MultiSelect label={t('tokens.scopes')} w={320} data={[{ value: '*', label: t('tokens.allScopes') }, ...MODULES.map((m) => ({ value: m, label: t(`vocab.module.${m}`) }))]} value={scopes} onChange={setScopes} error={errors.scopes ?? (scopes.length === 0 ? t('tokens.pickScope') : undefined)} />
          <Button onClick={() => create.mutate()} loading={create.isPending} disabled={scopes.length === 0}>
            {t('tokens.create')}
          </Button>
        </Group>
      </Paper>
      <FormError message={errors._} />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Empty title={t('tokens.none')}>{t('tokens.noneHelp')}</Empty>}
      {q.data && q.data.length > 0 && (
        <Paper withBorder>
          <Table verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.scopes')}</Table.Th>
                <Table.Th>{t('tokens.created')}</Table.Th>
                <Table.Th>{t('admin.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((tk) => (
                <Table.Tr key={tk.id}>
                  <Table.Td fw={600}>{tk.name}</Table.Td>
                  <Table.Td>{tk.scopes.join(', ')}</Table.Td>
                  <Table.Td>{formatDateTime(tk.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>{tk.revokedAt ? <Badge color="gray">{t('tokens.revoked')}</Badge> : <Badge color="green">{t('admin.active')}</Badge>}</Table.Td>
                  <Table.Td ta="right">
                    {!tk.revokedAt && (
                      <ConfirmButton size="compact-xs" color="red" variant="subtle" loading={revoke.isPending && revoke.variables === tk.id} question={t('tokens.revokeConfirm', { name: tk.name })} onConfirm={() => revoke.mutate(tk.id)} data-testid="token-revoke">
                        {t('tokens.revoke')}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
