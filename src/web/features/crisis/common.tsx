/** Pieces shared by the crisis screens: badges and the EXERCISE watermark. */
import { Badge, Box, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Incident } from './types.ts';

export function IncidentBadges({ i }: { i: Incident }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {i.exercise && <Badge color="orange" variant="filled" data-testid="exercise-badge">{t('crisis.exercise')}</Badge>}
      <Badge variant="light" color={i.status === 'open' ? 'red' : 'gray'}>{t(`crisis.status.${i.status}`)}</Badge>
      <Badge variant="outline" data-testid="incident-phase">{t(`crisis.phase.${i.phase}`)}</Badge>
      <Badge variant="outline" color="grape" data-testid="incident-terror">{t(`crisis.terror.${i.terrorState}`)}</Badge>
    </Group>
  );
}

/** A fixed, see-through EXERCISE mark over the whole screen of an exercise incident. */
export function ExerciseWatermark() {
  const { t } = useTranslation();
  return (
    <Box data-testid="exercise-watermark" aria-hidden style={{ position: 'fixed', inset: 0, pointerEvents: 'none', display: 'flex', alignItems: 'center', justifyContent: 'center', zIndex: 50 }}>
      <Box style={{ transform: 'rotate(-30deg)', fontSize: 'min(18vw, 160px)', fontWeight: 800, color: 'rgba(230, 119, 0, 0.12)', letterSpacing: 8 }}>{t('crisis.exercise')}</Box>
    </Box>
  );
}
