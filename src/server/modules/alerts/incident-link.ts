/**
 * The alerts module's view of the crisis module: the incident an alert warns about (read through the
 * crisis module's own service, which applies its access rule), and the incident's live events that
 * make alert changes appear on the incident screens.
 */
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import type { Platform } from '../../platform/platform.ts';
import { appendIncidentEvent } from '../crisis/incident.writer.ts';
import { incidentForAlerts } from '../crisis/incidents.service.ts';

export interface LinkedIncident {
  id: string;
  title: string;
  exercise: boolean;
}

/** The incident if the caller may read it, else null (missing and refused look the same). */
export async function linkedIncident(p: Platform, ctx: Ctx, incidentId: string): Promise<LinkedIncident | null> {
  return incidentForAlerts(p, ctx, incidentId);
}

const SUMMARY: Record<string, string> = {
  'alert.drafted': 'Public alert drafted',
  'alert.submitted': 'Public alert submitted for approval',
  'alert.approved': 'Public alert approved',
  'alert.published': 'Public alert published',
};

/**
 * Puts an alert change on the incident's live event stream and timeline (inside the change's
 * transaction): references and a plain summary, never the alert's text.
 */
export async function incidentEvent(tx: Database, incidentId: string, kind: string, payload: Record<string, unknown>): Promise<void> {
  const what = [payload.msgType, payload.status === 'Exercise' ? 'EXERCISE' : null, payload.identifier].filter(Boolean).join(', ');
  await appendIncidentEvent(tx, incidentId, kind, { ...payload, summary: `${SUMMARY[kind] ?? kind}${what ? ` (${what})` : ''}` });
}
