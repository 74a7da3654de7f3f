import type { VigilModule } from '../../platform/module.ts';
import { intelRoutes } from './intel.routes.ts';

export const intelModule: VigilModule = {
  name: 'intel',
  tables: [
    'subjects',
    'subject_names',
    'subject_name_words',
    'reports',
    'report_subjects',
    'links',
    'subject_follows',
    'tombstones',
    'subject_offences',
  ],
  routes: intelRoutes,
};
