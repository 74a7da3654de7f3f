/**
 * Users: list, create (roles per module, clearance), edit (clearance, roles and organisation wait for a
 * second administrator), disable/enable, reset password; the changes awaiting approval above the list.
 */
import { Badge, Button, Group, Modal, Paper, PasswordInput, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS } from '../../../core/vocab.ts';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { LOCALES } from '../../lib/i18n.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import type { User } from '../../lib/types.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { EditUser } from './EditUser.tsx';
import { PendingChanges } from './PendingChanges.tsx';
import { RolesMatrix, type Roles } from './RolesMatrix.tsx';
import { valueLabel } from '../../lib/labels.ts';


export function Users() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['users'], queryFn: () => api.get<User[]>('/api/users') });
  const orgs = useOrganisations();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (u: User) => api.patch(`/api/users/${u.id}`, { disabled: !u.disabled }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['users'] }),
    onError: (e) => setMsg(serverErrors(e, t)._ ?? null),
  });
  const orgName = (id: string) => orgs.data?.find((o) => o.id === id)?.name ?? '…';
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="xs" onClick={() => setCreating(true)} data-testid="new-user">{t('admin.newUser')}</Button>
      </Group>
      <FormError message={msg ?? undefined} />
      <PendingChanges />
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Empty title={t('admin.noUsers')} />}
      {q.data && q.data.length > 0 && (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={800}>
            <Table striped verticalSpacing={4} data-testid="users-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('admin.username')}</Table.Th>
                  <Table.Th>{t('admin.organisation')}</Table.Th>
                  <Table.Th>{t('shell.clearance')}</Table.Th>
                  <Table.Th>{t('admin.roles')}</Table.Th>
                  <Table.Th>{t('admin.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.data.map((u) => (
                  <Table.Tr key={u.id} c={u.disabled ? 'dimmed' : undefined}>
                    <Table.Td>
                      <Text fw={600} size="sm">{u.username}</Text>
                      <Text size="xs" c="dimmed">{u.displayName}</Text>
                    </Table.Td>
                    <Table.Td>{orgName(u.orgId)}</Table.Td>
                    <Table.Td>{t(`vocab.classification.${u.clearance}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {Object.entries(u.roles).map(([m, ps]) => (
                          <Badge key={m} variant="light" size="sm" tt="none" title={`${m}: ${(ps ?? []).join('/')}`} style={{ minWidth: 'max-content' }}>{`${valueLabel(t, 'module', m)}: ${(ps ?? []).map((x) => valueLabel(t, 'permission', x)).join('/')}`}</Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{u.disabled ? <Badge color="gray" style={{ minWidth: 'max-content' }}>{t('admin.disabled')}</Badge> : <Badge color="green" style={{ minWidth: 'max-content' }}>{t('admin.active')}</Badge>}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(u)} data-testid={`edit-user-${u.username}`}>{t('common.edit')}</Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => setResetting(u)}>{t('admin.resetPassword')}</Button>
                        <Button size="compact-xs" variant="subtle" color={u.disabled ? 'green' : 'red'} loading={toggle.isPending && toggle.variables?.id === u.id} onClick={() => toggle.mutate(u)}>
                          {u.disabled ? t('admin.enable') : t('admin.disable')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {creating && <CreateUser onClose={() => setCreating(false)} />}
      {resetting && <ResetPassword user={resetting} onClose={() => setResetting(null)} />}
      {editing && <EditUser user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function CreateUser({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const [v, setV] = useState({ username: '', displayName: '', orgId: '', clearance: 'restricted', password: '', locale: 'en' });
  const [roles, setRoles] = useState<Roles>({ intel: ['read'] });
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => api.post('/api/users', { ...v, username: v.username.trim(), displayName: v.displayName.trim(), roles }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    const errs: FieldErrors = {};
    if (!/^[a-z0-9._-]{3,60}$/.test(v.username.trim())) errs.username = t('validation.username');
    if (!v.displayName.trim()) errs.displayName = t('validation.required');
    if (!v.orgId) errs.orgId = t('validation.choose');
    if (v.password.length < 12) errs.password = t('validation.password12');
    setErrors(errs);
    if (Object.keys(errs).length === 0) m.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.newUser')} size="lg">
      <Stack gap="sm" data-testid="user-form">
        <FormError message={errors._} />
        <SimpleGrid cols={2}>
          <TextInput label={t('admin.username')} required value={v.username} onChange={(e) => setV({ ...v, username: e.currentTarget.value })} error={errors.username} name="username" data-autofocus />
          <TextInput label={t('admin.displayName')} required value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.currentTarget.value })} error={errors.displayName} name="displayName" />
          <Select label={t('admin.organisation')} required searchable data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} value={v.orgId || null} onChange={(x) => setV({ ...v, orgId: x ?? '' })} error={errors.orgId} data-testid="user-org" />
          <Select label={t('shell.clearance')} required allowDeselect={false} data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`vocab.classification.${c}`) }))} value={v.clearance} onChange={(x) => x && setV({ ...v, clearance: x })} error={errors.clearance} />
          <PasswordInput label={t('admin.initialPassword')} description={t('validation.password12')} required value={v.password} onChange={(e) => setV({ ...v, password: e.currentTarget.value })} error={errors.password} name="password" />
          <Select label={t('shell.language')} allowDeselect={false} data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))} value={v.locale} onChange={(x) => x && setV({ ...v, locale: x })} />
        </SimpleGrid>
        <Text fw={600} size="sm">{t('admin.roles')}</Text>
        <RolesMatrix roles={roles} onChange={setRoles} />
        {errors.roles && <Text c="red" size="sm">{errors.roles}</Text>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={m.isPending} data-testid="user-save">{t('admin.createUser')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ResetPassword({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const m = useMutation({
    mutationFn: () => api.patch(`/api/users/${user.id}`, { password }),
    onSuccess: () => setDone(true),
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  return (
    <Modal opened onClose={onClose} title={t('admin.resetPasswordFor', { user: user.username })}>
      <Stack>
        {done ? (
          <Text>{t('admin.passwordReset')}</Text>
        ) : (
          <>
            <FormError message={errors._} />
            <Text size="sm" c="dimmed">{t('admin.resetHelp')}</Text>
            <PasswordInput label={t('admin.newPassword')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password} data-autofocus />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{done ? t('common.close') : t('common.cancel')}</Button>
          {!done && (
            <Button onClick={() => (password.length < 12 ? setErrors({ password: t('validation.password12') }) : m.mutate())} loading={m.isPending}>
              {t('admin.resetPassword')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
