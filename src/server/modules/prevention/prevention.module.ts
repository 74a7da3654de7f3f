import type { VigilModule } from '../../platform/module.ts';
import { caseRoutes } from './cases.routes.ts';
import { caseOffenceRoutes } from './case-offences.routes.ts';
import { dropIntelLinks } from './cases.repository.ts';
import { basisChanged } from './cases.service.ts';
import { programmeRoutes } from './programmes.routes.ts';
import { programmeTheoryRoutes } from './programme-theory.routes.ts';
import { trainingAppRoutes } from './training-app.routes.ts';

/**
 * Prevention (issue #14, case and programme part): LIVC-R cells, cases under shared professional
 * secrecy, feedback sheets, programmes, CVE exchanges and the cultural-competency training.
 */
export const preventionModule: VigilModule = {
  name: 'prevention',
  tables: [
    'prevention_cells', 'prevention_members', 'prevention_member_changes', 'prevention_cases', 'prevention_case_fields', 'prevention_case_participants', 'prevention_case_stages',
    'prevention_contributions', 'prevention_plan_items', 'prevention_meetings', 'prevention_feedback_sheets', 'prevention_feedback_consents',
    'prevention_intel_links', 'prevention_programmes', 'prevention_partners', 'prevention_enrolments', 'prevention_sessions', 'prevention_attendance',
    'prevention_milestones', 'prevention_exchanges', 'prevention_cohorts', 'prevention_activities', 'prevention_lessons', 'prevention_follow_ups',
    'prevention_training_modules', 'prevention_training_teams', 'prevention_training_answers', 'prevention_case_offences',
    'prevention_programme_theories',
  ],
  subscribe(p) {
    // A case's documented link to a subject goes with the subject; the deletion's own audit entry names the subject.
    p.events.on('intel.subject-deleting', 'prevention', async (tx, ctx, e) => {
      const caseIds = await dropIntelLinks(tx, e.subjectId);
      if (caseIds.length) await p.record(ctx, [{ action: 'prevention.intel-unlink', recordType: 'prevention-case', recordIds: caseIds, details: { subjectId: e.subjectId } }], tx);
    });
    // A case citing an amended or repealed basis of the legal registry comes up for review.
    p.events.on('legal.basis-changed', 'prevention', (tx, ctx, e) => basisChanged(p, ctx, tx, e.basisId, e.successorId));
  },
  async routes(app, p) {
    await caseRoutes(app, p);
    await caseOffenceRoutes(app, p);
    await programmeRoutes(app, p);
    await programmeTheoryRoutes(app, p);
    await trainingAppRoutes(app);
  },
};
