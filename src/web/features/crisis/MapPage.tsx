/**
 * The incident's map: its place, units with a position (labelled with name and status), active cordons
 * (a colour per kind) and the areas of its public alerts, on the map of municipalities shipped with
 * Vigil. Participants who may act draw a cordon (circle or polygon) and lift one, and place a unit
 * (choose it, click its place on the map or type it). Follows the live stream; the EXERCISE watermark
 * comes with IncidentSubPage.
 */
import { Alert as Notice, Anchor, Badge, Button, Group, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, FormError, Loading } from '../../components/States.tsx';
import { api, qs } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Link } from '../../lib/router.tsx';
import { errorText } from '../../lib/validation.ts';
import type { LatLon, MapOverlay } from '../alerts/AreaMap.tsx';
import { headlineOf } from '../alerts/common.tsx';
import type { Alert } from '../alerts/types.ts';
import { IncidentSubPage } from './IncidentSubPage.tsx';
import { useInvalidate } from './live.ts';
import { checkPosition, type Coordinate } from './position.ts';
import { CORDON_KINDS, type Cordon, type CordonBody, type CordonKind, type CordonList, type IncidentDetail, type MapUnit } from './types.ts';

const AreaMap = lazy(() => import('../alerts/AreaMap.tsx'));

export const CORDON_COLOR: Record<CordonKind, string> = { inner: '#e03131', outer: '#f59f00', traffic: '#1971c2' };
const ALERT_COLOR = '#9c36b5';
const UNIT_COLOR: Record<string, string> = { requested: '#868e96', dispatched: '#1c7ed6', 'on-site': '#2f9e44' };
const INCIDENT_COLOR = '#212529';
const PLACING_COLOR = '#e64980';

export default function MapPage({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <IncidentSubPage id={id} title={t('crisis.map.title')} testId="incident-map-page" intro={<Text size="sm" c="dimmed">{t('crisis.map.intro')}</Text>}>
      {(i) => <IncidentMap i={i} />}
    </IncidentSubPage>
  );
}

type Mode = 'view' | 'circle' | 'polygon';

function IncidentMap({ i }: { i: IncidentDetail }) {
  const { t, i18n } = useTranslation();
  const inv = useInvalidate(i.id);
  const cordons = useQuery({ queryKey: ['crisis', 'incident', i.id, 'cordons'], queryFn: () => api.get<CordonList>(`/api/crisis/incidents/${i.id}/cordons`) });
  const units = useQuery({ queryKey: ['crisis', 'incident', i.id, 'units'], queryFn: () => api.get<{ items: MapUnit[] }>(`/api/crisis/incidents/${i.id}/units`) });
  const alerts = useQuery({ queryKey: ['crisis', 'incident', i.id, 'alerts'], queryFn: () => api.get<Alert[]>(`/api/alerts${qs({ incidentId: i.id })}`) });
  const [noMap, setNoMap] = useState(false);
  const [mode, setMode] = useState<Mode>('view');
  const [pending, setPending] = useState<LatLon[]>([]);
  const [kind, setKind] = useState<CordonKind>('inner');
  const [label, setLabel] = useState('');
  const [ring, setRing] = useState<LatLon[] | null>(null);
  const [centre, setCentre] = useState<{ lat: number | string; lon: number | string; radiusKm: number | string }>({ lat: '', lon: '', radiusKm: '' });
  const canDraw = i.can.write && i.status === 'open';
  // Placing a unit: the chosen unit and the place clicked (or typed) for it.
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [spot, setSpot] = useState<{ lat: Coordinate; lon: Coordinate }>({ lat: '', lon: '' });
  const spotCheck = checkPosition(spot.lat, spot.lon, t);
  const placing = (units.data?.items ?? []).find((u) => u.id === placeId && u.status !== 'released') ?? null;

  const shownAlerts = useMemo(() => (alerts.data ?? []).filter((a) => !a.cancelled && !a.superseded), [alerts.data]);
  const activeCordons = useMemo(() => (cordons.data?.items ?? []).filter((c) => c.status === 'active'), [cordons.data]);
  const placed = useMemo(() => (units.data?.items ?? []).filter((u): u is MapUnit & { lat: number; lon: number } => u.lat !== null && u.lon !== null && u.status !== 'released'), [units.data]);
  const unplaced = (units.data?.items ?? []).filter((u) => (u.lat === null || u.lon === null) && u.status !== 'released').length;

  const circle = centre.lat !== '' && centre.lon !== '' && centre.radiusKm !== '' ? { lat: Number(centre.lat), lon: Number(centre.lon), radiusKm: Number(centre.radiusKm) } : null;
  const draft: MapOverlay | null = mode === 'polygon' ? (ring ? { polygon: ring, color: CORDON_COLOR[kind] } : null) : circle ? { circle, color: CORDON_COLOR[kind] } : null;
  const overlays = useMemo<MapOverlay[]>(
    () => [
      ...shownAlerts.flatMap((a) => [...a.content.area.polygons.map((p) => ({ polygon: p, color: ALERT_COLOR })), ...a.content.area.circles.map((c) => ({ circle: c, color: ALERT_COLOR }))]),
      ...activeCordons.map((c) => ({ polygon: c.polygon, circle: c.circle, color: CORDON_COLOR[c.kind] })),
      ...(draft ? [draft] : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `draft` is derived from the listed state
    [shownAlerts, activeCordons, mode, ring, centre.lat, centre.lon, centre.radiusKm, kind],
  );
  const area = useMemo(() => ({ polygons: [], circles: [], municipalities: [...new Set(shownAlerts.flatMap((a) => a.content.area.municipalities))] }), [shownAlerts]);
  const target = placing && spotCheck.value ? spotCheck.value : null;
  const markers = useMemo(
    () => [
      { lat: i.lat, lon: i.lon, label: i.title, color: INCIDENT_COLOR },
      ...placed.map((u) => ({ lat: u.lat, lon: u.lon, label: `${u.name} · ${t(`crisis.unitStatus.${u.status}`)}`, color: UNIT_COLOR[u.status] ?? '#1c7ed6' })),
      ...(placing && target ? [{ lat: target.lat, lon: target.lon, label: placing.name, color: PLACING_COLOR }] : []),
    ],
    [i.lat, i.lon, i.title, placed, t, placing, target?.lat, target?.lon],
  );
  const choosePlace = (unitId: string | null) => {
    setPlaceId(unitId);
    const u = (units.data?.items ?? []).find((x) => x.id === unitId);
    setSpot({ lat: u?.lat ?? '', lon: u?.lon ?? '' });
    if (unitId) { setMode('view'); setPending([]); }
  };
  const place = useMutation({
    mutationFn: (v: { unitId: string; lat: number; lon: number }) => api.post(`/api/crisis/incidents/${i.id}/units/${v.unitId}/status`, { lat: v.lat, lon: v.lon }),
    onSuccess: () => { choosePlace(null); inv(); },
  });

  const reset = () => { setLabel(''); setRing(null); setPending([]); setCentre({ lat: '', lon: '', radiusKm: '' }); setMode('view'); };
  const save = useMutation({
    mutationFn: () => {
      const body: CordonBody = mode === 'polygon' ? { kind, label, polygon: ring ?? [] } : { kind, label, circle: circle ?? { lat: 0, lon: 0, radiusKm: 0 } };
      return api.post(`/api/crisis/incidents/${i.id}/cordons`, body);
    },
    onSuccess: () => { reset(); inv(); },
  });
  const lift = useMutation({ mutationFn: (cid: string) => api.post(`/api/crisis/incidents/${i.id}/cordons/${cid}/lift`, {}), onSuccess: inv });
  const closeRing = () => {
    if (pending.length < 3) return;
    setRing([...pending, pending[0]!]);
    setPending([]);
  };

  if (cordons.isError) return <ErrorState error={cordons.error} onRetry={() => void cordons.refetch()} />;
  const help = mode === 'polygon' ? t('crisis.map.polygonHelp') : mode === 'circle' ? t('crisis.map.circleHelp') : '';
  return (
    <Stack gap="sm">
      <Legend />
      {noMap ? (
        <Notice color="gray" p="xs">{t('crisis.map.noMap')}</Notice>
      ) : (
        <Suspense fallback={<Loading />}>
          <AreaMap
            area={area}
            mode={placing ? 'point' : mode}
            onPick={([lat, lon]) => setSpot({ lat, lon })}
            pending={pending}
            onPendingChange={setPending}
            onChange={(a) => {
              const c = a.circles.at(-1);
              if (c) setCentre({ lat: c.lat, lon: c.lon, radiusKm: c.radiusKm });
            }}
            markers={markers}
            markerLabels
            overlays={overlays}
            focus={{ lat: i.lat, lon: i.lon, zoom: 13 }}
            height={480}
            onUnavailable={() => setNoMap(true)}
          />
        </Suspense>
      )}
      {unplaced > 0 && <Text size="xs" c="dimmed" data-testid="map-unplaced">{t('crisis.map.unplaced', { count: unplaced })}</Text>}

      {canDraw && (
        <Paper withBorder p="sm" data-testid="unit-place-form">
          <Title order={4}>{t('crisis.map.place.title')}</Title>
          {(units.data?.items ?? []).every((u) => u.status === 'released') ? <Text size="sm" c="dimmed">{t('crisis.map.place.none')}</Text> : (
            <form onSubmit={(e) => { e.preventDefault(); if (placing && spotCheck.value) place.mutate({ unitId: placing.id, ...spotCheck.value }); }}>
              <Stack gap="xs">
                <Text size="xs" c="dimmed">{t('crisis.map.place.help')}</Text>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Select label={t('crisis.map.place.unit')} value={placeId} onChange={choosePlace} clearable searchable data={(units.data?.items ?? []).filter((u) => u.status !== 'released').map((u) => ({ value: u.id, label: `${u.name} · ${t(`crisis.unitStatus.${u.status}`)}` }))} data-testid="unit-place-select" />
                  <NumberInput label={t('crisis.field.lat')} value={spot.lat} onChange={(v) => setSpot({ ...spot, lat: v })} decimalScale={5} disabled={!placing} error={placing ? spotCheck.errors.lat : undefined} data-testid="unit-place-lat" />
                  <NumberInput label={t('crisis.field.lon')} value={spot.lon} onChange={(v) => setSpot({ ...spot, lon: v })} decimalScale={5} disabled={!placing} error={placing ? spotCheck.errors.lon : undefined} data-testid="unit-place-lon" />
                </SimpleGrid>
                {place.isError && <FormError message={errorText(place.error, t)} />}
                <Group>
                  <Button size="xs" type="submit" disabled={!placing || !spotCheck.value} loading={place.isPending} data-testid="unit-place-save">{t('crisis.map.place.save')}</Button>
                  {placing && <Button size="xs" variant="subtle" onClick={() => choosePlace(null)}>{t('crisis.cancel')}</Button>}
                </Group>
              </Stack>
            </form>
          )}
        </Paper>
      )}

      {canDraw && (
        <Paper withBorder p="sm" data-testid="cordon-form">
          <Title order={4}>{t('crisis.map.newCordon')}</Title>
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap">
              <SegmentedControl size="xs" value={mode} onChange={(v) => { setMode(v as Mode); setPending([]); if (v !== 'view') setPlaceId(null); }} data={(['view', 'circle', 'polygon'] as const).map((m) => ({ value: m, label: t(`crisis.map.mode.${m}`) }))} data-testid="cordon-mode" />
              {mode === 'polygon' && (
                <>
                  <Button size="xs" variant="light" disabled={pending.length < 3} onClick={closeRing} data-testid="cordon-close-polygon">{t('crisis.map.finish')}</Button>
                  <Button size="xs" variant="subtle" disabled={pending.length === 0} onClick={() => setPending(pending.slice(0, -1))}>{t('crisis.map.undo')}</Button>
                </>
              )}
            </Group>
            {help && <Text size="xs" c="dimmed">{help}</Text>}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('crisis.map.kindLabel')} value={kind} onChange={(v) => setKind((v as CordonKind | null) ?? 'inner')} data={CORDON_KINDS.map((k) => ({ value: k, label: t(`crisis.map.kind.${k}`) }))} allowDeselect={false} data-testid="cordon-kind" />
              <TextInput label={t('crisis.map.label')} value={label} onChange={(e) => setLabel(e.currentTarget.value)} required data-testid="cordon-label" />
            </SimpleGrid>
            {mode === 'polygon' ? (
              <Text size="sm" data-testid="cordon-polygon-state">{ring ? t('crisis.map.polygonReady', { count: ring.length - 1 }) : t('crisis.map.polygonPending', { count: pending.length })}</Text>
            ) : (
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput label={t('crisis.field.lat')} value={centre.lat} onChange={(v) => setCentre({ ...centre, lat: v })} decimalScale={5} data-testid="cordon-lat" />
                <NumberInput label={t('crisis.field.lon')} value={centre.lon} onChange={(v) => setCentre({ ...centre, lon: v })} decimalScale={5} data-testid="cordon-lon" />
                <NumberInput label={t('crisis.map.radius')} value={centre.radiusKm} onChange={(v) => setCentre({ ...centre, radiusKm: v })} decimalScale={2} min={0} data-testid="cordon-radius" />
              </SimpleGrid>
            )}
            {save.isError && <FormError message={errorText(save.error, t)} />}
            <Group>
              <Button size="xs" onClick={() => save.mutate()} loading={save.isPending} disabled={!label.trim() || (mode === 'polygon' ? !ring : !circle)} data-testid="cordon-submit">{t('crisis.map.save')}</Button>
              <Button size="xs" variant="subtle" onClick={reset}>{t('crisis.map.clear')}</Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Paper withBorder p="sm">
        <Title order={4}>{t('crisis.map.cordons')}</Title>
        {cordons.isPending ? <Loading /> : (cordons.data?.items.length ?? 0) === 0 ? <Text size="sm" c="dimmed">{t('crisis.map.noCordons')}</Text> : (
          <Table.ScrollContainer minWidth={520}>
            <Table data-testid="cordon-list">
              <Table.Tbody>
                {cordons.data!.items.map((c) => (
                  <Table.Tr key={c.id} data-testid="cordon-row" data-status={c.status}>
                    <Table.Td><Badge color={c.status === 'active' ? undefined : 'gray'} style={c.status === 'active' ? { background: CORDON_COLOR[c.kind] } : undefined}>{t(`crisis.map.kind.${c.kind}`)}</Badge></Table.Td>
                    <Table.Td><Text size="sm" fw={600}>{c.label}</Text><Text size="xs" c="dimmed">{shapeText(c, t)}</Text></Table.Td>
                    <Table.Td><Text size="xs">{c.status === 'active' ? t('crisis.map.setBy', { who: c.createdBy ?? '', at: formatDateTime(c.createdAt, i18n.language) }) : t('crisis.map.liftedBy', { who: c.liftedBy ?? '', at: formatDateTime(c.liftedAt ?? c.createdAt, i18n.language) })}</Text></Table.Td>
                    <Table.Td>{canDraw && c.status === 'active' && <Button size="compact-xs" variant="light" color="red" onClick={() => lift.mutate(c.id)} loading={lift.isPending && lift.variables === c.id} data-testid="cordon-lift">{t('crisis.map.lift')}</Button>}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {lift.isError && <FormError message={errorText(lift.error, t)} />}
      </Paper>

      <Paper withBorder p="sm">
        <Title order={4}>{t('crisis.map.alerts')}</Title>
        {shownAlerts.length === 0 ? <Text size="sm" c="dimmed">{t('crisis.map.noAlerts')}</Text> : shownAlerts.map((a) => (
          <Group key={a.id} gap="xs">
            <Anchor component={Link} to={`/alerts/${a.id}`} size="sm">{headlineOf(a, i18n.language) || a.id}</Anchor>
            <Badge size="xs" variant="light">{t(`alerts.state.${a.state}`)}</Badge>
          </Group>
        ))}
      </Paper>
    </Stack>
  );
}

function shapeText(c: Cordon, t: (k: string, o?: Record<string, unknown>) => string): string {
  return c.circle ? t('crisis.map.circleText', { km: c.circle.radiusKm }) : t('crisis.map.polygonText', { count: (c.polygon?.length ?? 1) - 1 });
}

function Legend() {
  const { t } = useTranslation();
  const dot = (color: string, text: string, square = false) => (
    <Group gap={4} key={text}>
      <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: square ? 2 : 6, background: color, opacity: square ? 0.7 : 1 }} />
      <Text size="xs">{text}</Text>
    </Group>
  );
  return (
    <Group gap="md" wrap="wrap" data-testid="map-legend">
      {dot(INCIDENT_COLOR, t('crisis.map.legend.incident'))}
      {Object.entries(UNIT_COLOR).map(([s, c]) => dot(c, t(`crisis.unitStatus.${s}`)))}
      {CORDON_KINDS.map((k) => dot(CORDON_COLOR[k], t(`crisis.map.kind.${k}`), true))}
      {dot(ALERT_COLOR, t('crisis.map.legend.alert'), true)}
      {dot('#e8590c', t('crisis.map.legend.municipalities'), true)}
    </Group>
  );
}
