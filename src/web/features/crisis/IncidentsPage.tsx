/** Crisis incidents the caller may see, and the form to declare one. */
import { Anchor, Button, Checkbox, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../components/DateTimeField.tsx';
import { Empty, ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api } from '../../lib/api.ts';
import { formatDateTime, localDateTimeValue } from '../../lib/format.ts';
import { Link, navigate } from '../../lib/router.tsx';
import { useSession } from '../../lib/session.tsx';
import { errorText } from '../../lib/validation.ts';
import { IncidentBadges } from './common.tsx';
import { INCIDENT_TYPES, type Incident } from './types.ts';

const AreaMap = lazy(() => import('../alerts/AreaMap.tsx'));
const NO_AREA = { polygons: [], circles: [], municipalities: [] };

export default function IncidentsPage() {
  const { t, i18n } = useTranslation();
  const s = useSession();
  const [open, setOpen] = useState(false);
  const q = useQuery({ queryKey: ['crisis', 'incidents'], queryFn: () => api.get<{ items: Incident[] }>('/api/crisis/incidents'), refetchInterval: 15_000 });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('crisis.title')}</Title>
        {s.can('crisis', 'write') && (
          <Button size="xs" onClick={() => setOpen((o) => !o)} data-testid="declare-open">{t('crisis.declare')}</Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">{t('crisis.intro')}</Text>
      {open && <DeclareForm />}
      {q.isPending && <Loading />}
      {q.isError && <ErrorState error={q.error} onRetry={() => void q.refetch()} />}
      {q.data && q.data.items.length === 0 && <Empty title={t('crisis.none')} />}
      {q.data && q.data.items.length > 0 && (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table striped verticalSpacing={4} data-testid="incidents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('crisis.col.title')}</Table.Th>
                <Table.Th>{t('crisis.col.state')}</Table.Th>
                <Table.Th>{t('crisis.col.organisation')}</Table.Th>
                <Table.Th>{t('crisis.col.occurred')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {q.data.items.map((i) => (
                <Table.Tr key={i.id} data-testid="incident-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/crisis/${i.id}`} size="sm" fw={600}>{i.title}</Anchor>
                    <Text size="xs" c="dimmed">{t(`crisis.type.${i.type}`)} · {i.municipality}</Text>
                  </Table.Td>
                  <Table.Td><IncidentBadges i={i} /></Table.Td>
                  <Table.Td fz="sm">{i.orgName}</Table.Td>
                  <Table.Td fz="sm">{formatDateTime(i.occurredAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function DeclareForm() {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [type, setType] = useState<string>('terror-attack');
  const [municipality, setMunicipality] = useState('');
  const [lat, setLat] = useState<number | string>(50.8466);
  const [lon, setLon] = useState<number | string>(4.3528);
  const [occurredAt, setOccurredAt] = useState(() => localDateTimeValue(new Date()));
  const [description, setDescription] = useState('');
  const [exercise, setExercise] = useState(false);
  const [noMap, setNoMap] = useState(false);
  const m = useMutation({
    mutationFn: () => api.post<{ id: string }>('/api/crisis/incidents', { title, type, municipality, lat: Number(lat), lon: Number(lon), occurredAt: new Date(occurredAt).toISOString(), description, exercise }),
    onSuccess: (r) => navigate(`/crisis/${r.id}`),
  });
  return (
    <Paper withBorder p="sm" data-testid="declare-form">
      <form onSubmit={(e) => { e.preventDefault(); m.mutate(); }}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('crisis.field.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-testid="declare-title" />
            <Select label={t('crisis.field.type')} value={type} onChange={(v) => setType(v ?? 'other')} data={INCIDENT_TYPES.map((v) => ({ value: v, label: t(`crisis.type.${v}`) }))} data-testid="declare-type" />
            <TextInput label={t('crisis.field.municipality')} value={municipality} onChange={(e) => setMunicipality(e.currentTarget.value)} required data-testid="declare-municipality" />
            <DateTimeField label={t('crisis.field.occurredAt')} value={occurredAt} onChange={setOccurredAt} required data-testid="declare-occurred" />
            <NumberInput label={t('crisis.field.lat')} value={lat} onChange={setLat} decimalScale={5} min={49.4} max={51.6} data-testid="declare-lat" />
            <NumberInput label={t('crisis.field.lon')} value={lon} onChange={setLon} decimalScale={5} min={2.5} max={6.5} />
          </SimpleGrid>
          {!noMap && (
            <Stack gap={2} data-testid="declare-map">
              <Text size="xs" c="dimmed">{t('crisis.map.pickHelp')}</Text>
              <Suspense fallback={<Loading />}>
                <AreaMap
                  area={NO_AREA}
                  mode="point"
                  height={260}
                  markers={Number.isFinite(Number(lat)) && Number.isFinite(Number(lon)) && lat !== '' && lon !== '' ? [{ lat: Number(lat), lon: Number(lon), label: title, color: '#212529' }] : []}
                  onPick={([la, lo], muni) => { setLat(la); setLon(lo); if (muni && !municipality.trim()) setMunicipality(muni); }}
                  onUnavailable={() => setNoMap(true)}
                />
              </Suspense>
            </Stack>
          )}
          <Textarea label={t('crisis.field.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
          <Checkbox label={t('crisis.field.exercise')} checked={exercise} onChange={(e) => setExercise(e.currentTarget.checked)} data-testid="declare-exercise" />
          {m.isError && <FormError message={errorText(m.error, t)} />}
          <Group><Button type="submit" loading={m.isPending} data-testid="declare-submit">{t('crisis.declare')}</Button></Group>
        </Stack>
      </form>
    </Paper>
  );
}
