/** Routes of programmes, CVE exchanges and the training: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { idParams } from './cases.presenter.ts';
import { activityBody, cohortBody, exchangeBody, exchangeQuery, exchangeSummaryWire, exchangeWire, followUpBody, lessonBody, participationWire } from './exchanges.presenter.ts';
import { attendanceBody, enrolBody, milestoneBody, outcomeBody, partnerBody, partnerUpdateBody, programmeBody, programmeSummaryWire, programmeUpdateBody, programmeWire, sessionBody } from './programmes.presenter.ts';
import * as edits from './programme-edits.service.ts';
import { answerBody, answerWire, langQuery, moduleBody, moduleSummaryWire, moduleWire, teamsWire } from './training.presenter.ts';
import * as exchanges from './exchanges.service.ts';
import * as programmes from './programmes.service.ts';
import * as training from './training.service.ts';

export async function programmeRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  let tags = ['prevention: programmes'];
  const prog = { 200: programmeWire };
  r.get('/api/prevention/programmes', { schema: { tags, summary: 'Deradicalisation and reintegration programmes', response: { 200: z.array(programmeSummaryWire) } } }, async (req) => programmes.listProgrammes(p, ctxOf(req)));
  r.post('/api/prevention/programmes', { schema: { tags, summary: 'Create a programme', body: programmeBody, response: { 201: programmeWire } } }, async (req, reply) => reply.status(201).send(await programmes.createProgramme(p, ctxOf(req), req.body)));
  r.get('/api/prevention/programmes/:id', { schema: { tags, summary: 'A programme with counts, and the enrolments whose case the caller reads', params: idParams, response: prog } }, async (req) => programmes.getProgramme(p, ctxOf(req), req.params.id));
  r.post('/api/prevention/programmes/:id/partners', { schema: { tags, summary: 'Add a community or religious partner', params: idParams, body: partnerBody, response: prog } }, async (req) => programmes.addPartner(p, ctxOf(req), req.params.id, req.body));
  r.put('/api/prevention/programmes/:id', { schema: { tags, summary: 'Correct a programme: name, kind, municipality, description, dates (the organisation that runs it)', params: idParams, body: programmeUpdateBody, response: prog } }, async (req) => edits.updateProgramme(p, ctxOf(req), req.params.id, req.body));
  r.put('/api/prevention/partners/:id', { schema: { tags, summary: 'Correct a programme partner', params: idParams, body: partnerUpdateBody, response: prog } }, async (req) => edits.updatePartner(p, ctxOf(req), req.params.id, req.body));
  r.delete('/api/prevention/partners/:id', { schema: { tags, summary: 'Remove a programme partner that led no session', params: idParams, response: prog } }, async (req) => edits.removePartner(p, ctxOf(req), req.params.id));
  r.put('/api/prevention/sessions/:id', { schema: { tags, summary: 'Correct a session: date, topic, the partner who led it', params: idParams, body: sessionBody, response: prog } }, async (req) => edits.updateSession(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/programmes/:id/sessions', { schema: { tags, summary: 'Record a session', params: idParams, body: sessionBody, response: prog } }, async (req) => programmes.addSession(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/programmes/:id/enrolments', { schema: { tags, summary: 'Enrol a case the caller takes part in', params: idParams, body: enrolBody, response: prog } }, async (req) => programmes.enrol(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/sessions/:id/attendance', { schema: { tags, summary: 'Record attendance at a session', params: idParams, body: attendanceBody, response: prog } }, async (req) => programmes.recordAttendance(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/enrolments/:id/milestones', { schema: { tags, summary: 'Record a milestone (education, work, housing, family)', params: idParams, body: milestoneBody, response: prog } }, async (req) => programmes.addMilestone(p, ctxOf(req), req.params.id, req.body));
  r.post('/api/prevention/enrolments/:id/outcome', { schema: { tags, summary: 'Record the outcome of an enrolment', params: idParams, body: outcomeBody, response: prog } }, async (req) => programmes.recordOutcome(p, ctxOf(req), req.params.id, req.body));

  tags = ['prevention: exchanges'];
  const ex = { 200: exchangeWire };
  r.get('/api/prevention/exchanges', { schema: { tags, summary: 'CVE exchanges and networks (participants as counts)', querystring: exchangeQuery, response: { 200: z.array(exchangeSummaryWire) } } }, async (req) => exchanges.listExchanges(p, ctxOf(req), req.query));
  r.post('/api/prevention/exchanges', { schema: { tags, summary: 'Record an exchange', body: exchangeBody, response: { 201: exchangeWire } } }, async (req, reply) => reply.status(201).send(await exchanges.createExchange(p, ctxOf(req), req.body)));
  r.put('/api/prevention/exchanges/:id', { schema: { tags, summary: 'Correct an exchange (the organisation that recorded it)', params: idParams, body: exchangeBody, response: ex } }, async (req) => exchanges.updateExchange(p, ctxOf(req), req.params.id, req.body));
  r.get('/api/prevention/exchanges/:id', { schema: { tags, summary: 'An exchange with cohorts, activities, lessons and follow-up actions', params: idParams, response: ex } }, async (req) => exchanges.getExchange(p, ctxOf(req), req.params.id));
  r.post('/api/prevention/exchanges/:id/cohorts', { schema: { tags, summary: 'Add a cohort (a count of participants)', params: idParams, body: cohortBody, response: ex } }, async (req) => exchanges.addPart(p, ctxOf(req), req.params.id, { kind: 'cohort', body: req.body }));
  r.post('/api/prevention/exchanges/:id/activities', { schema: { tags, summary: 'Add an activity', params: idParams, body: activityBody, response: ex } }, async (req) => exchanges.addPart(p, ctxOf(req), req.params.id, { kind: 'activity', body: req.body }));
  r.post('/api/prevention/exchanges/:id/lessons', { schema: { tags, summary: 'Add a lesson learned', params: idParams, body: lessonBody, response: ex } }, async (req) => exchanges.addPart(p, ctxOf(req), req.params.id, { kind: 'lesson', body: req.body }));
  r.post('/api/prevention/lessons/:id/follow-ups', { schema: { tags, summary: "Add the follow-up action a lesson led to in the city's plan", params: idParams, body: followUpBody, response: ex } }, async (req) => exchanges.addFollowUp(p, ctxOf(req), req.params.id, req.body));
  r.get('/api/prevention/participation', { schema: { tags, summary: 'Which municipalities take part in which programmes', response: { 200: participationWire } } }, async (req) => exchanges.programmesByMunicipality(p, ctxOf(req)));

  tags = ['prevention: training'];
  r.get('/api/prevention/training/modules', { schema: { tags, summary: 'Training modules with the caller’s progress', querystring: langQuery, response: { 200: z.array(moduleSummaryWire) } } }, async (req) => training.listModules(p, ctxOf(req), req.query.lang ?? 'en'));
  r.post('/api/prevention/training/modules', { schema: { tags, summary: 'Publish a module (every text in en, nl and fr)', querystring: langQuery, body: moduleBody, response: { 201: moduleWire } } }, async (req, reply) => reply.status(201).send(await training.createModule(p, ctxOf(req), req.body, req.query.lang ?? 'en')));
  r.get('/api/prevention/training/modules/:id', { schema: { tags, summary: 'A module’s scenarios (answers come with the feedback)', params: idParams, querystring: langQuery, response: { 200: moduleWire } } }, async (req) => training.getModule(p, ctxOf(req), req.params.id, req.query.lang ?? 'en'));
  r.post('/api/prevention/training/modules/:id/answers', { schema: { tags, summary: 'Answer a scenario; returns the feedback', params: idParams, querystring: langQuery, body: answerBody, response: { 200: answerWire } } }, async (req) => training.answer(p, ctxOf(req), req.params.id, req.body, req.query.lang ?? 'en'));
  r.get('/api/prevention/training/teams', { schema: { tags, summary: 'Results of the teams the caller trains (aggregates; no score under five people)', querystring: langQuery, response: { 200: teamsWire } } }, async (req) => training.teamResults(p, ctxOf(req), req.query.lang ?? 'en'));
}
