/** Border screening: watch lists, screening of travellers, hit review (docs/SCREENING.md). */
import type { VigilModule } from '../../platform/module.ts';
import { withdrawSubject } from './national.service.ts';
import { startScreeningJobs } from './screening.jobs.ts';
import { screeningRoutes } from './screening.routes.ts';
import { SCREENING_TABLES } from './screening.tables.ts';

export const screeningModule: VigilModule = {
  name: 'screening',
  tables: SCREENING_TABLES,
  subscribe(p) {
    // a deleted subject's national-list entry is withdrawn with it (its past hits show as withdrawn)
    p.events.on('intel.subject-deleting', 'screening', (tx, ctx, e) => withdrawSubject(p, tx, ctx, e.subjectId));
  },
  routes: screeningRoutes,
  async start(p, log) {
    return startScreeningJobs(p, log);
  },
};
