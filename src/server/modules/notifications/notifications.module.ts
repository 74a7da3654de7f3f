import type { VigilModule } from '../../platform/module.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { NOTIFICATIONS_TABLES } from './notifications.tables.ts';

export const notificationsModule: VigilModule = {
  name: 'notifications',
  tables: NOTIFICATIONS_TABLES,
  routes: notificationRoutes,
};
