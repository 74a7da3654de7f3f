/** Wires every module's routes into the HTTP server. */
import type { FastifyInstance } from 'fastify';
import type { Platform } from '../platform/platform.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { contentRoutes } from './content/content.routes.ts';
import { intelRoutes } from './intel/intel.routes.ts';
import { notificationRoutes } from './notifications/notifications.routes.ts';
import { oversightRoutes } from './oversight/oversight.routes.ts';
import { deleteForSubject } from './threat/threat.service.ts';
import { threatRoutes } from './threat/threat.routes.ts';
import { screeningRoutes } from './screening/screening.routes.ts';
import { sharingRoutes } from './sharing/sharing.routes.ts';

export async function registerModules(app: FastifyInstance, p: Platform): Promise<void> {
  await authRoutes(app, p);
  await adminRoutes(app, p);
  await intelRoutes(app, p, deleteForSubject);
  await threatRoutes(app, p);
  await notificationRoutes(app, p);
  await oversightRoutes(app, p);
  // (further modules are registered below this line)
  await screeningRoutes(app, p);
  await sharingRoutes(app, p);
  await contentRoutes(app, p);
}
