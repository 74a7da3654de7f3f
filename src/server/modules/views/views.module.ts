import type { VigilModule } from '../../platform/module.ts';
import { viewRoutes } from './views.routes.ts';

/** Saved table views per user (sort, page size, filters of a screen), readable by their user only. */
export const viewsModule: VigilModule = {
  name: 'views',
  tables: ['saved_views'],
  routes: viewRoutes,
};
