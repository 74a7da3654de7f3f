/** Sharing groups: list, create, set members. */
import { Badge, Button, Group, Modal, MultiSelect, Paper, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { useGroups, useOrganisations } from '../../lib/lookups.ts';
import type { Group as SharingGroup } from '../../lib/types.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';

export function Groups() {
  const { t } = useTranslation();
  const q = useGroups();
  const orgs = useOrganisations();
  const [editing, setEditing] = useState<SharingGroup | 'new' | null>(null);
  const name = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? id.slice(0, 8);
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="xs" onClick={() => setEditing('new')}>{t('admin.newGroup')}</Button>
      </Group>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Empty title={t('admin.noGroups')}>{t('admin.noGroupsHelp')}</Empty>}
      {q.data && q.data.length > 0 && (
        <Paper withBorder>
          <Table striped verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.name')}</Table.Th>
                <Table.Th>{t('admin.members')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    <Text fw={600} size="sm">{g.name}</Text>
                    <Text size="xs" c="dimmed">{g.description}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {g.orgIds.length === 0 && <Text size="sm" c="dimmed">{t('admin.noMembers')}</Text>}
                      {g.orgIds.map((id) => <Badge key={id} variant="light">{name(id)}</Badge>)}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(g)}>{t('admin.editMembers')}</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing && <GroupModal group={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function GroupModal({ group, onClose }: { group: SharingGroup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [members, setMembers] = useState<string[]>(group?.orgIds ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => (group ? api.put(`/api/groups/${group.id}/members`, { orgIds: members }) : api.post('/api/groups', { name: name.trim(), description, orgIds: members })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['groups'] });
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    if (!group && name.trim().length < 2) return setErrors({ name: t('validation.tooShort', { min: 2 }) });
    m.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={group ? t('admin.membersOf', { name: group.name }) : t('admin.newGroup')}>
      <Stack>
        <FormError message={errors._} />
        {!group && <TextInput label={t('admin.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />}
        {!group && <Textarea label={t('admin.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />}
        <MultiSelect label={t('admin.members')} searchable data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} value={members} onChange={setMembers} error={errors.orgIds} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={m.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
