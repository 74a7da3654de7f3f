/**
 * The online-content pillar: hash banks and matching, hosting providers, content cases, referrals and
 * removal orders (Regulation 2021/784) with webhook deliveries, cross-border scrutiny, the provider
 * portal and the transparency report. Uploads are raw request bodies (application/octet-stream,
 * image/*, video/*; at most 20 MB); bank imports are text/csv; both parsers live in this module's
 * scope only. The match index and the job (deliveries, retries, overdue escalation) start in start().
 */
import type { VigilModule } from '../../platform/module.ts';
import { bankRoutes } from './banks.routes.ts';
import { caseRoutes } from './content-cases.routes.ts';
import { contentRuntime, startContentJobs } from './content.jobs.ts';
import { CONTENT_TABLES } from './content.tables.ts';
import { orderRoutes } from './orders.routes.ts';
import { portalRoutes } from './portal.routes.ts';
import { providerRoutes } from './providers.routes.ts';

export const UPLOAD_LIMIT = 20 * 1024 * 1024;
export const UPLOAD_TYPES = /^(application\/octet-stream|image\/[\w.+-]+|video\/[\w.+-]+)$/;

export const contentModule: VigilModule = {
  name: 'content',
  tables: CONTENT_TABLES,
  async routes(app, p) {
    // Tests reach the runtime (run the job now, shorten the retry schedule); nothing runs before start().
    app.decorate('contentRuntime', contentRuntime(p));
    await app.register(async (scope) => {
      scope.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
      scope.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: UPLOAD_LIMIT }, (_req, body, done) => done(null, body));
      await bankRoutes(scope, p);
      await providerRoutes(scope, p);
      await caseRoutes(scope, p);
      await orderRoutes(scope, p);
      await portalRoutes(scope, p);
    });
  },
  start: (p, log) => startContentJobs(p, log),
};
