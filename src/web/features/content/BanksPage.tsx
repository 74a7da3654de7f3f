/** Hash banks: the list (source, TLP, enabled switch, threshold, entries, low-quality count) and a new bank. */
import { Anchor, Button, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TlpBadge } from '../../components/Badges.tsx';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { serverErrors } from '../../lib/validation.ts';
import { BankForm } from './BankForm.tsx';
import { ContentTabs } from './common.tsx';
import type { Bank } from './types.ts';

export function useBanks() {
  return useQuery({ queryKey: ['content-banks'], queryFn: () => api.get<{ items: Bank[] }>('/api/content/banks') });
}

export default function BanksPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const q = useBanks();
  const [creating, setCreating] = useState(false);
  const [msg, setMsg] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (b: Bank) => api.patch<Bank>(`/api/content/banks/${b.id}`, { enabled: !b.enabled }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['content-banks'] }),
    onError: (e) => setMsg(serverErrors(e, t)._ ?? null),
  });
  return (
    <Stack gap="sm">
      <ContentTabs />
      <Group justify="space-between">
        <Title order={2}>{t('content.banks.title')}</Title>
        {can('content', 'write') && (
          <Button size="sm" onClick={() => setCreating(true)} data-testid="new-bank">
            {t('content.banks.new')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">{t('content.banks.intro')}</Text>
      <FormError message={msg ?? undefined} />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('content.banks.none')}>{t('content.banks.noneHelp')}</Empty>}
      {q.data && q.data.items.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={900} type="native">
            <Table verticalSpacing={4} highlightOnHover data-testid="banks-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('content.banks.name')}</Table.Th>
                  <Table.Th>{t('content.banks.source')}</Table.Th>
                  <Table.Th>TLP</Table.Th>
                  <Table.Th>{t('content.banks.enabled')}</Table.Th>
                  <Table.Th ta="right">{t('content.banks.threshold')}</Table.Th>
                  <Table.Th ta="right">{t('content.banks.entries')}</Table.Th>
                  <Table.Th ta="right">{t('content.banks.lowQuality')}</Table.Th>
                  <Table.Th>{t('content.banks.owner')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.items.map((b) => (
                  <Table.Tr key={b.id} data-testid="bank-row" c={b.enabled ? undefined : 'dimmed'}>
                    <Table.Td>
                      <Anchor component={Link} to={`/content/banks/${b.id}`} fw={600} size="sm" data-testid="bank-link">
                        {b.name}
                      </Anchor>
                      {b.description && (
                        <Text size="xs" c="dimmed" lineClamp={1}>
                          {b.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{b.sourceOrg}</Table.Td>
                    <Table.Td><TlpBadge tlp={b.tlp} /></Table.Td>
                    <Table.Td>
                      <Switch
                        size="sm"
                        checked={b.enabled}
                        disabled={!b.canEdit || (toggle.isPending && toggle.variables?.id === b.id)}
                        onChange={() => toggle.mutate(b)}
                        aria-label={t('content.banks.enableBank', { name: b.name })}
                        data-testid="bank-enabled"
                      />
                    </Table.Td>
                    <Table.Td ta="right" ff="monospace">{b.threshold}</Table.Td>
                    <Table.Td ta="right" ff="monospace" data-testid="bank-entries">{b.entries}</Table.Td>
                    <Table.Td ta="right" ff="monospace" c={b.lowQualityEntries > 0 ? 'orange.8' : undefined}>{b.lowQualityEntries}</Table.Td>
                    <Table.Td><Text size="sm">{b.owner.name}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <BankForm onClose={() => setCreating(false)} onSaved={(b) => navigate(`/content/banks/${b.id}`)} />}
    </Stack>
  );
}
