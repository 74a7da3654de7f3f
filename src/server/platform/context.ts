import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionActor } from './auth.ts';
import { AppError } from './errors.ts';

/** What every service function receives first: who acts, for which request, for what purpose. */
export interface Ctx {
  actor: SessionActor;
  requestId: string;
  /** The purpose the user declared for this access (header x-vigil-purpose), if any. */
  purpose: string | null;
  now: Date;
  /** An urgent request (its route's `admission: 'urgent'`: a traveller screened at the desk): its audit goes first (AuditLog). */
  urgent?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** Route needs no signed-in user. */
    public?: boolean;
    /**
     * Admission under load (admission.ts): 'urgent' passes ahead of every waiting request (a traveller
     * screened at the desk); 'exempt' is not counted at all (long-lived streams, the health check).
     */
    admission?: 'urgent' | 'exempt';
  }
}

/** The service context of an authenticated request; 401 when nobody is signed in. */
export function ctxOf(req: FastifyRequest): Ctx {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  const purpose = req.headers['x-vigil-purpose'];
  return {
    actor: req.actor,
    requestId: req.id,
    purpose: typeof purpose === 'string' && purpose.length > 0 ? purpose.slice(0, 200) : null,
    now: new Date(),
    ...(req.routeOptions.config?.admission === 'urgent' ? { urgent: true } : {}),
  };
}

/** Sends a file download (CSV or JSON export). */
export function sendDownload(reply: FastifyReply, filename: string, type: string, body: string): FastifyReply {
  return reply
    .header('content-type', `${type}; charset=utf-8`)
    .header('content-disposition', `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`)
    .send(body);
}
