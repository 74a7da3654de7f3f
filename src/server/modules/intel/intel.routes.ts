import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { linkInput, reportInput, subjectInput, uuid } from '../../../core/contracts.ts';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import * as reports from './reports.service.ts';
import { reviewQueue, reviewReport } from './intel-review.service.ts';
import * as subjects from './subjects.service.ts';
import * as offences from './subject-offences.service.ts';
import { okWire } from '../../platform/markings.presenter.ts';
import {
  followWire,
  graphWire,
  linkWire,
  reportOrHitWire,
  reportReviewWire,
  reportSearchWire,
  reportWire,
  reviewQueueWire,
  subjectOrHitWire,
  subjectOffencesWire,
  subjectSearchWire,
} from './intel.presenter.ts';

const idParams = z.object({ id: uuid });

/** Intelligence records: subjects, reports, links, search, review. */
export async function intelRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['intelligence records'];
  r.get('/api/subjects', { schema: { tags, summary: 'Search subjects by name (fuzzy, any script) and filters', querystring: subjects.searchQuery, response: { 200: subjectSearchWire } } }, async (req) =>
    subjects.searchSubjects(p, ctxOf(req), req.query),
  );
  r.post('/api/subjects', { schema: { tags, summary: 'Create a subject', body: subjectInput, response: { 201: subjectOrHitWire } } }, async (req, reply) =>
    reply.status(201).send(await subjects.createSubject(p, ctxOf(req), req.body)),
  );
  r.get('/api/subjects/:id', { schema: { tags, summary: 'A subject (404 when missing or refused; hit-no-hit where the policy grants it)', params: idParams, response: { 200: subjectOrHitWire } } }, async (req) =>
    subjects.getSubject(p, ctxOf(req), req.params.id),
  );
  r.put(
    '/api/subjects/:id',
    { schema: { tags, summary: 'Replace a subject (optimistic concurrency on version)', params: idParams, body: subjectInput.and(z.object({ version: z.number().int().min(1) })), response: { 200: subjectOrHitWire } } },
    async (req) => subjects.updateSubject(p, ctxOf(req), req.params.id, req.body.version, req.body),
  );
  r.delete('/api/subjects/:id', { schema: { tags, summary: 'Delete a subject (a tombstone remains)', params: idParams, body: subjects.deleteInput, response: { 200: okWire } } }, async (req) =>
    subjects.deleteSubject(p, ctxOf(req), req.params.id, req.body.reason),
  );
  r.post('/api/subjects/:id/review', { schema: { tags, summary: 'Review a record: set its next review date', params: idParams, body: subjects.reviewInput, response: { 200: subjectOrHitWire } } }, async (req) =>
    subjects.reviewSubject(p, ctxOf(req), req.params.id, req.body),
  );
  r.put('/api/subjects/:id/follow', { schema: { tags, summary: 'Your organisation follows a subject', params: idParams, response: { 200: followWire } } }, async (req) => subjects.setFollow(p, ctxOf(req), req.params.id, true));
  r.delete('/api/subjects/:id/follow', { schema: { tags, summary: 'Your organisation stops following a subject', params: idParams, response: { 200: followWire } } }, async (req) => subjects.setFollow(p, ctxOf(req), req.params.id, false));
  r.put('/api/subjects/:id/offences', { schema: { tags, summary: "Classify a subject by offence: the registry's offence codes (write access; an empty list clears)", params: idParams, body: offences.offencesInput, response: { 200: subjectOffencesWire } } }, async (req) =>
    offences.setSubjectOffences(p, ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/subjects/:id/offences', { schema: { tags, summary: "Clear a subject's offence classification (write access)", params: idParams, response: { 200: subjectOffencesWire } } }, async (req) =>
    offences.clearSubjectOffences(p, ctxOf(req), req.params.id),
  );
  r.get('/api/subjects/:id/reports', { schema: { tags, summary: "The subject's reports, newest first", params: idParams, response: { 200: z.array(reportWire) } } }, async (req) =>
    reports.reportsOfSubject(p, ctxOf(req), req.params.id),
  );
  r.get('/api/subjects/:id/graph', { schema: { tags, summary: 'Links around the subject', params: idParams, response: { 200: graphWire } } }, async (req) =>
    reports.graphOfSubject(p, ctxOf(req), req.params.id),
  );
  r.get('/api/reports', { schema: { tags, summary: 'Full-text search of reports', querystring: reports.reportSearchQuery, response: { 200: reportSearchWire } } }, async (req) =>
    reports.searchReports(p, ctxOf(req), req.query),
  );
  r.post('/api/reports', { schema: { tags, summary: 'Create a report (Europol 4x4 grade, handling code)', body: reportInput, response: { 201: reportOrHitWire } } }, async (req, reply) =>
    reply.status(201).send(await reports.createReport(p, ctxOf(req), req.body)),
  );
  r.get('/api/reports/:id', { schema: { tags, summary: 'A report (404 when missing or refused; hit-no-hit where the policy grants it)', params: idParams, response: { 200: reportOrHitWire } } }, async (req) => reports.getReport(p, ctxOf(req), req.params.id));
  r.post('/api/reports/:id/review', { schema: { tags, summary: 'Review a report: set its next review date', params: idParams, body: subjects.reviewInput, response: { 200: reportReviewWire } } }, async (req) =>
    reviewReport(p, ctxOf(req), req.params.id, req.body),
  );
  r.post('/api/links', { schema: { tags, summary: 'Link two subjects', body: linkInput, response: { 201: linkWire } } }, async (req, reply) =>
    reply.status(201).send(await reports.createLink(p, ctxOf(req), req.body)),
  );
  r.delete('/api/links/:id', { schema: { tags, summary: 'Remove a link (a tombstone remains)', params: idParams, response: { 200: okWire } } }, async (req) =>
    reports.deleteLink(p, ctxOf(req), req.params.id),
  );
  r.get('/api/review-queue', { schema: { tags, summary: "Your organisation's records due for review", response: { 200: reviewQueueWire } } }, async (req) => reviewQueue(p, ctxOf(req)));
}
