import type { TFunction } from 'i18next';
import type { Notification } from '../../lib/types.ts';

/** A notification as one sentence, and where it leads. */
export function describeNotification(n: Notification, t: TFunction): { text: string; to: string | null } {
  const p = n.payload ?? {};
  const to = n.recordType === 'subject' && n.recordId ? `/subjects/${n.recordId}` : n.recordType === 'report' && n.recordId ? `/reports/${n.recordId}` : null;
  if (n.kind === 'threat.level_changed') {
    const from = p.from === null || p.from === undefined ? t('threat.none') : String(p.from);
    return { text: t('notifications.levelChanged', { from, to: String(p.to ?? '') }), to };
  }
  const known: Record<string, string> = {
    'content.order_answered': 'notifications.orderAnswered',
    'content.order_overdue': 'notifications.orderOverdue',
    'content.delivery_failed': 'notifications.deliveryFailed',
    'content.scrutiny_requested': 'notifications.scrutinyRequested',
    'content.scrutiny_decided': 'notifications.scrutinyDecided',
    'screening.escalated': 'notifications.screeningEscalated',
    'sharing.correlation': 'notifications.correlation',
  };
  const key = known[n.kind];
  if (key) {
    const where = n.kind === 'content.scrutiny_requested' ? '/content/scrutiny' : n.kind.startsWith('content.') ? '/content/cases' : to;
    return { text: t(key), to: where };
  }
  return { text: t('notifications.generic', { kind: n.kind }), to };
}
