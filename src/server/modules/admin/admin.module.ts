import type { VigilModule } from '../../platform/module.ts';
import { adminRoutes } from './admin.routes.ts';

export const adminModule: VigilModule = {
  name: 'admin',
  tables: [
    'organisations',
    'users',
    'sharing_groups',
    'sharing_group_members',
    'user_changes',
  ],
  routes: adminRoutes,
};
