import type { VigilModule } from '../../platform/module.ts';
import { screeningRoutes } from './screening.routes.ts';

export const screeningModule: VigilModule = {
  name: 'screening',
  tables: [
    'watchlist_sources',
    'watchlist_versions',
    'watchlist_entries',
    'watchlist_changes',
    'watchlist_previews',
    'screening_batches',
    'screening_travellers',
    'screening_hits',
    'screening_decisions',
    'screening_suppressions',
    'screening_referrals',
    'screening_subject_actions',
  ],
  routes: screeningRoutes,
};
