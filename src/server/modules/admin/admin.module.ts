import type { VigilModule } from '../../platform/module.ts';
import { adminRoutes } from './admin.routes.ts';
import { ADMIN_TABLES } from './admin.tables.ts';

export const adminModule: VigilModule = {
  name: 'admin',
  tables: ADMIN_TABLES,
  routes: adminRoutes,
};
