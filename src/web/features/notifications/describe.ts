import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format.ts';
import type { Notification } from '../../lib/types.ts';

/** A notification as one sentence, and where it leads. */
export function describeNotification(n: Notification, t: TFunction): { text: string; to: string | null } {
  const p = n.payload ?? {};
  const to = n.recordType === 'subject' && n.recordId ? `/subjects/${n.recordId}` : n.recordType === 'report' && n.recordId ? `/reports/${n.recordId}` : null;
  if (n.kind === 'threat.level_changed') {
    const from = p.from === null || p.from === undefined ? t('threat.none') : String(p.from);
    if (n.recordName) return { text: t('notifications.levelChangedNamed', { name: n.recordName, from, to: String(p.to ?? '') }), to };
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
    const caseId = n.recordType === 'content_case' && n.recordId ? n.recordId : null;
    const where = n.kind === 'content.scrutiny_requested' ? '/content/scrutiny' : n.kind.startsWith('content.') ? (caseId ? `/content/cases/${caseId}` : '/content/cases') : to;
    return { text: t(key), to: where };
  }
  // Legal deadlines and overdue crisis actions name their record by its reference and date.
  if (n.kind === 'legal.deadline' && n.recordId) {
    const path = n.recordType === 'legal-cooperation' ? `/legal/cooperation/${n.recordId}` : `/legal/authorisations/${n.recordId}`;
    const deadline = typeof p.deadline === 'string' ? t(`legal.deadline.${p.deadline}`, { defaultValue: p.deadline }) : '';
    return { text: t('notifications.legalDeadline', { deadline, reference: String(p.reference ?? ''), due: formatDate(typeof p.due === 'string' ? p.due : null) }), to: path };
  }
  if (n.kind === 'screening.encounter') {
    const by = (p.screenedBy ?? {}) as { organisation?: unknown };
    return { text: t('notifications.screeningEncounter', { organisation: String(by.organisation ?? '') }), to };
  }
  if (n.kind === 'screening.fetch_failed') {
    return { text: t('notifications.fetchFailed', { source: String(p.source ?? ''), error: String(p.error ?? '') }), to: '/watchlists' };
  }
  if (n.kind === 'crisis.action_overdue') {
    const incident = typeof p.incidentId === 'string' ? p.incidentId : null;
    return { text: t('notifications.crisisActionOverdue', { due: formatDate(typeof p.dueDate === 'string' ? p.dueDate : null) }), to: incident ? `/crisis/${incident}/review` : '/crisis' };
  }
  return { text: t('notifications.generic', { kind: n.kind }), to };
}
