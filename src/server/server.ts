import type { FastifyInstance } from 'fastify';
import type { Config } from './platform/config.ts';
import { buildHttp } from './platform/http.ts';
import { openPlatform, type Platform } from './platform/platform.ts';
import { registerModules, type RouteRecord } from './modules/index.ts';
import { ensureDemoData, allDemoAccounts } from './demo/demo-data.ts';

export interface RunningServer {
  app: FastifyInstance;
  platform: Platform;
  url: string;
  /** Every route and the module that registered it. */
  routes: RouteRecord[];
  close(): Promise<void>;
}

/** Builds the HTTP app over an open platform (tests use this with their own database). */
export function buildApp(platform: Platform, opts: { logStream?: NodeJS.WritableStream; routes?: RouteRecord[] } = {}): Promise<FastifyInstance> {
  return buildHttp(platform, (app) => registerModules(app, platform, opts.routes), opts);
}

/** Opens the database, migrates, loads the demo data when asked, and listens. */
export async function startServer(config: Config, opts: { quiet?: boolean; onQuery?: (sql: string, error?: unknown, ms?: number) => void; logStream?: NodeJS.WritableStream } = {}): Promise<RunningServer> {
  const platform = await openPlatform(config, opts.onQuery ? { onQuery: opts.onQuery } : {});
  try {
    if (config.demo) {
      const loaded = await ensureDemoData(platform, config.demoPassword, () => {
        if (!opts.quiet) console.log('Loading the demo dataset (one transaction; an interrupted load is redone at the next start)…');
      });
      if (loaded && !opts.quiet) console.log('Demo dataset loaded.');
    }
    const routes: RouteRecord[] = [];
    const app = await buildApp(platform, { routes, ...(opts.logStream ? { logStream: opts.logStream } : {}) });
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    if (!opts.quiet) {
      console.log(`Vigil is running at ${url} (database: ${platform.backend === 'pglite' ? `embedded, ${config.dataDir}` : 'PostgreSQL server'})`);
      console.log(`Audit signing key fingerprint: ${platform.audit.keyFingerprint} (verification trusts it via VIGIL_AUDIT_KEY_FINGERPRINT or VIGIL_AUDIT_PUBLIC_KEY_FILE)`);
      if (config.demo) {
        console.log(`Demo accounts (password: ${config.demoPassword === 'vigil-demo' ? 'vigil-demo' : 'from VIGIL_DEMO_PASSWORD'}):`);
        for (const a of allDemoAccounts()) console.log(`  ${a.username.padEnd(16)} ${a.description}`);
      }
    }
    return {
      app,
      platform,
      url,
      routes,
      async close() {
        await app.close();
        await platform.close();
      },
    };
  } catch (e) {
    await platform.close();
    throw e;
  }
}
