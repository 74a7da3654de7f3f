/**
 * What the content module keeps per process: the match index and the background job. Tests reach
 * it as `app.contentRuntime` (to run the job now, or shorten the retry schedule).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Platform } from '../../platform/platform.ts';
import { ContentMatcher } from './matcher.ts';
import { ContentWorker, DEFAULT_WORKER, type WorkerOptions } from './webhook.ts';

export interface ContentRuntime {
  matcher: ContentMatcher;
  worker: ContentWorker;
}

declare module 'fastify' {
  interface FastifyInstance {
    contentRuntime?: ContentRuntime;
  }
}

/** Worker settings, overridable by VIGIL_CONTENT_RETRY_DELAYS_MS ("15000,60000,…") and VIGIL_CONTENT_JOB_INTERVAL_MS. */
export function workerOptions(env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const delays = env.VIGIL_CONTENT_RETRY_DELAYS_MS?.split(',').map((s) => Number(s.trim()));
  const interval = Number(env.VIGIL_CONTENT_JOB_INTERVAL_MS);
  return {
    ...DEFAULT_WORKER,
    retryDelaysMs: delays && delays.length && delays.every((d) => Number.isFinite(d) && d >= 0) ? delays : [...DEFAULT_WORKER.retryDelaysMs],
    intervalMs: Number.isFinite(interval) && interval >= 100 ? interval : DEFAULT_WORKER.intervalMs,
  };
}

/** Builds the index from the database, starts the job, and stops it when the app closes. */
export async function startRuntime(app: FastifyInstance, p: Platform): Promise<ContentRuntime> {
  const matcher = new ContentMatcher(p.db);
  await matcher.load();
  const worker = new ContentWorker(
    p,
    workerOptions(),
    (msg, err) => app.log.warn({ err: err instanceof Error ? { message: err.message } : err }, msg),
    async () => {
      await matcher.refreshIfStale();
    },
  );
  worker.start();
  app.addHook('onClose', async () => {
    await worker.stop();
  });
  const rt = { matcher, worker };
  app.decorate('contentRuntime', rt);
  return rt;
}

/** The base URL of portal links: VIGIL_PUBLIC_URL, else the origin the issuing request came to. */
export function portalBase(req: FastifyRequest): string {
  const env = process.env.VIGIL_PUBLIC_URL;
  if (env) return env.replace(/\/+$/, '');
  return `${req.protocol}://${req.host}`;
}
