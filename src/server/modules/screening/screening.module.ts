/** Border screening: watch lists, screening of travellers, hit review (docs/SCREENING.md). */
import type { VigilModule } from '../../platform/module.ts';
import { startScreeningJobs } from './screening.jobs.ts';
import { screeningRoutes } from './screening.routes.ts';
import { SCREENING_TABLES } from './screening.tables.ts';

export const screeningModule: VigilModule = {
  name: 'screening',
  tables: SCREENING_TABLES,
  routes: screeningRoutes,
  async start(p, log) {
    return startScreeningJobs(p, log);
  },
};
