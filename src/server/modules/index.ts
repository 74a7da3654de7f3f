/**
 * Every module of Vigil, in registration order. A new pillar adds its module here (docs/MODULES.md).
 * Tables of the platform itself (audit log, keys, instance state) belong to no module.
 */
import type { FastifyInstance } from 'fastify';
import type { VigilModule } from '../platform/module.ts';
import type { Platform } from '../platform/platform.ts';
import { adminModule } from './admin/admin.module.ts';
import { alertsModule } from './alerts/alerts.module.ts';
import { authModule } from './auth/auth.module.ts';
import { contentModule } from './content/content.module.ts';
import { evaluationModule } from './evaluation/evaluation.module.ts';
import { crisisModule } from './crisis/crisis.module.ts';
import { intelModule } from './intel/intel.module.ts';
import { legalModule } from './legal/legal.module.ts';
import { notificationsModule } from './notifications/notifications.module.ts';
import { oversightModule } from './oversight/oversight.module.ts';
import { preventionModule } from './prevention/prevention.module.ts';
import { screeningModule } from './screening/screening.module.ts';
import { sharingModule } from './sharing/sharing.module.ts';
import { threatModule } from './threat/threat.module.ts';
import { viewsModule } from './views/views.module.ts';

export const MODULE_LIST: readonly VigilModule[] = [
  authModule,
  adminModule,
  intelModule,
  threatModule,
  notificationsModule,
  oversightModule,
  screeningModule,
  sharingModule,
  contentModule,
  // (new pillars are added below this line)
  preventionModule,
  crisisModule,
  legalModule,
  alertsModule,
  evaluationModule,
  viewsModule,
];

/** Each route and the module that registered it (test/integration/route-shape.test.ts checks them). */
export interface RouteRecord {
  module: string;
  method: string;
  url: string;
  /** Whether the route declares a response schema for a success status. */
  hasResponseSchema: boolean;
}

/** Subscribes every module to the events it reacts to, then registers the routes. */
export async function registerModules(app: FastifyInstance, p: Platform, routes: RouteRecord[] = []): Promise<void> {
  for (const m of MODULE_LIST) m.subscribe?.(p);
  let current = '';
  app.addHook('onRoute', (r) => {
    if (!current || r.method === 'HEAD' || (Array.isArray(r.method) && r.method.length > 1)) return;
    const response = (r.schema as { response?: Record<string, unknown> } | undefined)?.response ?? {};
    routes.push({ module: current, method: String(r.method), url: r.url, hasResponseSchema: Object.keys(response).some((k) => /^(2\d\d|2xx|default)$/.test(k)) });
  });
  for (const m of MODULE_LIST) {
    current = m.name;
    await m.routes(app, p);
  }
  current = '';
  // Jobs start once the server is ready and stop when it closes.
  const stops: Array<() => Promise<void>> = [];
  app.addHook('onReady', async () => {
    for (const m of MODULE_LIST) {
      const stop = await m.start?.(p, (e, what) => app.log.error({ err: e }, `${m.name}: ${what}`));
      if (stop) stops.push(stop);
    }
  });
  app.addHook('onClose', async () => {
    for (const stop of stops.reverse()) await stop();
  });
}
