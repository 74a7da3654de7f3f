/**
 * Statistics for the oversight bodies, computed from the transitions of authorisations (the same
 * facts the audit log holds, so a figure can be recomputed from the log). Pure.
 *
 * Publication suppresses small cells: a count from 1 to SMALL_CELL_THRESHOLD − 1 is published as
 * "<5". A small count of one service's use of one method in one month can point to a single
 * operation or person; 5 is the usual minimum cell size of official statistics. Zero is published
 * (it reveals no one). The exact figures stay for the oversight bodies themselves.
 */
import type { AuthState } from './authorisation.ts';

export const SMALL_CELL_THRESHOLD = 5;

/** One transition, as the statistics see it. */
export interface TransitionFact {
  authorisationId: string;
  orgId: string;
  method: string;
  to: AuthState;
  action: string;
  /** ISO timestamp of the transition. */
  at: string;
  targets: number;
  offenceIds: readonly string[];
}

export interface StatRow {
  orgId: string;
  method: string;
  /** YYYY-MM */
  month: string;
  /** Methods that began (approved or started in urgency). */
  started: number;
  refused: number;
  suspended: number;
  ended: number;
  destroyed: number;
  /** Distinct persons targeted by the methods that began. */
  persons: number;
  /** Total running days of the methods that stopped this month (ended or expired). */
  runningDays: number;
}

export interface OffenceRow {
  offenceId: string;
  authorisations: number;
}

const STARTS = new Set<AuthState>(['active', 'urgent', 'awaiting-opinion']);

/**
 * Counts per service × method × month. A method "begins" in the month of its first transition into a
 * running state or into awaiting-opinion (the head of service's decision): one count per authorisation.
 */
export function computeStatistics(facts: readonly TransitionFact[]): { rows: StatRow[]; offences: OffenceRow[] } {
  const byAuth = new Map<string, TransitionFact[]>();
  for (const f of [...facts].sort((a, b) => a.at.localeCompare(b.at))) byAuth.set(f.authorisationId, [...(byAuth.get(f.authorisationId) ?? []), f]);
  const cells = new Map<string, StatRow>();
  const cell = (f: TransitionFact) => {
    const month = f.at.slice(0, 7);
    const key = `${f.orgId}|${f.method}|${month}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { orgId: f.orgId, method: f.method, month, started: 0, refused: 0, suspended: 0, ended: 0, destroyed: 0, persons: 0, runningDays: 0 }));
    return c;
  };
  const offences = new Map<string, number>();
  for (const list of byAuth.values()) {
    const begin = list.find((f) => STARTS.has(f.to));
    if (begin) {
      const c = cell(begin);
      c.started += 1;
      c.persons += begin.targets;
      for (const o of begin.offenceIds) offences.set(o, (offences.get(o) ?? 0) + 1);
    }
    const running = list.find((f) => f.to === 'active' || f.to === 'urgent');
    for (const f of list) {
      if (f.to === 'refused') cell(f).refused += 1;
      if (f.action === 'suspend') cell(f).suspended += 1;
      if (f.to === 'destroyed') cell(f).destroyed += 1;
      if (f.to === 'ended' || f.to === 'expired') {
        const c = cell(f);
        c.ended += 1;
        if (running) c.runningDays += Math.max(0, Math.round((Date.parse(f.at) - Date.parse(running.at)) / 86_400_000));
      }
    }
  }
  const rows = [...cells.values()].sort((a, b) => a.month.localeCompare(b.month) || a.orgId.localeCompare(b.orgId) || a.method.localeCompare(b.method));
  return { rows, offences: [...offences].map(([offenceId, authorisations]) => ({ offenceId, authorisations })).sort((a, b) => a.offenceId.localeCompare(b.offenceId)) };
}

/** A judicial cooperation request as the per-offence counts see it (the facts its creation's audit entry holds). */
export interface CooperationFact {
  requestId: string;
  /** ISO timestamp of its recording. */
  at: string;
  offenceIds: readonly string[];
}

/**
 * Per offence: the authorisations that began (computeStatistics) and the judicial cooperation requests
 * recorded in the period, one count per request and offence. Offences with neither are left out.
 */
export function offenceCounts(authorisations: readonly OffenceRow[], cooperation: readonly CooperationFact[]): Array<OffenceRow & { cooperation: number }> {
  const out = new Map<string, OffenceRow & { cooperation: number }>();
  const row = (offenceId: string) => out.get(offenceId) ?? out.set(offenceId, { offenceId, authorisations: 0, cooperation: 0 }).get(offenceId)!;
  for (const a of authorisations) row(a.offenceId).authorisations += a.authorisations;
  const seen = new Set<string>();
  for (const c of cooperation) {
    for (const o of new Set(c.offenceIds)) {
      if (seen.has(`${c.requestId}|${o}`)) continue;
      seen.add(`${c.requestId}|${o}`);
      row(o).cooperation += 1;
    }
  }
  return [...out.values()].sort((a, b) => a.offenceId.localeCompare(b.offenceId));
}

/** A count as published: 0, the count from the threshold up, else "<threshold". */
export function publish(n: number, threshold = SMALL_CELL_THRESHOLD): string {
  return n === 0 || n >= threshold ? String(n) : `<${threshold}`;
}

const COLUMNS = ['started', 'refused', 'suspended', 'ended', 'destroyed', 'persons'] as const;

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v;
}

/**
 * The table as CSV, one line per service × method × month. With `suppress`, counts below the
 * threshold are published as "<5" and the running days of a cell with fewer than 5 stopped methods are
 * withheld ("suppressed"), since an average over one or two methods reveals each one.
 */
export function statisticsCsv(rows: readonly StatRow[], orgName: (id: string) => string, suppress: boolean, threshold = SMALL_CELL_THRESHOLD): string {
  const head = ['month', 'service', 'method', ...COLUMNS, 'running_days'];
  const lines = rows.map((r) => [
    r.month,
    orgName(r.orgId),
    r.method,
    ...COLUMNS.map((c) => (suppress ? publish(r[c], threshold) : String(r[c]))),
    suppress && r.ended > 0 && r.ended < threshold ? 'suppressed' : String(r.runningDays),
  ]);
  return [head, ...lines].map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
