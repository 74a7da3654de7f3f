/**
 * The calendar of upcoming legal deadlines (authorisations and cooperation requests the reader may
 * read), and the reminder job: before each deadline, a notification to those who must act.
 */
import { z } from 'zod';
import { reminderDue } from '../../../core/legal/deadlines.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { withTables } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { notify } from '../notifications/notifications.service.ts';
import { legalReadableSql, passLegalList, requireLegalRead } from './legal.access.ts';
import * as auths from './authorisations.repository.ts';
import * as coops from './cooperation.repository.ts';
import { deadlinesOf } from './authorisations.service.ts';
import { coopDeadlinesOf } from './cooperation.service.ts';
import { loadRules } from './registry.service.ts';
import type { LegalTables } from './legal.tables.ts';
import { sql } from 'kysely';

export const calendarQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(60) });
export const calendarWire = z.array(z.object({ recordType: z.enum(['legal-authorisation', 'legal-cooperation']), id: z.string(), reference: z.string(), key: z.string(), due: z.string(), reference_text: z.string(), overdue: z.boolean(), state: z.string() }));

export async function calendar(p: Platform, ctx: Ctx, q: z.infer<typeof calendarQuery>) {
  requireLegalRead(ctx);
  const rules = await loadRules(p.db);
  const on = ctx.now.toISOString().slice(0, 10);
  const horizon = new Date(ctx.now.getTime() + q.days * 86_400_000).toISOString().slice(0, 10);
  const a = await auths.withDeadlines(p.db, legalReadableSql(p, ctx, 'a'));
  const c = await coops.listRequests(p.db, legalReadableSql(p, ctx, 'c'), {});
  const items = [
    ...a.flatMap((r) => deadlinesOf(r, rules, on).map((d) => ({ recordType: 'legal-authorisation' as const, row: r, id: r.id, reference: r.reference, key: d.key, due: d.due, reference_text: d.reference, overdue: d.overdue, state: r.state }))),
    ...c.flatMap((r) => coopDeadlinesOf(r, rules, on).map((d) => ({ recordType: 'legal-cooperation' as const, row: r, id: r.id, reference: r.reference, key: d.key, due: d.due, reference_text: d.reference, overdue: d.overdue, state: r.state }))),
  ].filter((x) => x.due <= horizon);
  // Only records with a deadline in view leave the service, through the door.
  const passedA = new Set((await passLegalList(p, ctx, 'legal-authorisation', 'legal.deadlines', [...new Map(items.filter((x) => x.recordType === 'legal-authorisation').map((x) => [x.id, x.row])).values()], { count: items.length })).map((r) => r.id));
  const passedC = new Set((await passLegalList(p, ctx, 'legal-cooperation', 'legal.deadlines', [...new Map(items.filter((x) => x.recordType === 'legal-cooperation').map((x) => [x.id, x.row])).values()], { count: items.length })).map((r) => r.id));
  return items
    .filter((x) => (x.recordType === 'legal-authorisation' ? passedA : passedC).has(x.id))
    .map(({ row: _row, ...x }) => x)
    .sort((x, y) => x.due.localeCompare(y.due));
}

const SYSTEM = { userId: null, username: 'system', orgId: null, orgName: 'Vigil' };

/** Who must act on an authorisation's deadline: the commission for opinions and urgent reviews, the service's heads otherwise. */
async function recipients(d: Database, orgId: string, key: string): Promise<string[]> {
  if (key === 'opinion' || key === 'urgent-review') return (await auths.legalUsers(d, { permission: 'approve', alsoOversee: true })).map((u) => u.id);
  return (await auths.legalUsers(d, { orgId, permission: 'approve', alsoOversee: false })).map((u) => u.id);
}

/** One pass of the reminder job: a notification per deadline within the lead time, once per deadline and date. */
export async function sendReminders(p: Platform, now: Date): Promise<number> {
  const rules = await loadRules(p.db);
  const on = now.toISOString().slice(0, 10);
  const all = sql<boolean>`TRUE`;
  const due = [
    ...(await auths.withDeadlines(p.db, all)).flatMap((r) => deadlinesOf(r, rules, on).map((d) => ({ id: r.id, orgId: r.org_id, recordRef: r.reference, recordType: 'legal-authorisation', ...d }))),
    ...(await coops.listRequests(p.db, all, {})).flatMap((r) => coopDeadlinesOf(r, rules, on).map((d) => ({ id: r.id, orgId: r.org_id, recordRef: r.reference, recordType: 'legal-cooperation', ...d }))),
  ].filter((d) => reminderDue(d.due, on, rules));
  let sent = 0;
  for (const d of due) {
    await p.db.transaction().execute(async (tx) => {
      const fresh = await withTables<LegalTables>(tx).insertInto('legal_reminders').values({ record_id: d.id, deadline_key: d.key, due: d.due }).onConflict((oc) => oc.doNothing()).returning('record_id').executeTakeFirst();
      if (!fresh) return;
      const users = await recipients(tx, d.orgId, d.key);
      await notify(tx, users, { kind: 'legal.deadline', recordType: d.recordType, recordId: d.id, payload: { reference: d.recordRef, deadline: d.key, due: d.due, legalReference: d.reference } });
      await p.audit.append(SYSTEM, [{ action: 'legal.reminder', recordType: d.recordType, recordId: d.id, details: { deadline: d.key, due: d.due, recipients: users.length } }], tx);
      sent += 1;
    });
  }
  return sent;
}

/** The reminder job: once at start, then every `intervalMs`. */
export function startReminders(p: Platform, log: (e: unknown, what: string) => void, intervalMs = 3_600_000) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await sendReminders(p, new Date());
    } catch (e) {
      log(e, 'legal reminders');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 1_000);
  const timer = setInterval(run, intervalMs);
  timer.unref();
  first.unref();
  return { stop: async () => { clearTimeout(first); clearInterval(timer); } };
}
