import type { VigilModule } from '../../platform/module.ts';
import { oversightRoutes } from './oversight.routes.ts';
import { OVERSIGHT_TABLES } from './oversight.tables.ts';

export const oversightModule: VigilModule = {
  name: 'oversight',
  tables: OVERSIGHT_TABLES,
  routes: oversightRoutes,
};
