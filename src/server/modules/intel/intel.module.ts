import type { VigilModule } from '../../platform/module.ts';
import { intelRoutes } from './intel.routes.ts';
import { backfillSearchKeys } from './subject-name-keys.service.ts';
import { INTEL_TABLES } from './intel.tables.ts';

export const intelModule: VigilModule = {
  name: 'intel',
  tables: INTEL_TABLES,
  routes: intelRoutes,
  async start(p, log) {
    // names stored before their search keys (migration 0031) get them in the background, in batches
    // (a stop ends it after the current batch; the next start carries on)
    let stop = false;
    const job = backfillSearchKeys(p, 500, () => stop).catch((e: unknown) => log(e, 'subject name search keys'));
    return async () => {
      stop = true;
      await job;
    };
  },
};
