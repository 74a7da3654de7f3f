/**
 * The area of an alert: drawn on the map (polygon corners or a circle by clicking), or chosen
 * municipalities (clicked on the map or picked in the list, which also works without WebGL).
 */
import { ActionIcon, Alert as Notice, Button, Group, MultiSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/States.tsx';
import type { AlertContent } from './types.ts';
import type { DrawMode, LatLon } from './AreaMap.tsx';
import { loadMunicipalities, municipalityList } from './municipalities.ts';

const AreaMap = lazy(() => import('./AreaMap.tsx'));

type Area = AlertContent['area'];

export default function AreaEditor({ area, onChange, errors }: { area: Area; onChange: (a: Area) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<DrawMode>('view');
  const [pending, setPending] = useState<LatLon[]>([]);
  const [noMap, setNoMap] = useState(false);
  const munis = useQuery({ queryKey: ['alert-municipalities'], queryFn: async () => municipalityList(await loadMunicipalities()), staleTime: Infinity });
  const closePolygon = () => {
    if (pending.length < 3) return;
    onChange({ ...area, polygons: [...area.polygons, [...pending, pending[0]!]] });
    setPending([]);
  };
  const fieldError = (prefix: string) => Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];
  const help = mode === 'polygon' ? t('alerts.area.polygonHelp') : mode === 'circle' ? t('alerts.area.circleHelp') : mode === 'municipalities' ? t('alerts.area.municipalitiesHelp') : '';
  return (
    <Stack gap="xs">
      <TextInput label={t('alerts.field.areaDescription')} value={area.description} onChange={(e) => onChange({ ...area, description: e.currentTarget.value })} error={errors['area.description']} data-testid="area-description" />
      <MultiSelect
        label={t('alerts.field.municipalities')}
        placeholder={t('alerts.area.pick')}
        searchable
        data={(munis.data ?? []).map((m) => ({ value: m.nis, label: `${m.name} (${m.nis})` }))}
        value={area.municipalities}
        onChange={(v) => onChange({ ...area, municipalities: v })}
        error={fieldError('area.municipalities')}
        limit={30}
        data-testid="area-municipalities"
      />
      <Group gap="xs">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => {
            setMode(v as DrawMode);
            setPending([]);
          }}
          data={(['view', 'polygon', 'circle', 'municipalities'] as const).map((m) => ({ value: m, label: t(`alerts.area.${m}`) }))}
          data-testid="area-mode"
        />
        {mode === 'polygon' && (
          <>
            <Button size="xs" variant="light" disabled={pending.length < 3} onClick={closePolygon} data-testid="close-polygon">
              {t('alerts.area.finish')}
            </Button>
            <Button size="xs" variant="subtle" disabled={pending.length === 0} onClick={() => setPending(pending.slice(0, -1))}>
              {t('alerts.area.undo')}
            </Button>
          </>
        )}
        {(area.polygons.length > 0 || area.circles.length > 0) && (
          <Button size="xs" variant="subtle" color="red" onClick={() => onChange({ ...area, polygons: [], circles: [] })}>
            {t('alerts.area.clear')}
          </Button>
        )}
      </Group>
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
      {fieldError('area.polygons') && <Notice color="red" p="xs">{fieldError('area.polygons')}</Notice>}
      {fieldError('area.circles') && <Notice color="red" p="xs">{fieldError('area.circles')}</Notice>}
      {errors.area && <Notice color="red" p="xs">{errors.area}</Notice>}
      {noMap ? (
        <Notice color="gray" p="xs">{t('alerts.area.noMap')}</Notice>
      ) : (
        <Suspense fallback={<Loading />}>
          <AreaMap area={area} mode={mode} pending={pending} onPendingChange={setPending} onChange={(a) => onChange({ ...area, ...a })} onUnavailable={() => setNoMap(true)} />
        </Suspense>
      )}
      <Group gap={6}>
        <Text size="xs" c="dimmed" data-testid="area-summary">
          {t('alerts.area.summary', { polygons: area.polygons.length, circles: area.circles.length, municipalities: area.municipalities.length })}
        </Text>
        {area.circles.map((c, i) => (
          <Group key={`c${i}`} gap={2}>
            <Text size="xs">○ {t('alerts.area.radius', { km: c.radiusKm })}</Text>
            <ActionIcon size="xs" variant="subtle" color="red" aria-label={t('common.remove')} onClick={() => onChange({ ...area, circles: area.circles.filter((_, k) => k !== i) })}>
              ×
            </ActionIcon>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
