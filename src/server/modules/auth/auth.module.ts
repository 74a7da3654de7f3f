import type { VigilModule } from '../../platform/module.ts';
import { authRoutes } from './auth.routes.ts';
import { startSignInAudit } from './auth.service.ts';
import { AUTH_TABLES } from './auth.tables.ts';

export const authModule: VigilModule = {
  name: 'auth',
  tables: AUTH_TABLES,
  routes: authRoutes,
  async start(p, log) {
    return startSignInAudit(p, log);
  },
};
