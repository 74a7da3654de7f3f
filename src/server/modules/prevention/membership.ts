/**
 * The rules of a cell's membership changes (pure): which of the roles the law names in every LIVC-R
 * (mayor, police chief, prevention official) and the cell's coordination a change leaves without a
 * holder. Such a change is never silent: it needs an explicit confirmation, and leaving the cell without
 * a coordinator is for a prevention administrator only (nobody else could manage the cell afterwards).
 */
import { CORE_ROLES } from './cells.presenter.ts';

export interface Holder {
  id: string;
  role: string;
  org_id: string;
}

/** What a change does to one member: a new role and organisation, or removal (null). */
export type After = { role: string; orgId: string } | null;

/** The vacancies a change would open: core roles with no remaining holder, and 'coordinator'. */
export function vacanciesAfter(members: readonly Holder[], memberId: string, after: After, cellOrgId: string): string[] {
  const before = members;
  const next: Holder[] = members.flatMap((m) => (m.id !== memberId ? [m] : after ? [{ id: m.id, role: after.role, org_id: after.orgId }] : []));
  const out: string[] = [];
  for (const role of CORE_ROLES) if (before.some((m) => m.role === role) && !next.some((m) => m.role === role)) out.push(role);
  const coordinates = (m: Holder) => m.role === 'prevention_official' && m.org_id === cellOrgId;
  if (before.some(coordinates) && !next.some(coordinates)) out.push('coordinator');
  return out;
}

/** Why the change may not go ahead as asked, or null. */
export function vacancyProblem(vacancies: readonly string[], opts: { confirmed: boolean; admin: boolean }): { code: 'CONFLICT' | 'FORBIDDEN'; message: string } | null {
  if (vacancies.length === 0) return null;
  const named = vacancies.map((v) => (v === 'coordinator' ? 'coordinator' : v.replace('_', ' '))).join(', ');
  if (vacancies.includes('coordinator') && !opts.admin) return { code: 'FORBIDDEN', message: `This would leave the cell without a coordinator; only a prevention administrator does that (add the new coordinator first).` };
  if (!opts.confirmed) return { code: 'CONFLICT', message: `This would leave the cell without its ${named}; confirm to go ahead.` };
  return null;
}
