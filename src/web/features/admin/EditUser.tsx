/**
 * Edits a user. Name and language apply at once; clearance, roles and organisation go to a second
 * administrator for approval (the server answers 202 with the pending change), as the form says.
 */
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS } from '../../../core/vocab.ts';
import { FormError } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { LOCALES } from '../../lib/i18n.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import type { User } from '../../lib/types.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';
import { RolesMatrix, type Roles } from './RolesMatrix.tsx';

const flat = (r: Roles) => Object.entries(r).flatMap(([m, ps]) => (ps ?? []).map((p) => `${m}:${p}`)).sort().join();

export function EditUser({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const [v, setV] = useState({ displayName: user.displayName, locale: user.locale, orgId: user.orgId, clearance: user.clearance as string });
  const [roles, setRoles] = useState<Roles>(user.roles);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);
  const changes = () => {
    const body: Record<string, unknown> = {};
    if (v.displayName.trim() !== user.displayName) body.displayName = v.displayName.trim();
    if (v.locale !== user.locale) body.locale = v.locale;
    if (v.orgId !== user.orgId) body.orgId = v.orgId;
    if (v.clearance !== user.clearance) body.clearance = v.clearance;
    if (flat(roles) !== flat(user.roles)) body.roles = roles;
    return body;
  };
  const m = useMutation({
    mutationFn: () => api.patch<{ ok: boolean; pendingChangeId?: string }>(`/api/users/${user.id}`, changes()),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: ['users'] });
      void qc.invalidateQueries({ queryKey: ['user-changes'] });
      if (r.pendingChangeId) setPending(true);
      else onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    if (!v.displayName.trim()) return setErrors({ displayName: t('validation.required') });
    if (Object.keys(changes()).length === 0) return onClose();
    setErrors({});
    m.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('admin.editUser', { user: user.username })} size="lg">
      <Stack gap="sm" data-testid="edit-user-form">
        {pending ? (
          <Text data-testid="change-pending">{t('admin.sentForApproval')}</Text>
        ) : (
          <>
            <FormError message={errors._} />
            <SimpleGrid cols={2}>
              <TextInput label={t('admin.displayName')} required value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.currentTarget.value })} error={errors.displayName} />
              <Select label={t('shell.language')} allowDeselect={false} data={LOCALES.map((l) => ({ value: l, label: l.toUpperCase() }))} value={v.locale} onChange={(x) => x && setV({ ...v, locale: x })} />
            </SimpleGrid>
            <Alert color="yellow" variant="light" data-testid="needs-approval">{t('admin.needsApproval')}</Alert>
            <SimpleGrid cols={2}>
              <Select label={t('admin.organisation')} required searchable allowDeselect={false} data={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))} value={v.orgId} onChange={(x) => x && setV({ ...v, orgId: x })} error={errors.orgId} />
              <Select label={t('shell.clearance')} required allowDeselect={false} data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`vocab.classification.${c}`) }))} value={v.clearance} onChange={(x) => x && setV({ ...v, clearance: x })} error={errors.clearance} />
            </SimpleGrid>
            <Text fw={600} size="sm">{t('admin.roles')}</Text>
            <RolesMatrix roles={roles} onChange={setRoles} />
            {errors.roles && <Text c="red" size="sm">{errors.roles}</Text>}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{pending ? t('common.close') : t('common.cancel')}</Button>
          {!pending && <Button onClick={submit} loading={m.isPending} data-testid="edit-user-save">{t('common.save')}</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
