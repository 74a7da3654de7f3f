import type { VigilModule } from '../../platform/module.ts';
import { threatRoutes } from './threat.routes.ts';
import { deleteForSubject } from './threat.service.ts';
import { THREAT_TABLES } from './threat.tables.ts';

export const threatModule: VigilModule = {
  name: 'threat',
  tables: THREAT_TABLES,
  subscribe(p) {
    // a deleted subject's assessments go with it
    p.events.on('intel.subject-deleting', 'threat', (tx, _ctx, e) => deleteForSubject(tx, e.subjectId));
  },
  routes: threatRoutes,
};
