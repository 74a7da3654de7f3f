import type { VigilModule } from '../../platform/module.ts';
import { alertsRoutes } from './alerts.routes.ts';
import { feedCache } from './feed.cache.ts';
import { signerOf } from './publish.service.ts';

/** Public warnings (CAP 1.2): drafting, second-person approval, signed publication, the public feed. */
export const alertsModule: VigilModule = {
  name: 'alerts',
  tables: ['alerts', 'alerts_keys', 'alerts_feed_version'],
  routes: alertsRoutes,
  async start(p, log) {
    await signerOf(p);
    const cache = feedCache(p);
    await cache.refresh();
    cache.start(log);
    return async () => cache.stop();
  },
};
