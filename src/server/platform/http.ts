import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { Admission } from './admission.ts';
import { securityHeaders } from './security-headers.ts';
import { actorFromApiToken, actorFromSession } from './auth.ts';
import { checkRequest, IMPORT_BODY_LIMIT, IMPORT_ROUTES, logErr, loggedUrl, wordsOf } from './edge.ts';
import { AppError } from './errors.ts';
import type { Platform } from './platform.ts';

export const SESSION_COOKIE = 'vigil_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type App = FastifyInstance & { withTypeProvider(): FastifyInstance };

/** Turns a validation path like "/markings/reviewDate" into a field name "markings.reviewDate". */
function fieldOf(path: string, fallback?: string): string | undefined {
  const f = path.replace(/^\//, '').replace(/\//g, '.');
  return f || fallback;
}

const megabytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`);

/**
 * A database refusal a user can act on, whatever the route: a unique value that is taken (409, naming
 * the column of the constraint, never the value) or text PostgreSQL cannot store (400; the edge check
 * refuses it first, this is the backstop).
 */
function databaseRefusal(err: unknown): AppError | undefined {
  const e = err as { code?: unknown; constraint?: unknown; table?: unknown };
  if (e.code === '23505') {
    const c = typeof e.constraint === 'string' ? e.constraint : '';
    const t = typeof e.table === 'string' ? e.table : '';
    const col = t && c.startsWith(`${t}_`) && c.endsWith('_key') ? c.slice(t.length + 1, -4) : '';
    const field = col.replace(/_(\w)/g, (_m, x: string) => x.toUpperCase()) || undefined;
    return new AppError('CONFLICT', `${field ? `${field}: ` : ''}this value is already taken by another record.`, field);
  }
  if (e.code === '22P05' || e.code === '22021') return new AppError('INVALID_INPUT', 'The input holds text that cannot be stored (a NUL character or invalid Unicode).');
  return undefined;
}

/** Trusts the nearest `hops` proxies (what Fastify does for a number; its types only take a function). */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/**
 * Builds the HTTP server: security headers, authentication (session cookie with CSRF, or bearer API
 * token), the error format, OpenAPI, the web app, and every module's routes.
 */
export async function buildHttp(
  platform: Platform,
  registerModules: (app: FastifyInstance) => Promise<void>,
  opts: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  // The static words of every route, so a log line of an unmatched path keeps only those.
  const routeWords = new Set<string>();
  const app = Fastify({
    // Start-up work (module routes, the web files) may wait on a busy machine: a slow start is no failure.
    pluginTimeout: 120_000,
    logger: {
      level: platform.config.logLevel,
      ...(opts.logStream ? { stream: opts.logStream } : {}),
      // Never log credentials, cookies, tokens, query strings or path values (names, document numbers).
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers["x-portal-token"]'],
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, url: loggedUrl(req, routeWords), remoteAddress: req.ip }),
        err: logErr,
      },
    },
    bodyLimit: 20 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // Off unless VIGIL_TRUST_PROXY names the proxies: then req.ip is the real client behind them.
    trustProxy: typeof platform.config.trustProxy === 'number' ? trustHops(platform.config.trustProxy) : platform.config.trustProxy,
    // Errors raised before routing (a malformed URL, an unsupported media type) get Vigil's shape too.
    frameworkErrors: (err, _req, reply) => {
      void (reply as FastifyReply).code(err.statusCode ?? 400).send({ error: { code: 'INVALID_INPUT', message: err.message } });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  // The security headers are the same on every answer: computed once, set first on each request.
  const headers = securityHeaders();
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(headers);
    done();
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Vigil API', version: '0.1.0', description: 'Every error answers {"error":{"code","message","field"?}}.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  app.addHook('onRoute', (route) => {
    for (const w of wordsOf(route.url)) routeWords.add(w);
    // Imports from outside (STIX, MISP, TAXII) have their own size limit, named in the 413 answer.
    if (route.bodyLimit === undefined && IMPORT_ROUTES.some((re) => re.test(route.url))) route.bodyLimit = IMPORT_BODY_LIMIT;
  });
  // Text the database cannot store and bodies nested too deep never reach a route (400 naming the field).
  app.addHook('preValidation', async (req) => checkRequest(req));

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  // Admission under load: ordinary API requests take a place (given back when the answer is sent or the
  // client leaves) before any work is done for them; urgent ones pass ahead, and while they go on the
  // ordinary ones have fewer places (admission.ts).
  const admission = new Admission(platform.config.activeRequests, platform.config.queuedRequests, platform.config.activeRequestsWhileScreening);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/taxii2')) return;
    const kind = req.routeOptions.config?.admission;
    if (kind === 'exempt') return;
    let leave: (() => void) | null;
    try {
      leave = await admission.enter(kind === 'urgent', () => reply.raw.closed);
    } catch (e) {
      void reply.header('retry-after', '1');
      throw e;
    }
    // The client left while waiting: nobody reads the answer, so no work is done for it.
    if (!leave) return reply.hijack();
    if (reply.raw.closed) leave();
    else reply.raw.once('close', leave);
  });

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/taxii2')) return;
    // An urgent route's sign-in lookup takes a connection before ordinary statements (priority-pool.ts).
    const db = req.routeOptions.config?.admission === 'urgent' ? platform.urgentDb : platform.db;
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && auth.startsWith('Bearer ')) {
      req.actor = await actorFromApiToken(db, auth.slice(7).trim());
      if (!req.actor) throw new AppError('UNAUTHENTICATED', 'The API token is not valid or was revoked.');
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await actorFromSession(db, token);
    if (!found) return;
    if (UNSAFE.has(req.method) && req.headers['x-csrf-token'] !== found.csrfToken) {
      throw new AppError('CSRF', 'Missing or wrong CSRF token (send the x-csrf-token header from login).');
    }
    req.actor = found.actor;
    req.sessionToken = token;
  });

  app.addHook('preHandler', async (req) => {
    if (req.routeOptions.config?.public) return;
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/taxii2')) return;
    if (req.url.startsWith('/api/docs')) return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}) } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const first = err.validation[0];
      const where = err.validationContext ?? 'body';
      const field = fieldOf(first?.instancePath ?? '', where);
      const message = `${field ?? where}: ${first?.message ?? 'invalid value'}`;
      return reply.status(400).send({ error: { code: 'INVALID_INPUT', message, ...(field ? { field } : {}) } });
    }
    const dbError = databaseRefusal(err);
    if (dbError) return reply.status(dbError.status).send({ error: { code: dbError.code, message: dbError.message, ...(dbError.field ? { field: dbError.field } : {}) } });
    const status = err.statusCode ?? 500;
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      // The limit is known for JSON bodies and imports; an upload parser may have its own.
      const known = IMPORT_ROUTES.some((re) => re.test(req.routeOptions.url ?? '')) || /^application\/json/i.test(String(req.headers['content-type'] ?? ''));
      const limit = req.routeOptions.bodyLimit ?? app.initialConfig.bodyLimit ?? 0;
      const message = known ? `The request body is larger than this route's limit of ${megabytes(limit)}.` : 'The request body is larger than this route accepts.';
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message } });
    }
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: 'Too many attempts; wait a few minutes and try again.' } });
    }
    if (status >= 400 && status < 500) {
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT';
      return reply.status(status).send({ error: { code, message: err.message } });
    }
    req.log.error({ err }, 'request failed');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Something went wrong on our side; the request id is ' + req.id } });
  });

  app.get('/api/health', { config: { public: true, admission: 'exempt' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await registerModules(app);

  const webDir = platform.config.webDir;
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: false, index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/taxii2')) {
      if (hasWeb) return reply.type('text/html').sendFile('index.html');
      return reply.type('text/plain').send('The web app is not built: run `npm run build`.');
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route ${req.method} ${req.url.split('?')[0]}.` } });
  });
  return app;
}
