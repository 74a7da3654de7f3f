import type { VigilModule } from '../../platform/module.ts';
import { authRoutes } from './auth.routes.ts';

export const authModule: VigilModule = {
  name: 'auth',
  tables: [
    'sessions',
    'api_tokens',
  ],
  routes: authRoutes,
};
