import type { VigilModule } from '../../platform/module.ts';
import { authRoutes } from './auth.routes.ts';
import { startSignInAudit } from './auth.service.ts';

export const authModule: VigilModule = {
  name: 'auth',
  tables: [
    'sessions',
    'api_tokens',
  ],
  routes: authRoutes,
  async start(p, log) {
    return startSignInAudit(p, log);
  },
};
