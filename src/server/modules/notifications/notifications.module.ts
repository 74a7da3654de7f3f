import type { VigilModule } from '../../platform/module.ts';
import { notificationRoutes } from './notifications.routes.ts';

export const notificationsModule: VigilModule = {
  name: 'notifications',
  tables: [
    'notifications',
  ],
  routes: notificationRoutes,
};
