import type { VigilModule } from '../../platform/module.ts';
import { LEGAL_TABLES } from './legal.tables.ts';
import { legalRoutes } from './legal.routes.ts';
import { startReminders } from './deadlines.service.ts';
import { seedDefaultRules } from './registry.service.ts';

/** The legal framework: registry, special-method authorisations, judicial cooperation, oversight statistics. */
export const legalModule: VigilModule = {
  name: 'legal',
  tables: LEGAL_TABLES,
  routes: legalRoutes,
  async start(p, log) {
    await seedDefaultRules(p.db);
    if (p.config.reminderMinutes === 0) return;
    const job = startReminders(p, log, p.config.reminderMinutes * 60_000);
    return () => job.stop();
  },
};
