import type { VigilModule } from '../../platform/module.ts';
import { sharingRoutes } from './sharing.routes.ts';
import { startSharingJobs } from './sharing.jobs.ts';

export const sharingModule: VigilModule = {
  name: 'sharing',
  tables: [
    'sharing_objects',
    'sharing_state',
    'sharing_taxii_status',
    'sharing_partners',
    'sharing_partner_cursors',
    'sharing_identifiers',
    'sharing_warninglist',
  ],
  routes: sharingRoutes,
  start: startSharingJobs,
};
