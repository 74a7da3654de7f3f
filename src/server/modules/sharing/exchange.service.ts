/**
 * Objects in and out: storing what partners send (TAXII POST, federation pulls) and what users import
 * (STIX bundles, MISP events), with stepped-down markings and provenance; STIX and MISP export of any
 * set of records; the held objects as users see them. Received objects are read-only: nothing here
 * changes them, a partner's new version is a new row.
 */
import { z } from 'zod';
import { hasPermission } from '../../../core/access/policy.ts';
import { mispJson, mispToStix, parseMispEvent, stixToMisp } from '../../../core/sharing/misp.ts';
import { receivedMarkings } from '../../../core/sharing/scope.ts';
import {
  bundle,
  organisationIdentity,
  tlpOf,
  uuidOf,
  vigilExtension,
  withMarkings,
  type Provenance,
  type StixMarkings,
  type StixObject,
} from '../../../core/sharing/stix.ts';
import { StixError, validateBundle } from '../../../core/sharing/validate.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { presentMarkings, readableSql } from '../../platform/records.ts';
import { localClaims, type Refusal } from './claims.ts';
import { release } from './release.ts';
import { endRefs, endsOf } from './object-ends.ts';
import { sortParams } from '../../platform/table-query.ts';
import { countLatest, insertVersions, latestByRecordIds, latestByStixIds, listLatest, versionsOfRecord, type ObjectIn, type ObjectRow, type OnStored, type Origin } from './objects.repository.ts';
import { countRejected } from './partners.repository.ts';
import { MODULE } from './taxii.service.ts';

const DEFAULTS = { legalBasis: 'received from a sharing partner', purpose: 'as stated by the sender' };

export interface Receipt {
  origin: Exclude<Origin, 'local'>;
  originInstance: string;
  partnerId: string | null;
  receivingOrgId: string;
  /** Provenance when an object does not name its owner organisation. */
  fallbackOrg: { id: string; name: string };
}

/** The row of a received object: stepped-down markings owned by the receiving organisation, provenance kept. */
export function receivedObject(o: StixObject, r: Receipt): ObjectIn {
  const x = vigilExtension(o);
  const sent = x?.markings as Partial<StixMarkings> | undefined;
  const m = receivedMarkings(sent, tlpOf(o), r.receivingOrgId, DEFAULTS);
  const version = String(o.modified ?? o.created ?? '1970-01-01T00:00:00.000Z');
  const uuid = uuidOf(o.id);
  const provenanceOf = x?.provenance as Provenance | undefined;
  return {
    stix_id: o.id,
    stix_type: o.type,
    version_at: version,
    object: o,
    record_type: typeof x?.record_type === 'string' ? x.record_type : null,
    revoked: o.revoked === true,
    origin: r.origin,
    origin_instance: provenanceOf?.origin_instance ?? r.originInstance,
    origin_org_id: provenanceOf?.origin_org_id ?? sent?.owner_org_id ?? r.fallbackOrg.id,
    origin_org_name: provenanceOf?.origin_org_name ?? sent?.owner_org_name ?? r.fallbackOrg.name,
    partner_id: r.partnerId,
    scope: m.scope,
    id: /^[0-9a-f-]{36}$/i.test(uuid) ? uuid : crypto.randomUUID(),
    owner_org_id: m.ownerOrgId,
    classification: m.classification,
    tlp: m.tlp,
    distribution: m.distribution,
    shared_org_ids: m.sharedOrgIds,
    group_ids: m.groupIds,
    handling_code: m.handlingCode,
    hit_no_hit: false,
    legal_basis: m.legalBasis,
    purpose: m.purpose,
    review_date: m.reviewDate,
  };
}

const SYSTEM = { userId: null, username: 'system:sharing', orgId: null, orgName: 'Vigil' };

/**
 * Stores received objects in one transaction, except those that would take over a record of this
 * instance (claims.ts): those are refused, each with its message, and the refusal is audited (by the
 * importing user, else by the system for a partner pull, which also counts them as rejected).
 * Returns the stix ids of new versions and the refusals.
 */
export async function receive(p: Platform, objects: StixObject[], r: Receipt, onStored: OnStored, ctx?: Ctx): Promise<{ ids: string[]; refused: Refusal[] }> {
  const claimed = await localClaims(p.db, objects);
  const refused: Refusal[] = [...claimed].map(([id, message]) => ({ id, message }));
  const rows = objects.filter((o) => !claimed.has(o.id)).map((o) => receivedObject(o, r));
  const ids = await p.db.transaction().execute(async (tx) => {
    const stored = await insertVersions(tx, rows);
    if (refused.length) {
      const event = { action: 'sharing.refuse', recordType: 'sharing-object', details: { origin: r.originInstance, count: refused.length, ids: refused.map((x) => x.id) } };
      if (ctx) await p.record(ctx, [event], tx);
      else await p.audit.append(SYSTEM, [event], tx);
      if (r.partnerId) await countRejected(tx, r.partnerId, refused.length);
    }
    return stored;
  });
  if (ids.length) onStored(ids, rows);
  return { ids, refused };
}

/** Stores received objects (refusing those that would take over a local record); returns the stix ids of new versions. */
export async function storeReceived(p: Platform, objects: StixObject[], r: Receipt, onStored: OnStored): Promise<string[]> {
  return (await receive(p, objects, r, onStored)).ids;
}

/** An object as this instance passes it on: its current local markings and its provenance in the extension. */
export function outgoing(r: ObjectRow, orgName: (id: string) => string): StixObject {
  const m: StixMarkings = {
    owner_org_id: r.owner_org_id,
    owner_org_name: orgName(r.owner_org_id),
    classification: r.classification as StixMarkings['classification'],
    distribution: r.distribution as StixMarkings['distribution'],
    scope: r.scope,
    shared_org_ids: r.shared_org_ids,
    group_ids: r.group_ids,
    handling_code: r.handling_code as StixMarkings['handling_code'],
    hit_no_hit: r.hit_no_hit,
    legal_basis: r.legal_basis,
    purpose: r.purpose,
    review_date: r.review_date,
  };
  if (r.origin === 'local') return r.object;
  return withMarkings(r.object, m, { origin_instance: r.origin_instance ?? '', origin_org_id: r.origin_org_id ?? '', origin_org_name: r.origin_org_name ?? '' });
}

function requireImport(ctx: Ctx): void {
  if (!hasPermission(ctx.actor, MODULE, 'write')) throw forbidden('You need write permission on sharing to import.');
}

/** Turns a validation failure into a 400 naming the offending field as a JSON pointer. */
export function refuse(e: unknown): never {
  if (e instanceof StixError) throw new AppError('INVALID_INPUT', e.message, e.pointer || '/');
  throw e;
}

function importReceipt(ctx: Ctx, kind: string): Receipt {
  return {
    origin: 'import',
    originInstance: `${kind}-import`,
    partnerId: null,
    receivingOrgId: ctx.actor.orgId,
    fallbackOrg: { id: ctx.actor.orgId, name: ctx.actor.orgName },
  };
}

/** Imports a STIX bundle: all of it or, when any object is invalid, nothing. Unknown objects are kept. */
export async function importStix(p: Platform, ctx: Ctx, doc: unknown, onStored: OnStored) {
  requireImport(ctx);
  let objects: StixObject[];
  try {
    objects = validateBundle(doc);
  } catch (e) {
    refuse(e);
  }
  const { ids, refused } = await receive(p, objects, importReceipt(ctx, 'stix'), onStored, ctx);
  await p.record(ctx, [{ action: 'sharing.import', recordType: 'sharing-object', details: { format: 'stix', objects: objects.length, stored: ids.length, ids } }]);
  const no = new Set(refused.map((x) => x.id));
  return { received: objects.length, stored: ids.length, ids: objects.filter((o) => !no.has(o.id)).map((o) => o.id), refused };
}

/** Imports a MISP event (wrapped or bare) as a STIX report holding the event. */
export async function importMisp(p: Platform, ctx: Ctx, doc: unknown, onStored: OnStored) {
  requireImport(ctx);
  let ev;
  try {
    ev = parseMispEvent(doc);
  } catch (e) {
    refuse(e);
  }
  const obj = mispToStix(ev, ctx.now, { owner_org_id: ev.orgc?.uuid ?? ctx.actor.orgId, owner_org_name: ev.orgc?.name ?? ctx.actor.orgName });
  const { ids, refused } = await receive(p, [obj], importReceipt(ctx, 'misp'), onStored, ctx);
  if (refused.length) throw new AppError('CONFLICT', `Event uuid ${refused[0]!.message}`, '/Event/uuid');
  await p.record(ctx, [{ action: 'sharing.import', recordType: 'sharing-object', recordId: uuidOf(obj.id), details: { format: 'misp', attributes: ev.attributes.length, objects: ev.objects.length } }]);
  return { received: 1, stored: ids.length, ids: [obj.id] };
}

export const exportInput = z.object({ ids: z.array(z.string().uuid()).min(1).max(10_000) });

/** The current objects of records among `ids` (others are left out as if missing); the door decides per caller. */
async function candidates(p: Platform, ctx: Ctx, ids: string[]): Promise<ObjectRow[]> {
  return latestByRecordIds(p.db, [...new Set(ids)], readableSql(ctx, MODULE, p.config.retentionGraceDays, 'o'));
}

export async function exportStix(p: Platform, ctx: Ctx, ids: string[]) {
  await p.orgs.fresh();
  const out = await release(p, ctx, { action: 'sharing.export', rows: await candidates(p, ctx, ids), present: (r) => outgoing(r, p.orgs.name), details: () => ({ format: 'stix' }) });
  const orgIds = new Set(out.filter((x) => x.row.origin === 'local').map((x) => x.row.owner_org_id));
  const identities = [...orgIds].map((id) => organisationIdentity(id, p.orgs.name(id)));
  return bundle(out.map((x) => x.object), identities);
}

export async function exportMisp(p: Platform, ctx: Ctx, ids: string[]) {
  await p.orgs.fresh();
  const out = await release(p, ctx, { action: 'sharing.export', rows: await candidates(p, ctx, ids), present: (r) => outgoing(r, p.orgs.name), details: () => ({ format: 'misp' }) });
  if (out.length === 0) throw notFound('record');
  const ev = stixToMisp(out.map((x) => x.object), { name: ctx.actor.orgName, uuid: ctx.actor.orgId }, ctx.now);
  return mispJson(ev);
}

export const listQuery = z.object({
  origin: z.enum(['local', 'partner', 'import']).optional(),
  type: z.string().max(250).optional(),
  partnerId: z.string().uuid().optional(),
  ...sortParams(['dateAdded', 'type', 'origin', 'name', 'classification']),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

function present(p: Platform, r: ObjectRow, object: StixObject) {
  return {
    id: r.id,
    stixId: r.stix_id,
    type: r.stix_type,
    recordType: r.record_type,
    version: r.version,
    dateAdded: r.date_added,
    revoked: r.revoked,
    origin: r.origin,
    provenance: r.origin === 'local' ? null : { instance: r.origin_instance, organisationId: r.origin_org_id, organisation: r.origin_org_name, partnerId: r.partner_id },
    scope: r.scope,
    markings: presentMarkings(r, p.orgs.name),
    readOnly: r.origin !== 'local',
    object,
  };
}

/**
 * Objects held (latest versions) the caller may read, newest first or sorted (policy in SQL before paging,
 * then the door); `total` counts with the same policy filter. A relationship names its two ends where
 * the caller may read them (released with the page, in its one audit event), else "restricted".
 */
export async function listObjects(p: Platform, ctx: Ctx, q: z.infer<typeof listQuery>) {
  const readable = readableSql(ctx, MODULE, p.config.retentionGraceDays, 'o');
  const [rows, total] = await Promise.all([listLatest(p.db, readable, q), countLatest(p.db, readable, q)]);
  const ends = await latestByStixIds(p.db, endRefs(rows));
  await p.orgs.fresh();
  const out = await release(p, ctx, { action: 'sharing.list', rows: [...rows, ...ends], present: (r) => outgoing(r, p.orgs.name), details: (count) => ({ count }) });
  const byStix = new Map(out.map((x) => [x.row.stix_id, x]));
  const page = new Set(rows.map((r) => r.stix_id));
  return { results: out.filter((x) => page.has(x.row.stix_id)).map((x) => ({ ...present(p, x.row, x.object), ends: endsOf(x.object, byStix) })), total };
}

/** One held object (by record id): its current object, with every version's number. */
export async function getObject(p: Platform, ctx: Ctx, id: string) {
  const { rows } = await versionsOfRecord(p.db, id, readableSql(ctx, MODULE, p.config.retentionGraceDays, 'o'), 500);
  // A relationship's ends are named where the caller may read them (released with the record, one audit event).
  const ends = await latestByStixIds(p.db, endRefs(rows.filter((r) => r.is_latest)));
  await p.orgs.fresh();
  const all = await release(p, ctx, { action: 'sharing.read', rows: [...rows, ...ends], present: (r) => outgoing(r, p.orgs.name) });
  const byStix = new Map(all.map((x) => [x.row.stix_id, x]));
  const out = all.filter((x) => x.row.id === id);
  // The current object of the record: the newest latest version (an earlier STIX id of it is a tombstone).
  const latest = out.filter((x) => x.row.is_latest).pop();
  if (!latest) throw notFound('object');
  return { ...present(p, latest.row, latest.object), ends: endsOf(latest.object, byStix), versions: out.map((x) => ({ version: x.row.version, dateAdded: x.row.date_added, revoked: x.row.revoked })) };
}
