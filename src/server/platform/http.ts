import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
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
import { actorFromApiToken, actorFromSession } from './auth.ts';
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

/**
 * Builds the HTTP server: security headers, authentication (session cookie with CSRF, or bearer API
 * token), the error format, OpenAPI, the web app, and every module's routes.
 */
export async function buildHttp(platform: Platform, registerModules: (app: FastifyInstance) => Promise<void>): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: platform.config.logLevel,
      // Never log credentials or cookies.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: 20 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    trustProxy: false,
    // Errors raised before routing (a malformed URL, an unsupported media type) get Vigil's shape too.
    frameworkErrors: (err, _req, reply) => {
      void (reply as FastifyReply).code(err.statusCode ?? 400).send({ error: { code: 'INVALID_INPUT', message: err.message } });
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Plain HTTP on localhost must keep working; behind TLS the proxy adds HSTS.
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
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

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/') && !req.url.startsWith('/taxii2')) return;
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && auth.startsWith('Bearer ')) {
      req.actor = await actorFromApiToken(platform.db, auth.slice(7).trim());
      if (!req.actor) throw new AppError('UNAUTHENTICATED', 'The API token is not valid or was revoked.');
      return;
    }
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await actorFromSession(platform.db, token);
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
    const status = err.statusCode ?? 500;
    if (status === 429) {
      return reply.status(429).send({ error: { code: 'RATE_LIMITED', message: 'Too many attempts; wait a few minutes and try again.' } });
    }
    if (status >= 400 && status < 500) {
      const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 404 ? 'NOT_FOUND' : 'INVALID_INPUT';
      return reply.status(status).send({ error: { code, message: err.message } });
    }
    req.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'request failed');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Something went wrong on our side; the request id is ' + req.id } });
  });

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
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
