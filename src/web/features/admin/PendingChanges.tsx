/** Changes of users' clearance, roles or organisation awaiting a second administrator: approve or reject. */
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import { serverErrors } from '../../lib/validation.ts';

interface Values {
  clearance?: string;
  roles?: Record<string, string[]>;
  orgId?: string;
}

interface PendingChange {
  id: string;
  userId: string;
  username: string;
  requestedBy: { id: string; username: string };
  requestedAt: string;
  old: Values;
  new: Values;
  decidable: boolean;
}

const roleText = (r: Record<string, string[]> | undefined) =>
  Object.entries(r ?? {})
    .map(([m, ps]) => `${m}: ${ps.join('/')}`)
    .join(', ') || '—';

export function PendingChanges() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const q = useQuery({ queryKey: ['user-changes'], queryFn: () => api.get<PendingChange[]>('/api/user-changes') });
  const [msg, setMsg] = useState<string | null>(null);
  const decide = useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'reject' }) => api.post(`/api/user-changes/${v.id}`, { decision: v.decision }),
    onSuccess: () => {
      setMsg(null);
      void qc.invalidateQueries({ queryKey: ['user-changes'] });
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => setMsg(serverErrors(e, t)._ ?? null),
  });
  if (!q.data || q.data.length === 0) return null;
  const orgName = (id: string | undefined) => orgs.data?.find((o) => o.id === id)?.name ?? '…';
  const lines = (c: PendingChange) => {
    const out: string[] = [];
    if (c.new.clearance !== undefined) out.push(`${t('shell.clearance')}: ${t(`vocab.classification.${c.old.clearance}`)} → ${t(`vocab.classification.${c.new.clearance}`)}`);
    if (c.new.roles !== undefined) out.push(`${t('admin.roles')}: ${roleText(c.old.roles)} → ${roleText(c.new.roles)}`);
    if (c.new.orgId !== undefined) out.push(`${t('admin.organisation')}: ${orgName(c.old.orgId)} → ${orgName(c.new.orgId)}`);
    return out;
  };
  return (
    <Paper withBorder p="sm" data-testid="pending-changes">
      <Stack gap="xs">
        <Title order={4}>{t('admin.pendingChanges')}</Title>
        <Text size="sm" c="dimmed">{t('admin.pendingHelp')}</Text>
        <FormError message={msg ?? undefined} />
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.username')}</Table.Th>
              <Table.Th>{t('admin.change')}</Table.Th>
              <Table.Th>{t('admin.requestedBy')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.map((c) => (
              <Table.Tr key={c.id} data-testid={`change-${c.username}`}>
                <Table.Td><Text fw={600} size="sm">{c.username}</Text></Table.Td>
                <Table.Td>{lines(c).map((l) => <Text key={l} size="sm">{l}</Text>)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{c.requestedBy.username}</Text>
                  <Text size="xs" c="dimmed">{formatDateTime(c.requestedAt, i18n.language)}</Text>
                </Table.Td>
                <Table.Td>
                  {c.decidable ? (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="compact-xs" color="green" loading={decide.isPending && decide.variables?.id === c.id} onClick={() => decide.mutate({ id: c.id, decision: 'approve' })}>{t('admin.approve')}</Button>
                      <Button size="compact-xs" variant="subtle" color="red" loading={decide.isPending && decide.variables?.id === c.id} onClick={() => decide.mutate({ id: c.id, decision: 'reject' })}>{t('admin.reject')}</Button>
                    </Group>
                  ) : (
                    <Badge color="gray" variant="light" tt="none">{t('admin.awaitsAnother')}</Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
