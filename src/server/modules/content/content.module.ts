import type { VigilModule } from '../../platform/module.ts';
import { contentRoutes } from './content.routes.ts';

export const contentModule: VigilModule = {
  name: 'content',
  tables: [
    'content_banks',
    'content_bank_entries',
    'content_index_state',
    'content_providers',
    'content_cases',
    'content_case_signals',
    'content_orders',
    'content_deliveries',
    'content_delivery_attempts',
  ],
  routes: contentRoutes,
};
