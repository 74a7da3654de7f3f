/**
 * The audit event kinds: one strict schema per action for the keys of its details (references and
 * counts, never content). The writer (src/server/platform/audit.ts) checks every event against it:
 * an unknown action or an unknown key is a programming error. In tests and development the append
 * throws; in production the entry is written anyway (never lost) with `schemaError` naming the problem,
 * and a warning is emitted once per action. `recordIds` and `hitIds` are the read door's and allowed on
 * every action (they are event fields, copied into the hashed details).
 *
 * test/integration/audit-registry.test.ts scans src/server for action literals and fails on any that is
 * not registered here. Plain-word names of the actions: labels.ts.
 */
import { z } from 'zod';
import { bool, d, fields, none, num, ref, str, strs } from './details.ts';
import { CRISIS_ACTIONS } from './actions/crisis.ts';
import { LEGAL_ACTIONS } from './actions/legal.ts';
import { PREVENTION_ACTIONS } from './actions/prevention.ts';
import { ALERTS_ACTIONS } from './actions/alerts.ts';
import { EVALUATION_ACTIONS } from './actions/evaluation.ts';
import { WATCHLIST_UPDATE_ACTIONS } from './actions/watchlist-updates.ts';
import { VIEWS_ACTIONS } from './actions/views.ts';

/** Every action and the schema of its details. */
export const AUDIT_ACTIONS = {
  // platform: sign-in, tokens, administration
  'auth.login': none,
  // failed and throttled sign-ins are aggregated: one entry opens a window (phase start, count 1), one closes it with the count
  'auth.login_failed': d({ client: str, count: num, phase: str, since: str, until: str }),
  'auth.login_throttled': d({ client: str, count: num, phase: str, since: str, until: str }),
  'auth.logout': none,
  'token.create': d({ scopes: ref }),
  'token.revoke': none,
  'organisation.create': none,
  'organisation.update': fields,
  'user.create': d({ clearance: str, roles: ref, orgId: str }),
  'user.update': d({ fields: strs }),
  // a change of clearance, roles or organisation: requested, then approved (applied) or rejected by a second administrator
  'user.change_request': d({ changeId: str, requestedBy: str, oldClearance: str, newClearance: str, oldRoles: ref, newRoles: ref, oldOrgId: str, newOrgId: str }),
  'user.change_approve': d({ changeId: str, requestedBy: str, oldClearance: str, newClearance: str, oldRoles: ref, newRoles: ref, oldOrgId: str, newOrgId: str }),
  'user.change_reject': d({ changeId: str, requestedBy: str, oldClearance: str, newClearance: str, oldRoles: ref, newRoles: ref, oldOrgId: str, newOrgId: str }),
  'group.create': d({ orgIds: strs }),
  'group.members': d({ orgIds: strs }),
  // oversight and the audit log itself
  'audit.read': d({ filters: strs, entries: num, question: str }),
  'audit.stats': d({ filters: strs }),
  'audit.verify': d({ ok: bool }),
  'audit.export': d({ filters: strs, entries: num, format: str }),
  'audit.summary': d({ filters: strs, question: str, people: num, entries: num }),
  'oversight.grant': d({ userId: str, days: num }),
  'oversight.lookup': d({ by: str, matches: num }),
  // intelligence
  'subject.create': none,
  'subject.read': d({ via: str, hitId: str }),
  'subject.hit': d({ via: str, hitId: str }),
  'subject.update': d({ version: num }),
  'subject.delete': none,
  'subject.review': d({ nextReviewDate: str }),
  'subject.search': d({ queryHash: str, filters: strs, results: strs, hits: num }),
  'subject.list': d({ filters: strs, count: num }),
  'subject.follow': none,
  'subject.unfollow': none,
  'subject.classify': d({ offences: strs, added: strs, removed: strs }),
  'report.create': d({ subjectIds: strs, via: str }),
  'report.read': d({ via: str, subjectId: str }),
  'report.hit': none,
  'report.review': d({ nextReviewDate: str }),
  'report.search': d({ results: strs, queryHash: str, filters: strs, hits: num }),
  'report.list': d({ filters: strs, count: num, subjectId: str }),
  'link.create': d({ from: str, to: str }),
  'link.delete': none,
  'link.read': d({ links: strs, subjects: strs }),
  'review.queue': d({ subjects: strs, reports: strs }),
  // threat
  'threat.assess': d({ targetKind: str, subjectId: str, level: num, previous: z.number().nullable(), legalBasisId: str }),
  'threat.read': d({ assessments: ref }),
  'threat.queue': d({ assessments: ref }),
  // sharing and federation
  'sharing.list': d({ count: num, ids: strs }),
  'sharing.read': d({ stixId: str }),
  'sharing.export': d({ format: str, ids: strs, count: num }),
  'sharing.import': d({ format: str, objects: num, stored: num, ids: strs, attributes: num }),
  'sharing.receive': d({ collection: str, count: num, partnerId: str }),
  'sharing.correlation': d({ matches: num, kinds: strs }),
  'sharing.warninglist': d({ kind: str, occurrences: num }),
  'sharing.partner.create': d({ apiRoot: str }),
  'sharing.partner.update': fields,
  'sharing.partner.delete': none,
  'sharing.partner.sync': d({ stored: num, failed: num }),
  'sharing.partner-failure': d({ message: str }),
  'taxii.read': d({ collection: str, count: num, ids: strs }),
  'taxii.objects': d({ collection: str, count: num, ids: strs }),
  'taxii.manifest': d({ collection: str, count: num, ids: strs }),
  'taxii.versions': d({ collection: str, count: num, ids: strs }),
  'taxii.add': d({ collection: str, count: num, ids: strs }),
  'sharing.refuse': d({ origin: str, count: num, ids: strs }),
  'notification.read': d({ count: num }),
  'notification.list': none,
  // screening
  'screening.screen': d({ hits: num, suppressed: num, entries: ref, batchId: str }),
  'screening.batch_create': d({ format: str, travellers: num, errors: num, messageRef: str, legalBasisId: str }),
  'screening.batch_list': d({ results: ref }),
  'screening.batch_read': none,
  'screening.batch_screened': d({ processed: num, hits: num, suppressed: num, errors: num }),
  'screening.results_read': d({ results: ref }),
  'screening.queue_read': d({ status: str, hits: ref, batchId: str }),
  'screening.hit_read': d({ hitId: str }),
  'screening.hit_decide': d({ batchId: str, decision: str, entryId: str, suppressionId: str, reportId: str, referralId: str }),
  'screening.referrals_read': d({ referrals: ref }),
  'screening.suppressions_read': d({ results: ref }),
  'screening.suppression_revoke': d({ entryId: str, hitId: str }),
  // issue #15: a national subject met at screening (hitIds: the subjects; owners notified), and the owner's per-subject screening action
  'screening.encounter': d({ batchId: str, listed: num, notified: num, rescreenId: str }),
  'screening.action_set': d({ action: str }),
  'screening.action_read': none,
  'watchlist.list': d({ sources: ref }),
  'watchlist.versions': d({ source: str, versions: ref }),
  'watchlist.version_read': d({ source: str, changes: ref, versionId: str }),
  'watchlist.entries': d({ source: str, id: str, results: ref }),
  'watchlist.import': d({ source: str, version: ref, entries: num, added: num, removed: num, changed: num, skipped: num, previewId: str }),
  'watchlist.import_preview': d({ source: str, baseVersion: ref, entries: num, added: num, removed: num, changed: num, skipped: num }),
  'watchlist.preview_read': d({ source: str, change: ref }),
  'watchlist.import_discard': d({ source: str }),
  'watchlist.import_rejected': d({ source: str, issues: num, firstLine: ref }),
  'watchlist.delist': d({ source: str, version: ref, entryIds: strs }),
  'watchlist.rebuild': d({ source: str, version: ref, entries: num, added: num, removed: num, changed: num }),
  // content (terrorist content online)
  'content.hash': d({ sha256: str, kind: str, quality: num, matches: ref }),
  'content.lookup': d({ signals: strs, matches: ref }),
  'content.bank.create': none,
  'content.bank.list': d({ banks: ref }),
  'content.bank.read': none,
  'content.bank.update': fields,
  'content.bank.delete': d({ entries: num }),
  'content.bank.import': d({ entries: num }),
  'content.bank.export': d({ entries: num }),
  'content.entry.add': d({ entryId: str, kind: str, quality: num }),
  'content.entry.delete': d({ entryId: str }),
  'content.entry.list': d({ entries: ref }),
  'content.case.create': d({ signals: num }),
  'content.case.list': d({ cases: ref }),
  'content.case.read': none,
  'content.case.evidence': d({ sha256: str, bytes: num }),
  'content.case.evidence_read': none,
  'content.order.create': d({ caseId: str, kind: str, duplicates: ref }),
  'content.order.issue': d({ caseId: str, kind: str, crossBorder: bool, scrutinyOrgId: z.string().nullable(), duplicates: ref }),
  'content.order.list': d({ orders: ref }),
  'content.order.read': d({ caseId: str }),
  'content.order.scrutiny': d({ decision: str }),
  'content.order.appeal': d({ status: str }),
  'content.order.escalate': none,
  'content.order.withdraw': none,
  'content.order.revoke': none,
  'content.order.delivered': d({ deliveryId: str, event: str, attempts: num }),
  'content.order.delivery_failed': d({ deliveryId: str, event: str, attempts: num }),
  'content.order.delivery_retry': d({ deliveryId: str }),
  'content.order.delivered_other_means': d({ deliveryId: str, note: str }),
  'content.order.portal_link': none,
  'content.portal.read': none,
  'content.portal.removed': d({ removedAt: z.string().nullable() }),
  'content.portal.disabled': d({ removedAt: z.string().nullable() }),
  'content.portal.contested': d({ removedAt: z.string().nullable() }),
  'content.portal.declined': d({ removedAt: z.string().nullable() }),
  'content.provider.create': none,
  'content.provider.list': d({ providers: ref }),
  'content.provider.update': fields,
  'content.scrutiny.list': d({ orders: ref }),
  'content.transparency': d({ year: num, format: str }),
  // the pillars added since keep their actions beside each other (src/core/audit/actions/<pillar>.ts)
  ...CRISIS_ACTIONS,
  ...LEGAL_ACTIONS,
  ...PREVENTION_ACTIONS,
  ...ALERTS_ACTIONS,
  ...EVALUATION_ACTIONS,
  ...WATCHLIST_UPDATE_ACTIONS,
  ...VIEWS_ACTIONS,
} satisfies Record<string, z.ZodType>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Whether `action` is registered. */
export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** Keys every event may carry: the read door's released and hit/no-hit record ids. */
const DOOR_KEYS = z.object({ recordIds: strs.optional(), hitIds: strs.optional() }).strict();

/**
 * Checks an event's action and details (before the door's recordIds/hitIds are merged in). Returns
 * null when it is registered and its details fit, or the problem in words.
 */
export function auditSchemaProblem(action: string, details: Record<string, unknown> | undefined, refs: { recordIds?: unknown; hitIds?: unknown } = {}): string | null {
  if (!isAuditAction(action)) return `audit action "${action}" is not registered in src/core/audit/registry.ts`;
  const own = details ?? {};
  for (const k of ['recordIds', 'hitIds']) {
    if (k in own) return `audit action "${action}": "${k}" is an event field, not a detail`;
  }
  const parsed = AUDIT_ACTIONS[action].safeParse(own);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const where = i.code === 'unrecognized_keys' ? `unknown detail key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}` : `detail "${i.path.join('.')}": ${i.message}`;
    return `audit action "${action}": ${where} (register it in src/core/audit/registry.ts)`;
  }
  const r = DOOR_KEYS.safeParse(Object.fromEntries(Object.entries(refs).filter(([, v]) => v !== undefined)));
  if (!r.success) return `audit action "${action}": recordIds/hitIds must be lists of ids`;
  return null;
}
