/**
 * A case as its reader sees it: the case passed the door already; here its contributions pass the
 * door one by one (shared professional secrecy: canReadContribution), and one audit event names the
 * case and every contribution released.
 */
import { reviewState } from '../../../core/access/policy.ts';
import { contributionMarkings, type SharingLevel } from '../../../core/access/prevention.ts';
import { maySend } from '../../../core/prevention/feedback.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './cases.repository.ts';
import { presentContribution, presentPlanItem, presentSheet, presentSummary, stagesAfter, type CaseDetail } from './cases.presenter.ts';
import { MODULE } from './prevention.access.ts';
import { named } from './people.ts';
import type { doorCase } from './prevention.access.ts';

type Passed = Awaited<ReturnType<typeof doorCase>>;

/** The feedback sheets of a case with their consent state and content problems. */
export async function sheetsWithState(d: Database, caseId: string, participantIds: readonly string[], contributions: ReadonlyArray<{ id: string; sharing: string; text: string }>) {
  const sheets = await repo.sheetsOf(d, caseId);
  const consents = await repo.consentsOf(d, sheets.map((s) => s.id));
  return sheets.map((s) => {
    const mine = consents.filter((c) => c.sheet_id === s.id && c.version === s.version);
    const decisions = new Map(mine.map((c) => [c.member_id, c.decision as 'consent' | 'refuse']));
    const check = maySend({ participantIds, decisions }, { texts: s.texts, contributionIds: s.contribution_ids }, contributions.map((c) => ({ id: c.id, sharing: c.sharing as SharingLevel, text: c.text })));
    return { row: s, view: presentSheet(s, { consents: mine.map((c) => ({ memberId: c.member_id, decision: c.decision as 'consent' | 'refuse' })), missing: check.missing, refused: check.refused, problems: s.state === 'sent' ? [] : check.problems }) };
  });
}

export async function caseDetail(p: Platform, ctx: Ctx, c: Passed, via: string): Promise<CaseDetail> {
  const r = c.row;
  const all = await named(p.db, await repo.contributionsOf(p.db, r.id));
  const { full } = await passDoor(p, ctx, {
    module: MODULE,
    recordType: 'prevention-case',
    action: 'prevention.case-read',
    rows: all,
    markings: (n) => contributionMarkings(ctx.actor, { id: n.id, orgId: n.org_id, sharing: n.sharing as SharingLevel }),
    about: [r.id],
    details: { via, contributions: all.length },
  });
  await p.orgs.fresh();
  const [fields, stages, plan, links] = await Promise.all([repo.fieldsOf(p.db, r.id), repo.stagesOf(p.db, r.id), repo.planOf(p.db, r.id), repo.intelLinksOf(p.db, r.id)]);
  // Consent checks look at every contribution (a sheet must not repeat a note the reader cannot see either); only problems' field names leave.
  const sheets = await sheetsWithState(p.db, r.id, c.participants.map((m) => m.id), all);
  const review = reviewState({ reviewDate: r.review_date }, { now: ctx.now, graceDays: p.config.retentionGraceDays });
  return {
    ...presentSummary(r),
    legalBasis: r.legal_basis,
    legalBasisId: r.legal_basis_id,
    consentNote: r.consent_note,
    nextStages: stagesAfter(r),
    review: { due: review.reviewDue, restricted: review.restricted },
    version: r.version,
    broughtBy: r.brought_by,
    fields: fields.map((f) => ({ id: f.id, field: f.field, value: f.value, reason: f.reason })),
    participants: c.participants.map((m) => ({ memberId: m.id, userId: m.user_id, name: m.display_name, orgId: m.org_id, orgName: p.orgs.name(m.org_id), role: m.role, core: m.core })),
    stages: stages.map((s) => ({ from: s.from_stage, to: s.to_stage, reason: s.reason, memberId: s.member_id, at: s.at.toISOString() })),
    contributions: full.map((n) => presentContribution(n, p.orgs.name)),
    plan: plan.map((i) => presentPlanItem(i, p.orgs.name)),
    feedback: sheets.map((s) => s.view),
    intelLinks: links.map((l) => ({ id: l.id, subjectId: l.subject_id, reason: l.reason, decisionRef: l.decision_ref, decidedBy: l.decided_by, createdAt: l.created_at.toISOString() })),
    me: { memberId: c.member?.id ?? null, coordinator: c.coordinator, participant: !!c.member && c.participants.some((m) => m.id === c.member.id) },
  };
}
