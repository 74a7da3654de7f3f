/** The training's web-app files (public: no personal data): manifest, icons, service worker. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { APP_BASE, iconPng, manifest, SERVICE_WORKER, TRAINING_SCOPE } from './training-app.ts';

const bytes = z.any().describe('the file itself');

export async function trainingAppRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['prevention: training'];
  const config = { public: true };
  r.get(`${APP_BASE}/manifest.webmanifest`, { config, schema: { tags, summary: 'Web manifest of the training app (public)', response: { 200: bytes } } }, async (_req, reply) =>
    reply.type('application/manifest+json').header('cache-control', 'public, max-age=3600').send(JSON.stringify(manifest())),
  );
  r.get(`${APP_BASE}/icon-192.png`, { config, schema: { tags, summary: 'Training app icon, 192 px (public)', response: { 200: bytes } } }, async (_req, reply) =>
    reply.type('image/png').header('cache-control', 'public, max-age=86400').send(iconPng(192)),
  );
  r.get(`${APP_BASE}/icon-512.png`, { config, schema: { tags, summary: 'Training app icon, 512 px (public)', response: { 200: bytes } } }, async (_req, reply) =>
    reply.type('image/png').header('cache-control', 'public, max-age=86400').send(iconPng(512)),
  );
  // Served under /training-app, it may control the training pages only because this header allows that scope.
  r.get(`${APP_BASE}/sw.js`, { config, schema: { tags, summary: 'Service worker of the training pages (public)', response: { 200: bytes } } }, async (_req, reply) =>
    reply.type('text/javascript').header('service-worker-allowed', TRAINING_SCOPE).header('cache-control', 'no-cache').send(SERVICE_WORKER),
  );
}
