/** Organisations (agencies): list, create, edit. */
import { Button, Group, Modal, Paper, Select, Stack, Table, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_KINDS } from '../../../core/vocab.ts';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { useOrganisations } from '../../lib/lookups.ts';
import type { Organisation } from '../../lib/types.ts';
import { serverErrors, type FieldErrors } from '../../lib/validation.ts';

export function Organisations() {
  const { t } = useTranslation();
  const q = useOrganisations();
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <Button size="xs" onClick={() => setEditing('new')}>{t('admin.newOrganisation')}</Button>
      </Group>
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.length === 0 && <Empty title={t('admin.noOrganisations')} />}
      {q.data && q.data.length > 0 && (
        <Paper withBorder>
          <Table striped verticalSpacing={4} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('admin.name')}</Table.Th>
                <Table.Th>{t('admin.kind')}</Table.Th>
                <Table.Th>{t('admin.country')}</Table.Th>
                <Table.Th>{t('admin.contact')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td fw={600}>{o.name}</Table.Td>
                  <Table.Td>{t(`vocab.orgKind.${o.kind}`)}</Table.Td>
                  <Table.Td>{o.country}</Table.Td>
                  <Table.Td>{o.contact}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(o)}>{t('common.edit')}</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {editing && <OrgModal org={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function OrgModal({ org, onClose }: { org: Organisation | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [v, setV] = useState({ name: org?.name ?? '', kind: org?.kind ?? 'police', country: org?.country ?? 'BE', contact: org?.contact ?? '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const m = useMutation({
    mutationFn: () => (org ? api.patch(`/api/organisations/${org.id}`, v) : api.post('/api/organisations', v)),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['organisations'] });
      onClose();
    },
    onError: (e) => setErrors(serverErrors(e, t)),
  });
  const submit = () => {
    const errs: FieldErrors = {};
    if (v.name.trim().length < 2) errs.name = t('validation.tooShort', { min: 2 });
    if (!/^[A-Z]{2}$/.test(v.country)) errs.country = t('validation.country');
    setErrors(errs);
    if (Object.keys(errs).length === 0) m.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={org ? t('admin.editOrganisation') : t('admin.newOrganisation')}>
      <Stack>
        <FormError message={errors._} />
        <TextInput label={t('admin.name')} required value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errors.name} data-autofocus />
        <Select label={t('admin.kind')} allowDeselect={false} data={ORG_KINDS.map((k) => ({ value: k, label: t(`vocab.orgKind.${k}`) }))} value={v.kind} onChange={(k) => k && setV({ ...v, kind: k as Organisation['kind'] })} error={errors.kind} />
        <TextInput label={t('admin.country')} required maxLength={2} value={v.country} onChange={(e) => setV({ ...v, country: e.currentTarget.value.toUpperCase() })} error={errors.country} />
        <TextInput label={t('admin.contact')} value={v.contact} onChange={(e) => setV({ ...v, contact: e.currentTarget.value })} error={errors.contact} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button onClick={submit} loading={m.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
