import type { VigilModule } from '../../platform/module.ts';
import { threatRoutes } from './threat.routes.ts';
import { deleteForSubject } from './threat.service.ts';

export const threatModule: VigilModule = {
  name: 'threat',
  tables: [
    'threat_assessments',
  ],
  subscribe(p) {
    // a deleted subject's assessments go with it
    p.events.on('intel.subject-deleting', 'threat', (tx, _ctx, e) => deleteForSubject(tx, e.subjectId));
  },
  routes: threatRoutes,
};
