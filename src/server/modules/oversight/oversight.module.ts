import type { VigilModule } from '../../platform/module.ts';
import { oversightRoutes } from './oversight.routes.ts';

export const oversightModule: VigilModule = {
  name: 'oversight',
  tables: [
    'oversight_grants',
  ],
  routes: oversightRoutes,
};
