/**
 * Corrections of a programme after it was created, by the organisation that runs it: its name, kind,
 * municipality, description and dates; its partners (changed, or removed when they led no session);
 * its sessions (date, topic, who led it). Each change is audited; enrolments have their own changes
 * (programmes.service.ts) because they are personal data behind the read door.
 */
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './programmes.repository.ts';
import type { partnerUpdateBody, programmeUpdateBody, sessionBody } from './programmes.presenter.ts';
import { getProgramme, ownedProgramme, programmeFields } from './programmes.service.ts';

export async function updateProgramme(p: Platform, ctx: Ctx, id: string, body: z.infer<typeof programmeUpdateBody>) {
  const r = await ownedProgramme(p, ctx, id);
  const fields = programmeFields(body);
  await p.db.transaction().execute(async (tx) => {
    await repo.updateProgramme(tx, id, fields);
    await p.record(ctx, [{ action: 'prevention.programme-update', recordType: 'prevention-programme', recordId: id, details: { kind: fields.kind, previousKind: r.kind, nisCode: fields.nisCode, ...(fields.startsOn ? { startsOn: fields.startsOn } : {}), ...(fields.endsOn ? { endsOn: fields.endsOn } : {}) } }], tx);
  });
  return getProgramme(p, ctx, id);
}

/** A partner of a programme the caller's organisation runs (404 for a partner of another programme id). */
async function ownedPartner(p: Platform, ctx: Ctx, partnerId: string) {
  const partner = await repo.findPartner(p.db, partnerId);
  if (!partner) throw notFound('partner');
  await ownedProgramme(p, ctx, partner.programme_id);
  return partner;
}

export async function updatePartner(p: Platform, ctx: Ctx, partnerId: string, body: z.infer<typeof partnerUpdateBody>) {
  const partner = await ownedPartner(p, ctx, partnerId);
  await p.db.transaction().execute(async (tx) => {
    await repo.updatePartner(tx, partnerId, { name: body.name, kind: body.kind, contact: body.contact ?? '' });
    await p.record(ctx, [{ action: 'prevention.partner-change', recordType: 'prevention-programme', recordId: partner.programme_id, recordIds: [partner.programme_id, partnerId], details: { programmeId: partner.programme_id, partnerId, kind: body.kind } }], tx);
  });
  return getProgramme(p, ctx, partner.programme_id);
}

/** Removes a partner; one who led a session stays (the session names them), so the removal is refused. */
export async function removePartner(p: Platform, ctx: Ctx, partnerId: string) {
  const partner = await ownedPartner(p, ctx, partnerId);
  await p.db.transaction().execute(async (tx) => {
    const led = await repo.sessionsLedBy(tx, partnerId);
    if (led > 0) throw new AppError('CONFLICT', `This partner led ${led} session(s); change who led them first, or keep the partner.`, 'partnerId');
    await repo.deletePartner(tx, partnerId);
    await p.record(ctx, [{ action: 'prevention.partner-change', recordType: 'prevention-programme', recordId: partner.programme_id, recordIds: [partner.programme_id, partnerId], details: { programmeId: partner.programme_id, partnerId, kind: partner.kind, removed: 'true' } }], tx);
  });
  return getProgramme(p, ctx, partner.programme_id);
}

/** Corrects a session: its date, topic and the partner who led it. Attendance stays. */
export async function updateSession(p: Platform, ctx: Ctx, sessionId: string, body: z.infer<typeof sessionBody>) {
  const s = await repo.findSession(p.db, sessionId);
  if (!s) throw notFound('session');
  await ownedProgramme(p, ctx, s.programme_id);
  if (body.partnerId && !(await repo.partnersOf(p.db, s.programme_id)).some((x) => x.id === body.partnerId)) throw invalid('Not a partner of this programme.', 'partnerId');
  await p.db.transaction().execute(async (tx) => {
    await repo.updateSession(tx, sessionId, { heldOn: body.heldOn, topic: body.topic, partnerId: body.partnerId ?? null });
    await p.record(ctx, [{ action: 'prevention.session-update', recordType: 'prevention-programme', recordId: s.programme_id, recordIds: [s.programme_id, sessionId], details: { programmeId: s.programme_id, sessionId, heldOn: body.heldOn } }], tx);
  });
  return getProgramme(p, ctx, s.programme_id);
}
