/** The crisis pillar (issue #13): incidents, log, protocols and boards, live events, after-action reviews. */
import type { VigilModule } from '../../platform/module.ts';
import { boardRoutes } from './board.routes.ts';
import { cordonRoutes } from './cordons.routes.ts';
import { CRISIS_TABLES } from './crisis.tables.ts';
import { incidentRoutes } from './incidents.routes.ts';
import { unlinkSubject } from './incidents.repository.ts';
import { logRoutes } from './log.routes.ts';
import { reviewRoutes } from './reviews.routes.ts';
import { startReminders } from './reviews.service.ts';
import { hubOf } from './stream.service.ts';

export const crisisModule: VigilModule = {
  name: 'crisis',
  tables: CRISIS_TABLES,
  subscribe(p) {
    // a deleted subject leaves no link on an incident
    p.events.on('intel.subject-deleting', 'crisis', (tx, _ctx, e) => unlinkSubject(tx, e.subjectId));
  },
  async routes(app, p) {
    await incidentRoutes(app, p);
    await logRoutes(app, p);
    await boardRoutes(app, p);
    await cordonRoutes(app, p);
    await reviewRoutes(app, p);
  },
  async start(p, log) {
    const hub = hubOf(p, (e) => log(e, 'live incident events'));
    await hub.start();
    const reminders = p.config.reminderMinutes > 0 ? startReminders(p, log, p.config.reminderMinutes * 60_000) : null;
    return async () => {
      reminders?.stop();
      hub.stop();
    };
  },
};
