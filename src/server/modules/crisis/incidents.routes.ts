/** Routes of incidents: declare, list, read, transitions, participants, subject links, timeline, report, live stream. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { uuid } from '../../../core/contracts.ts';
import { assessmentLinkInput, closeInput, declareInput, linkInput, participantInput, phaseInput, terrorStateInput } from '../../../core/crisis/inputs.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { changedWire } from './board.presenter.ts';
import { incidentDetailWire, incidentListWire, timelineWire } from './incidents.presenter.ts';
import * as incidents from './incidents.service.ts';
import { hubOf, openStream, parseLastEventId } from './stream.service.ts';
import * as timeline from './timeline.service.ts';
import { reportPdf } from './report.pdf.ts';
import { sendPdf } from '../../platform/pdf.ts';

export const tags = ['crisis'];
export const idParams = z.object({ id: uuid });

export async function incidentRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/crisis/incidents', { schema: { tags, summary: 'Incidents the caller may see, newest first', querystring: z.object({ status: z.enum(['open', 'closed']).optional() }), response: { 200: incidentListWire } } }, async (req) =>
    incidents.listIncidents(p, ctxOf(req), req.query),
  );
  r.post('/api/crisis/incidents', { schema: { tags, summary: 'Declare an incident (type, place, time, exercise flag)', body: declareInput, response: { 201: changedWire } } }, async (req, reply) =>
    reply.status(201).send(await incidents.declareIncident(p, ctxOf(req), req.body)),
  );
  r.get('/api/crisis/incidents/:id', { schema: { tags, summary: 'An incident with its organisations, links and protocols (404 when missing or refused)', params: idParams, response: { 200: incidentDetailWire } } }, async (req) =>
    incidents.getIncident(p, ctxOf(req), req.params.id),
  );
  r.post('/api/crisis/incidents/:id/phase', { schema: { tags, summary: 'Change the coordination phase (with the reason)', params: idParams, body: phaseInput, response: { 200: changedWire } } }, async (req) =>
    incidents.changePhase(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/crisis/incidents/:id/terror-state', { schema: { tags, summary: 'Change the terror-plan state (with the reason)', params: idParams, body: terrorStateInput, response: { 200: changedWire } } }, async (req) =>
    incidents.changeTerrorState(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/crisis/incidents/:id/close', { schema: { tags, summary: 'Close the incident (declaring organisation)', params: idParams, body: closeInput, response: { 200: changedWire } } }, async (req) =>
    incidents.closeIncident(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/crisis/incidents/:id/participants', { schema: { tags, summary: "Add an organisation or change its status", params: idParams, body: participantInput, response: { 200: changedWire } } }, async (req) =>
    incidents.setParticipant(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/crisis/incidents/:id/links', { schema: { tags, summary: 'Link an intelligence subject the caller may read', params: idParams, body: linkInput, response: { 200: changedWire } } }, async (req) =>
    incidents.linkSubject(p, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/crisis/incidents/:id/links/:subjectId', { schema: { tags, summary: 'Remove a subject link', params: z.object({ id: uuid, subjectId: uuid }), response: { 200: changedWire } } }, async (req) =>
    incidents.unlinkSubject(p, ctxOf(req), req.params.id, req.params.subjectId),
  );
  r.post('/api/crisis/incidents/:id/assessment-links', { schema: { tags, summary: 'Link a threat assessment the caller may read', params: idParams, body: assessmentLinkInput, response: { 200: changedWire } } }, async (req) =>
    incidents.linkAssessment(p, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/crisis/incidents/:id/assessment-links/:assessmentId', { schema: { tags, summary: 'Remove a threat-assessment link', params: z.object({ id: uuid, assessmentId: uuid }), response: { 200: changedWire } } }, async (req) =>
    incidents.unlinkAssessment(p, ctxOf(req), req.params.id, req.params.assessmentId),
  );
  r.get('/api/crisis/incidents/:id/timeline', { schema: { tags, summary: 'Every change of the incident, oldest first', params: idParams, response: { 200: timelineWire } } }, async (req) =>
    timeline.timeline(p, ctxOf(req), req.params.id),
  );
  r.get('/api/crisis/incidents/:id/report', { schema: { tags, summary: 'Printable situation report (HTML; report.pdf for a PDF download)', params: idParams, response: { 200: z.string() } } }, async (req, reply) =>
    reply.type('text/html; charset=utf-8').send(await timeline.reportPage(p, ctxOf(req), req.params.id)),
  );
  r.get('/api/crisis/incidents/:id/report.pdf', { schema: { tags, summary: 'The situation report as PDF (application/pdf; EXERCISE on every page of an exercise; 404 when missing or refused)', params: idParams, response: { 200: z.string().describe('application/pdf') } } }, async (req, reply) => {
    const out = await reportPdf(p, ctxOf(req), req.params.id);
    return sendPdf(reply, out.filename, out.body);
  });
  // Server-sent events end every open stream before the server closes (else it would wait for them).
  app.addHook('preClose', async () => hubOf(p).stop());
  r.get('/api/crisis/incidents/:id/stream', {
    // A stream stays open for hours: it does not hold one of the places of admission under load.
    config: { admission: 'exempt' },
    schema: { tags, summary: 'Live events of the incident (text/event-stream; Last-Event-ID replays what was missed)', params: idParams, querystring: z.object({ lastEventId: z.string().max(20).optional() }), response: { 200: z.string().describe('text/event-stream') } },
  }, async (req, reply) => {
    await openStream(p, ctxOf(req), req.params.id, parseLastEventId(req.headers['last-event-id'], req.query.lastEventId), () => {
      reply.hijack();
      return reply.raw;
    });
    return reply;
  });
}
