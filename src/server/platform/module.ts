/**
 * The one shape of a Vigil module (docs/MODULES.md). A module lists the tables it owns — no other
 * module's SQL may name them (test/shape.test.ts) —, subscribes to other modules' events, registers
 * its routes, and starts its background jobs when the server is ready (never while routes register).
 */
import type { FastifyInstance } from 'fastify';
import type { Platform } from './platform.ts';

export interface VigilModule {
  name: string;
  /** The tables this module's repository owns. */
  tables: readonly string[];
  /** Subscribes to other modules' events (platform/events.ts). Called once, before routes. */
  subscribe?(p: Platform): void;
  /** Registers the module's routes: zod in and out, one service call each. */
  routes(app: FastifyInstance, p: Platform): Promise<void>;
  /** Starts jobs (syncs, reminders, outbox) once the server listens; returns what stops them. */
  start?(p: Platform, log: (e: unknown, what: string) => void): Promise<(() => Promise<void>) | void>;
}
