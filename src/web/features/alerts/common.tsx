/** Small pieces shared by the alert screens: state and exercise badges, the headline to show. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Alert } from './types.ts';

const COLOR: Record<string, string> = { draft: 'gray', awaiting_approval: 'yellow', approved: 'blue', published: 'green', cancelled: 'red' };

export function AlertBadges({ a }: { a: Alert }) {
  const { t } = useTranslation();
  const state = a.cancelled ? 'cancelled' : a.state;
  return (
    <Group gap={4} wrap="nowrap">
      {a.status === 'Exercise' && (
        <Badge color="orange" variant="filled" title={t('alerts.exerciseHelp')} data-testid="exercise-badge">
          {t('alerts.exercise')}
        </Badge>
      )}
      <Badge color={COLOR[state]} variant="light" data-testid="alert-state">
        {t(`alerts.state.${state}`)}
      </Badge>
      {a.msgType !== 'Alert' && <Badge variant="outline">{t(`alerts.msgType.${a.msgType}`)}</Badge>}
    </Group>
  );
}

/** The headline in the reader's language when written, else English, else the first. */
export function headlineOf(a: Pick<Alert, 'content'>, lang: string): string {
  const pref = lang.startsWith('nl') ? 'nl-BE' : lang.startsWith('fr') ? 'fr-BE' : lang.startsWith('de') ? 'de-DE' : 'en-GB';
  const info = a.content.info;
  return (info.find((i) => i.language === pref)?.headline || info.find((i) => i.language === 'en-GB')?.headline || info.find((i) => i.headline)?.headline) ?? '';
}
