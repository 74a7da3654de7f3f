/** The legal module's routes: zod in and out, one service call each. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { METHODS, TIERS } from '../../../core/legal/methods.ts';
import { ctxOf, sendDownload } from '../../platform/context.ts';
import type { Platform } from '../../platform/platform.ts';
import { requireLegalRead } from './legal.access.ts';
import * as registry from './registry.service.ts';
import { basisOptionWire, entryWithVersions, offenceCasesWire, offenceSubjectsWire, registryWire, reviewWire, ruleWire } from './registry.presenter.ts';
import { casesUnderOffence, subjectsUnderOffence } from './offence-subjects.service.ts';
import * as auths from './authorisations.service.ts';
import { authorisationSummary, authorisationWire } from './authorisations.presenter.ts';
import * as transitions from './transitions.service.ts';
import * as coop from './cooperation.service.ts';
import * as stats from './statistics.service.ts';
import { statisticsPdf } from './statistics.pdf.ts';
import { sendPdf } from '../../platform/pdf.ts';
import * as deadlines from './deadlines.service.ts';
import * as signatures from './signatures.service.ts';

const idParams = z.object({ id: z.uuid() });
const keyParams = z.object({ key: z.string().max(60) });

export async function legalRoutes(app: FastifyInstance, p: Platform): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['legal'];

  // The registry of offences and legal bases, and the deadline rules.
  r.get('/api/legal/registry', { schema: { tags, summary: 'Registry look-up: offences and legal bases (latest versions, or every version with history=true; validOn filters those in force)', querystring: registry.registryQuery, response: { 200: z.array(registryWire) } } }, async (req) =>
    registry.lookupRegistry(p, ctxOf(req), req.query),
  );
  r.get('/api/legal/bases', { schema: { tags, summary: "The legal bases for processing (every version, inForce, and the citation a record's markings carry): any signed-in user", response: { 200: z.array(basisOptionWire) } } }, async (req) =>
    registry.basesForMarkings(p, ctxOf(req)),
  );
  r.get('/api/legal/offences', { schema: { tags, summary: 'The offences of the registry (latest version of each, inForce), for classifying subjects: any signed-in user', response: { 200: z.array(registryWire) } } }, async (req) =>
    registry.offencesForClassification(p, ctxOf(req)),
  );
  r.get('/api/legal/registry/:id', { schema: { tags, summary: 'A registry entry with all its versions', params: idParams, response: { 200: entryWithVersions } } }, async (req) => registry.getEntry(p, ctxOf(req), req.params.id));
  r.post('/api/legal/registry', { schema: { tags, summary: 'Add an offence or legal basis (legal admin)', body: registry.entryInput, response: { 201: entryWithVersions } } }, async (req, reply) =>
    reply.status(201).send(await registry.createEntry(p, ctxOf(req), req.body)),
  );
  r.post('/api/legal/registry/:id/amend', { schema: { tags, summary: 'Amend an entry: a new version; the old one ends and names its successor', params: idParams, body: registry.amendInput, response: { 201: entryWithVersions } } }, async (req, reply) =>
    reply.status(201).send(await registry.amendEntry(p, ctxOf(req), req.params.id, req.body)),
  );
  r.post('/api/legal/registry/:id/expire', { schema: { tags, summary: "End an entry's validity", params: idParams, body: registry.expireInput, response: { 200: entryWithVersions } } }, async (req) =>
    registry.expireEntry(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/legal/registry/:id/review', { schema: { tags, summary: 'Records citing a legal basis, for review after it expired or was amended', params: idParams, response: { 200: reviewWire } } }, async (req) =>
    registry.reviewBasis(p, ctxOf(req), req.params.id),
  );
  r.get('/api/legal/registry/:id/subjects', { schema: { tags, summary: 'Intelligence subjects classified under an offence (only those you may read, and counted so)', params: idParams, response: { 200: offenceSubjectsWire } } }, async (req) =>
    subjectsUnderOffence(p, ctxOf(req), req.params.id),
  );
  r.get('/api/legal/registry/:id/cases', { schema: { tags, summary: 'Prevention cases classified under an offence (only those you may read under shared professional secrecy, and counted so)', params: idParams, response: { 200: offenceCasesWire } } }, async (req) =>
    casesUnderOffence(p, ctxOf(req), req.params.id),
  );
  r.get('/api/legal/deadline-rules', { schema: { tags, summary: 'The deadline rules with their legal references', response: { 200: z.array(ruleWire) } } }, async (req) => registry.listRules(p, ctxOf(req)));
  r.put('/api/legal/deadline-rules/:key', { schema: { tags, summary: 'Change a deadline rule (legal admin)', params: keyParams, body: registry.ruleInput, response: { 200: z.array(ruleWire) } } }, async (req) =>
    registry.changeRule(p, ctxOf(req), req.params.key, req.body),
  );
  r.get('/api/legal/methods', { schema: { tags, summary: 'The special methods and their tiers', response: { 200: z.array(z.object({ code: z.string(), tier: z.enum(TIERS), article: z.string() })) } } }, async (req) => {
    requireLegalRead(ctxOf(req));
    return METHODS.map((m) => ({ ...m }));
  });

  // Special-method authorisations.
  r.get('/api/legal/authorisations', { schema: { tags, summary: 'The board: authorisations you may read, with their next deadline', querystring: auths.boardQuery, response: { 200: z.array(authorisationSummary) } } }, async (req) =>
    auths.listAuthorisations(p, ctxOf(req), req.query),
  );
  r.post('/api/legal/authorisations', { schema: { tags, summary: 'Draft a special-method request', body: auths.authorisationInput, response: { 201: authorisationWire } } }, async (req, reply) =>
    reply.status(201).send(await auths.createAuthorisation(p, ctxOf(req), req.body)),
  );
  r.get('/api/legal/authorisations/:id', { schema: { tags, summary: 'An authorisation with its signed history (404 when missing or refused)', params: idParams, response: { 200: authorisationWire } } }, async (req) =>
    auths.getAuthorisation(p, ctxOf(req), req.params.id),
  );
  r.post('/api/legal/authorisations/:id/transitions', { schema: { tags, summary: 'Sign the next step (approve, refuse, opinion, renew, suspend, end, destroy…)', params: idParams, body: transitions.transitionInput, response: { 200: authorisationWire } } }, async (req) =>
    transitions.transition(p, ctxOf(req), req.params.id, req.body),
  );
  r.get('/api/legal/authorisations/:id/signatures', { schema: { tags, summary: "Check an authorisation's chain and the server's Ed25519 signature of each step against the trusted key; names the first bad step (404 when missing or refused)", params: idParams, response: { 200: signatures.chainCheckWire } } }, async (req) =>
    signatures.verifyAuthorisation(p, ctxOf(req), req.params.id),
  );
  r.get('/api/legal/signatures', { schema: { tags, summary: 'Check the chains and signatures of every authorisation and cooperation request (oversight bodies); lists the first bad step of each broken one', response: { 200: signatures.signaturesReportWire } } }, async (req) =>
    signatures.verifyAll(p, ctxOf(req)),
  );
  r.get('/api/legal/deadlines', { schema: { tags, summary: 'Upcoming deadlines of the records you may read', querystring: deadlines.calendarQuery, response: { 200: deadlines.calendarWire } } }, async (req) =>
    deadlines.calendar(p, ctxOf(req), req.query),
  );
  r.get('/api/legal/deadlines.ics', { schema: { tags, summary: 'The same deadlines as an iCalendar file (RFC 5545): reference numbers and kinds of deadline only, no personal data', querystring: deadlines.calendarQuery, response: { 200: z.string() } } }, async (req, reply) => {
    const out = await deadlines.calendarIcs(p, ctxOf(req), req.query);
    return sendDownload(reply, out.filename, 'text/calendar', out.body);
  });

  // Judicial cooperation.
  r.get('/api/legal/cooperation', { schema: { tags, summary: 'Extradition, EAW and mutual legal assistance requests you may read', querystring: coop.coopQuery, response: { 200: z.array(coop.coopWire) } } }, async (req) => coop.listRequests(p, ctxOf(req), req.query));
  r.post('/api/legal/cooperation', { schema: { tags, summary: 'Record a cooperation request', body: coop.coopInput, response: { 201: coop.coopWire } } }, async (req, reply) =>
    reply.status(201).send(await coop.createRequest(p, ctxOf(req), req.body)),
  );
  r.get('/api/legal/cooperation/:id', { schema: { tags, summary: 'A cooperation request with its events and deadlines (404 when missing or refused)', params: idParams, response: { 200: coop.coopWire } } }, async (req) =>
    coop.getRequest(p, ctxOf(req), req.params.id),
  );
  r.get('/api/legal/cooperation/:id/signatures', { schema: { tags, summary: "Check a cooperation request's chain of steps and the server's Ed25519 signature of each against the trusted key; names the first bad step (404 when missing or refused)", params: idParams, response: { 200: signatures.coopCheckWire } } }, async (req) =>
    signatures.verifyCooperation(p, ctxOf(req), req.params.id),
  );
  r.post('/api/legal/cooperation/:id/events', { schema: { tags, summary: 'Record a dated step (arrest, consent, extension, decision, surrender…)', params: idParams, body: coop.coopEventInput, response: { 200: coop.coopWire } } }, async (req) =>
    coop.addEvent(p, ctxOf(req), req.params.id, req.body),
  );

  // Statistics for the oversight bodies.
  r.get('/api/legal/statistics', { schema: { tags, summary: 'Counts per service × method × month, per offence (oversight bodies)', querystring: stats.statsQuery, response: { 200: stats.statsWire } } }, async (req) =>
    stats.statistics(p, ctxOf(req), req.query),
  );
  r.get('/api/legal/statistics.csv', { schema: { tags, summary: 'The statistics as CSV; publication=true (default) suppresses cells below 5', querystring: stats.statsQuery, response: { 200: z.string() } } }, async (req, reply) => {
    const out = await stats.statisticsCsvExport(p, ctxOf(req), req.query);
    return sendDownload(reply, out.filename, 'text/csv', out.body);
  });
  r.get('/api/legal/statistics.pdf', { schema: { tags, summary: 'The statistics as PDF (application/pdf); publication=true (default) suppresses cells below 5, as the CSV', querystring: stats.statsQuery, response: { 200: z.string().describe('application/pdf') } } }, async (req, reply) => {
    const out = await statisticsPdf(p, ctxOf(req), req.query);
    return sendPdf(reply, out.filename, out.body);
  });
}
