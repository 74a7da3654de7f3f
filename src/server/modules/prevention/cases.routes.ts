/** Routes of cells, meetings and cases: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { caseDetailWire, caseSummaryWire, consentBody, contributionBody, createCaseBody, decisionBody, feedbackBody, fieldBody, idParams, intelLinkBody, legalBasisBody, participantBody, planBody, queueWire, reviewBody, stageBody } from './cases.presenter.ts';
import { agendaBody, cellBody, cellListWire, cellQuery, cellUpdateBody, cellWire, legalBasesWire, meetingBody, meetingListWire, meetingWire, memberBody, memberChangeBody, memberRemoveBody, minutesBody, municipalitiesWire, peopleWire } from './cells.presenter.ts';
import * as reference from './reference.service.ts';
import * as casesSvc from './cases.service.ts';
import * as cellsSvc from './cells.service.ts';
import * as notes from './notes.service.ts';
import * as membersSvc from './members.service.ts';

export async function caseRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['prevention: case consultation'];
  const detail = { 200: caseDetailWire };

  r.get('/api/prevention/cells', { schema: { tags, summary: 'Cells the caller is a member of', response: { 200: cellListWire } } }, async (req) => cellsSvc.listCells(p, ctxOf(req)));
  r.post('/api/prevention/cells', { schema: { tags, summary: 'Create a cell (prevention administrators)', body: cellBody, response: { 201: cellWire } } }, async (req, reply) => reply.status(201).send(await cellsSvc.createCell(p, ctxOf(req), req.body)));
  r.get('/api/prevention/cells/:id', { schema: { tags, summary: 'A cell and its members (404 for non-members)', params: idParams, response: { 200: cellWire } } }, async (req) => cellsSvc.getCell(p, ctxOf(req), req.params.id));
  r.put('/api/prevention/cells/:id', { schema: { tags, summary: 'Rename a cell or change its municipalities (the coordinator or an administrator)', params: idParams, body: cellUpdateBody, response: { 200: cellWire } } }, async (req) => cellsSvc.updateCell(p, ctxOf(req), req.params.id, req.body));
  r.get('/api/prevention/municipalities', { schema: { tags, summary: 'Belgian municipalities by NIS code (for the forms)', response: { 200: municipalitiesWire } } }, async (req) => reference.listMunicipalities(p, ctxOf(req)));
  r.get('/api/prevention/people', { schema: { tags, summary: 'Users with a prevention right, to make members (administrators and coordinators)', response: { 200: peopleWire } } }, async (req) => reference.listPeople(p, ctxOf(req)));
  r.get('/api/prevention/legal-bases', { schema: { tags, summary: 'Legal bases for processing in force, from the legal registry (empty without a right on legal)', response: { 200: legalBasesWire } } }, async (req) => reference.listLegalBases(p, ctxOf(req)));
  r.post('/api/prevention/cells/:id/members', { schema: { tags, summary: 'Add a member with a role (the coordinator)', params: idParams, body: memberBody, response: { 201: cellWire } } }, async (req, reply) => reply.status(201).send(await cellsSvc.addMember(p, ctxOf(req), req.params.id, req.body)));
  r.put('/api/prevention/members/:id', { schema: { tags, summary: "Change a member's role or organisation (the coordinator or an administrator)", params: idParams, body: memberChangeBody, response: { 200: cellWire } } }, async (req) => membersSvc.changeMember(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/members/:id/removal', { schema: { tags, summary: 'Remove a member from the cell, with the reason (the coordinator or an administrator); 204 when the caller no longer sees the cell', params: idParams, body: memberRemoveBody, response: { 200: cellWire, 204: z.null() } } }, async (req, reply) => {
    const cell = await membersSvc.removeMember(p, ctxOf(req), req.params.id, req.body);
    return cell ? cell : reply.status(204).send(null);
  });
  r.get('/api/prevention/cells/:id/meetings', { schema: { tags, summary: "A cell's meetings", params: idParams, response: { 200: meetingListWire } } }, async (req) => cellsSvc.listMeetings(p, ctxOf(req), req.params.id));
  r.post('/api/prevention/cells/:id/meetings', { schema: { tags, summary: 'Schedule a meeting with its agenda', params: idParams, body: meetingBody, response: { 201: meetingWire } } }, async (req, reply) => reply.status(201).send(await cellsSvc.createMeeting(p, ctxOf(req), req.params.id, req.body)));
  r.get('/api/prevention/meetings/:id', { schema: { tags, summary: 'A meeting with agenda and minutes (404 for non-members)', params: idParams, response: { 200: meetingWire } } }, async (req) => cellsSvc.getMeeting(p, ctxOf(req), req.params.id));
  r.put('/api/prevention/meetings/:id/agenda', { schema: { tags, summary: "Change a meeting's agenda", params: idParams, body: agendaBody, response: { 200: meetingWire } } }, async (req) => cellsSvc.updateAgenda(p, ctxOf(req), req.params.id, req.body));
  r.put('/api/prevention/meetings/:id/minutes', { schema: { tags, summary: "Record a meeting's minutes", params: idParams, body: minutesBody, response: { 200: meetingWire } } }, async (req) => cellsSvc.recordMinutes(p, ctxOf(req), req.params.id, req.body.minutes));

  r.get('/api/prevention/cases', { schema: { tags, summary: 'Cases the caller takes part in (optionally of one cell)', querystring: cellQuery, response: { 200: caseSummaryWire.array() } } }, async (req) => casesSvc.listCases(p, ctxOf(req), req.query.cellId ?? null));
  r.post('/api/prevention/cells/:id/cases', { schema: { tags, summary: 'Open a case with minimum data', params: idParams, body: createCaseBody, response: { 201: caseDetailWire } } }, async (req, reply) => reply.status(201).send(await casesSvc.createCase(p, ctxOf(req), req.params.id, req.body)));
  r.get('/api/prevention/review-queue', { schema: { tags, summary: 'Cases due for retention review (the coordinator)', response: { 200: queueWire } } }, async (req) => casesSvc.reviewQueue(p, ctxOf(req)));
  r.get('/api/prevention/cases/:id', { schema: { tags, summary: 'A case with what the caller may read of it (404 when missing or refused)', params: idParams, response: detail } }, async (req) => casesSvc.getCase(p, ctxOf(req), req.params.id));
  r.post('/api/prevention/cases/:id/fields', { schema: { tags, summary: 'Add a field beyond the minimum, with its reason', params: idParams, body: fieldBody, response: detail } }, async (req) => casesSvc.addField(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/cases/:id/participants', { schema: { tags, summary: 'Invite a member of the cell to the case (the coordinator)', params: idParams, body: participantBody, response: detail } }, async (req) => casesSvc.inviteParticipant(p, ctxOf(req), req.params.id, req.body.memberId));
  r.post('/api/prevention/cases/:id/stage', { schema: { tags, summary: 'Move the case to another stage', params: idParams, body: stageBody, response: detail } }, async (req) => casesSvc.moveStage(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/cases/:id/plan', { schema: { tags, summary: 'Add a goal or an action to the support plan', params: idParams, body: planBody, response: detail } }, async (req) => casesSvc.addPlanItem(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/cases/:id/consent', { schema: { tags, summary: "Record the person's consent", params: idParams, body: consentBody, response: detail } }, async (req) => casesSvc.setConsent(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/cases/:id/legal-basis', { schema: { tags, summary: "Change the case's legal basis (the coordinator)", params: idParams, body: legalBasisBody, response: detail } }, async (req) => casesSvc.setLegalBasis(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/cases/:id/review', { schema: { tags, summary: 'Review the case and set the next review date (the coordinator)', params: idParams, body: reviewBody, response: detail } }, async (req) => casesSvc.reviewCase(p, ctxOf(req), req.params.id, req.body.nextReviewDate));
  r.post('/api/prevention/cases/:id/contributions', { schema: { tags, summary: 'Add a contribution with its sharing level', params: idParams, body: contributionBody, response: detail } }, async (req) => notes.addContribution(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/cases/:id/feedback', { schema: { tags, summary: 'Draft a feedback sheet to the police', params: idParams, body: feedbackBody, response: { 201: caseDetailWire } } }, async (req, reply) => reply.status(201).send(await notes.draftFeedback(p, ctxOf(req), req.params.id, req.body)));
  r.post('/api/prevention/feedback/:id/decision', { schema: { tags, summary: "Record one's consent or refusal to a feedback sheet", params: idParams, body: decisionBody, response: detail } }, async (req) => notes.decideFeedback(p, ctxOf(req), req.params.id, req.body.decision));
  r.post('/api/prevention/feedback/:id/send', { schema: { tags, summary: 'Send the sheet (every participant consented; nothing secrecy-covered)', params: idParams, response: detail } }, async (req) => notes.sendFeedback(p, ctxOf(req), req.params.id));
  r.post('/api/prevention/cases/:id/intel-links', { schema: { tags, summary: 'Link the case to an intelligence subject by documented decision (the coordinator)', params: idParams, body: intelLinkBody, response: detail } }, async (req) => notes.linkIntel(p, ctxOf(req), req.params.id, req.body));
}
