/**
 * The read door of the sharing copy. Every object the module lets out (TAXII objects, manifest and
 * versions, STIX and MISP exports, the held-objects list and reads) passes `release`: the access policy
 * per row (src/server/platform/door.ts), then the references of what passes are checked against what
 * the reader may see (a relationship to a hidden record is withheld, a report's object_refs keep only
 * visible records, no id of a hidden record is let out), then ONE audit event names everything released:
 * the local record ids (the subject's, report's or link's uuid) and the STIX ids.
 */
import { canAccess } from '../../../core/access/policy.ts';
import { uuidOf, vigilExtension, VIGIL_EXTENSION_ID, VIGIL_IDENTITY_ID, type StixObject } from '../../../core/sharing/stix.ts';
import type { AuditDetails } from '../../platform/audit.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { passDoor } from '../../platform/door.ts';
import type { Platform } from '../../platform/platform.ts';
import { policyCtx, policyMarkings } from '../../platform/records.ts';
import { referencedRows, type ObjectRow, type RefRow } from './objects.repository.ts';

const MODULE = 'sharing' as const;

/** A row let out, with its object as this reader may see it. */
export interface Released {
  row: ObjectRow;
  object: StixObject;
}

export interface ReleaseRequest {
  /** The audit action (taxii.objects, taxii.manifest, sharing.export…). */
  action: string;
  rows: readonly ObjectRow[];
  /** How an object goes out (received objects carry their local markings); the stored object by default. */
  present?: (row: ObjectRow) => StixObject;
  /** Audit details (references and counts), given the number of objects released. */
  details?: (released: number) => AuditDetails;
  tx?: Database;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every STIX id an object references (top-level *_ref / *_refs, and the Vigil extension's subject ids). */
function referencesOf(o: StixObject): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === 'object_marking_refs' || k === 'id') continue;
    if (k.endsWith('_ref') && typeof v === 'string') out.push(v);
    else if (k.endsWith('_refs') && Array.isArray(v)) for (const x of v) if (typeof x === 'string') out.push(x);
  }
  const subjects = vigilExtension(o)?.subject_ids;
  if (Array.isArray(subjects)) for (const s of subjects) if (typeof s === 'string') out.push(`identity--${s}`);
  return out;
}

/**
 * What the reader may see of the records `refs` name: for each reference held in the sharing copy
 * (by STIX id, or a local record by its id, whatever its STIX id now is), the STIX id to show, or null
 * when it is hidden (not readable in full, or revoked). References to nothing held are not records of
 * this instance and stay as they are (absent from the map).
 */
async function resolve(p: Platform, ctx: Ctx, refs: string[]): Promise<Map<string, string | null>> {
  const wanted = [...new Set(refs)].filter((r) => !r.startsWith('marking-definition--') && !r.startsWith('extension-definition--'));
  const out = new Map<string, string | null>();
  if (wanted.length === 0) return out;
  const uuids = [...new Set(wanted.map(uuidOf).filter((u) => UUID.test(u)))];
  const rows = await referencedRows(p.db, wanted, uuids);
  const local = new Map<string, RefRow>();
  const byStix = new Map<string, RefRow>();
  for (const r of rows) {
    byStix.set(r.stix_id, r);
    const seen = local.get(r.id);
    if (r.origin === 'local' && (!seen || r.date_added > seen.date_added || (r.date_added === seen.date_added && r.seq > seen.seq))) local.set(r.id, r);
  }
  await p.orgs.fresh();
  const pctx = policyCtx(ctx, MODULE, p.config.retentionGraceDays);
  for (const ref of wanted) {
    const u = uuidOf(ref);
    const row = local.get(u) ?? byStix.get(ref);
    if (!row) continue;
    // Organisations are no records: their identities (authors, sources) stay.
    if (ref.startsWith('identity--') && p.orgs.name(u) !== 'unknown organisation' && row.origin !== 'local') continue;
    const visible = !row.revoked && row.stix_type === ref.slice(0, ref.indexOf('--')) && canAccess(ctx.actor, policyMarkings(row), 'read', pctx) === 'full';
    out.set(ref, visible ? row.stix_id : null);
  }
  return out;
}

/** The object with references to hidden records taken out (or null: the object cannot go out without them). */
function withVisibleRefs(o: StixObject, seen: Map<string, string | null>): StixObject | null {
  const show = (ref: string) => (seen.has(ref) ? seen.get(ref)! : ref);
  const out: StixObject = { ...o };
  for (const [k, v] of Object.entries(o)) {
    if (k === 'object_marking_refs' || k === 'id') continue;
    if (k.endsWith('_ref') && typeof v === 'string') {
      const s = show(v);
      if (s === null && k !== 'created_by_ref') return null; // a relationship (or sighting) of a hidden record is withheld
      if (s === null) delete out[k];
      else out[k] = s;
    } else if (k.endsWith('_refs') && Array.isArray(v)) {
      const kept = v.map((x) => (typeof x === 'string' ? show(x) : x)).filter((x) => x !== null);
      if (kept.length > 0) out[k] = kept;
      else if (k === 'object_refs') out[k] = [typeof out.created_by_ref === 'string' ? out.created_by_ref : VIGIL_IDENTITY_ID];
      else delete out[k];
    }
  }
  const x = vigilExtension(o);
  if (x && Array.isArray(x.subject_ids)) {
    const ids = (x.subject_ids as unknown[]).filter((s) => typeof s === 'string' && show(`identity--${s}`) !== null);
    const ext = { ...x, subject_ids: ids };
    if (ids.length === 0) delete (ext as Record<string, unknown>).subject_ids;
    out.extensions = { ...(o.extensions as Record<string, unknown>), [VIGIL_EXTENSION_ID]: ext };
  }
  return out;
}

/**
 * Lets rows of the sharing copy out to the caller: policy per row (the door), references filtered to
 * what the caller may see, one audit event naming the record ids and STIX ids released.
 */
export async function release(p: Platform, ctx: Ctx, req: ReleaseRequest): Promise<Released[]> {
  const { full } = await passDoor(p, ctx, { module: MODULE, recordType: 'sharing-object', action: req.action, rows: req.rows, audit: false });
  const present = req.present ?? ((r: ObjectRow) => r.object);
  const objects = full.map((r) => ({ row: r, object: present(r) }));
  const seen = await resolve(p, ctx, objects.flatMap((x) => referencesOf(x.object)));
  const out: Released[] = [];
  for (const x of objects) {
    const o = withVisibleRefs(x.object, seen);
    if (o) out.push({ row: x.row, object: o });
  }
  await p.record(
    ctx,
    [
      {
        action: req.action,
        recordType: 'sharing-object',
        recordId: null,
        recordIds: [...new Set([...out.map((x) => x.row.id), ...out.map((x) => x.row.stix_id)])],
        ...(req.details ? { details: req.details(out.length) } : {}),
      },
    ],
    req.tx,
  );
  return out;
}
