import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/types.ts';

/** A notification as one sentence, and where it leads. */
export function describeNotification(n: Notification, t: TFunction): { text: string; to: string | null } {
  const p = n.payload ?? {};
  const to = n.recordType === 'subject' && n.recordId ? `/subjects/${n.recordId}` : n.recordType === 'report' && n.recordId ? `/reports/${n.recordId}` : null;
  if (n.kind === 'threat.level_changed') {
    const from = p.from === null || p.from === undefined ? t('threat.none') : String(p.from);
    return { text: t('notifications.levelChanged', { label: String(p.label ?? ''), from, to: String(p.to ?? '') }), to };
  }
  return { text: t('notifications.generic', { kind: n.kind }), to };
}
