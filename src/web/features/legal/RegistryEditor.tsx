/** The registry editor: offences and legal bases with their versions; the registrar amends (new version). */
import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { errorText } from '../../lib/validation.ts';
import { useSession } from '../../lib/session.tsx';
import { Link } from '../../lib/router.tsx';
import type { RegistryEntry } from './types.ts';
import { formatDayRange } from '../../lib/format.ts';
import { DateField } from '../../components/DateField.tsx';

export function RegistryEditor() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const [history, setHistory] = useState(false);
  const q = useQuery({ queryKey: ['legal-registry', history], queryFn: () => api.get<RegistryEntry[]>(`/api/legal/registry?history=${history}`) });
  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <Stack>
      <Group><Button size="xs" variant="subtle" onClick={() => setHistory(!history)}>{history ? t('legal.latestOnly') : t('legal.allVersions')}</Button></Group>
      <Table striped>
        <Table.Thead><Table.Tr><Table.Th>{t('legal.article')}</Table.Th><Table.Th>{t('legal.entryTitle')}</Table.Th><Table.Th>{t('legal.version')}</Table.Th><Table.Th>{t('legal.valid')}</Table.Th><Table.Th /></Table.Tr></Table.Thead>
        <Table.Tbody>
          {q.data.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td><Link to={`/legal/registry/${e.id}`}>{e.article}</Link></Table.Td>
              <Table.Td><Text size="sm">{e.title}</Text><Text size="xs" c="dimmed">{e.textReference}</Text></Table.Td>
              <Table.Td>v{e.version} <Badge size="xs" color={e.inForce ? 'green' : 'gray'}>{e.kind === 'offence' ? t('legal.offence') : t('legal.basis')}</Badge></Table.Td>
              <Table.Td>{formatDayRange(e.validFrom, e.validTo, i18n.language)}</Table.Td>
              <Table.Td>{can('legal', 'admin') && !e.validTo && <Amend entry={e} />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function Amend({ entry }: { entry: RegistryEntry }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [v, setV] = useState({ title: entry.title, article: entry.article, textReference: entry.textReference, validFrom: '' });
  const m = useMutation({ mutationFn: () => api.post(`/api/legal/registry/${entry.id}/amend`, v), onSuccess: () => { setOpen(false); void qc.invalidateQueries({ queryKey: ['legal-registry'] }); } });
  if (!open) return <Button size="xs" variant="light" onClick={() => setOpen(true)}>{t('legal.amend')}</Button>;
  return (
    <Stack gap={4}>
      <TextInput size="xs" label={t('legal.entryTitle')} value={v.title} onChange={(e) => setV({ ...v, title: e.currentTarget.value })} />
      <TextInput size="xs" label={t('legal.article')} value={v.article} onChange={(e) => setV({ ...v, article: e.currentTarget.value })} />
      <TextInput size="xs" label={t('legal.textReference')} value={v.textReference} onChange={(e) => setV({ ...v, textReference: e.currentTarget.value })} />
      <DateField size="xs" label={t('legal.validFrom')} value={v.validFrom} onChange={(iso) => setV({ ...v, validFrom: iso })} />
      {m.isError && <FormError message={errorText(m.error, t)} />}
      <Button size="xs" onClick={() => m.mutate()} loading={m.isPending}>{t('common.save')}</Button>
    </Stack>
  );
}
