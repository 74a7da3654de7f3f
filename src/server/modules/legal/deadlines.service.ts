/**
 * The calendar of upcoming legal deadlines (authorisations and cooperation requests the reader may
 * read), its iCalendar export, and the reminder job: before each deadline, a notification to those who
 * must act.
 */
import { z } from 'zod';
import { reminderDue } from '../../../core/legal/deadlines.ts';
import { buildIcs } from '../../../core/legal/ics.ts';
import { icsLabels } from '../../../core/legal/ics-labels.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { notify } from '../notifications/notifications.service.ts';
import { activeUsersWithModule } from '../admin/directory.service.ts';
import { legalReadableSql, passLegalList, requireLegalRead } from './legal.access.ts';
import * as auths from './authorisations.repository.ts';
import * as coops from './cooperation.repository.ts';
import { deadlinesOf } from './authorisations.service.ts';
import { coopDeadlinesOf } from './cooperation.service.ts';
import { loadRules } from './registry.service.ts';
import { everyRecordSql } from './access.repository.ts';
import { claimReminder } from './reminders.repository.ts';

export const calendarQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(60) });
export const calendarWire = z.array(z.object({ recordType: z.enum(['legal-authorisation', 'legal-cooperation']), id: z.string(), reference: z.string(), key: z.string(), due: z.string(), reference_text: z.string(), overdue: z.boolean(), state: z.string() }));

/** The upcoming deadlines of the records the reader may read. */
export async function calendar(p: Platform, ctx: Ctx, q: z.infer<typeof calendarQuery>) {
  requireLegalRead(ctx);
  return upcoming(p, ctx, q.days, 'legal.deadlines', {});
}

/**
 * The same deadlines as an iCalendar file (RFC 5545) for calendar programs, in the requesting user's
 * interface language (core/legal/ics-labels.ts): a VEVENT per deadline whose summary holds only the
 * record's reference number and the kind of deadline — no names, parties or facts, since the file leaves
 * Vigil. Through the read door and audited as an export.
 */
export async function calendarIcs(p: Platform, ctx: Ctx, q: z.infer<typeof calendarQuery>): Promise<{ filename: string; body: string }> {
  requireLegalRead(ctx);
  const items = await upcoming(p, ctx, q.days, 'legal.deadlines-export', { days: q.days, format: 'ics' });
  const words = icsLabels(ctx.actor.locale);
  const events = items.map((x) => {
    const record = x.recordType === 'legal-authorisation' ? words.record.authorisation : words.record.cooperation;
    const deadline = words.deadline[x.key] ?? x.key;
    return {
      uid: `${x.id}.${x.key}.${x.due}@vigil-legal`,
      day: x.due,
      summary: `${x.reference}: ${deadline} (${record})`,
      description: words.description({ deadline, record, reference: x.reference, legalReference: x.reference_text }),
      categories: ['Vigil', record],
    };
  });
  return { filename: `vigil-legal-deadlines-${ctx.now.toISOString().slice(0, 10)}.ics`, body: buildIcs({ name: words.calendarName, events, now: ctx.now, prodId: `-//Vigil//Legal deadlines//${words.locale.toUpperCase()}` }) };
}

async function upcoming(p: Platform, ctx: Ctx, days: number, action: 'legal.deadlines' | 'legal.deadlines-export', details: Record<string, unknown>) {
  const rules = await loadRules(p.db);
  const on = ctx.now.toISOString().slice(0, 10);
  const horizon = new Date(ctx.now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const a = await auths.withDeadlines(p.db, legalReadableSql(p, ctx, 'a'));
  const c = await coops.listRequests(p.db, legalReadableSql(p, ctx, 'c'), {});
  const items = [
    ...a.flatMap((r) => deadlinesOf(r, rules, on).map((d) => ({ recordType: 'legal-authorisation' as const, row: r, id: r.id, reference: r.reference, key: d.key, due: d.due, reference_text: d.reference, overdue: d.overdue, state: r.state }))),
    ...c.flatMap((r) => coopDeadlinesOf(r, rules, on).map((d) => ({ recordType: 'legal-cooperation' as const, row: r, id: r.id, reference: r.reference, key: d.key, due: d.due, reference_text: d.reference, overdue: d.overdue, state: r.state }))),
  ].filter((x) => x.due <= horizon);
  // Only records with a deadline in view leave the service, through the door.
  const passedA = new Set((await passLegalList(p, ctx, 'legal-authorisation', action, [...new Map(items.filter((x) => x.recordType === 'legal-authorisation').map((x) => [x.id, x.row])).values()], { count: items.length, ...details })).map((r) => r.id));
  const passedC = new Set((await passLegalList(p, ctx, 'legal-cooperation', action, [...new Map(items.filter((x) => x.recordType === 'legal-cooperation').map((x) => [x.id, x.row])).values()], { count: items.length, ...details })).map((r) => r.id));
  return items
    .filter((x) => (x.recordType === 'legal-authorisation' ? passedA : passedC).has(x.id))
    .map(({ row: _row, ...x }) => x)
    .sort((x, y) => x.due.localeCompare(y.due));
}

const SYSTEM = { userId: null, username: 'system', orgId: null, orgName: 'Vigil' };

/** Who must act on an authorisation's deadline: the commission for opinions and urgent reviews, the service's heads otherwise. */
async function recipients(d: Database, orgId: string, key: string): Promise<string[]> {
  const commission = key === 'opinion' || key === 'urgent-review';
  const users = await activeUsersWithModule(d, 'legal', commission ? {} : { orgId });
  return users.filter((u) => u.rights.includes('approve') && u.rights.includes('oversee') === commission).map((u) => u.id);
}

/** One pass of the reminder job: a notification per deadline within the lead time, once per deadline and date. */
export async function sendReminders(p: Platform, now: Date): Promise<number> {
  const rules = await loadRules(p.db);
  const on = now.toISOString().slice(0, 10);
  const all = everyRecordSql();
  const due = [
    ...(await auths.withDeadlines(p.db, all)).flatMap((r) => deadlinesOf(r, rules, on).map((d) => ({ id: r.id, orgId: r.org_id, recordRef: r.reference, recordType: 'legal-authorisation', ...d }))),
    ...(await coops.listRequests(p.db, all, {})).flatMap((r) => coopDeadlinesOf(r, rules, on).map((d) => ({ id: r.id, orgId: r.org_id, recordRef: r.reference, recordType: 'legal-cooperation', ...d }))),
  ].filter((d) => reminderDue(d.due, on, rules));
  let sent = 0;
  for (const d of due) {
    await p.db.transaction().execute(async (tx) => {
      if (!(await claimReminder(tx, { recordId: d.id, key: d.key, due: d.due }))) return;
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
