/**
 * Publication of an approved alert, its XML preview, and the public answers (feed, messages,
 * signatures, keys). Publication is one transaction: the message, its identity, its signature and the
 * feed version commit together or not at all, so the feed holds a whole message or none of it.
 */
import type { CapMsgType } from '../../../core/alerts/cap.ts';
import { capTime, capToken, writeCap, type CapMessage, type CapReference, type ResolvedArea } from '../../../core/alerts/xml.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Database } from '../../platform/db.ts';
import { AppError, invalid, notFound } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import * as repo from './alerts.repository.ts';
import type { AlertRow } from './alerts.repository.ts';
import { approverStep, getAlert, problemsOf, readableAlert, requireRight } from './alerts.service.ts';
import { problemsMessage } from '../../../core/alerts/cap.ts';
import { feedCache, type CachedAnswer } from './feed.cache.ts';
import { geoFile, municipalityPolygons } from '../../platform/geo.ts';
import { incidentEvent } from './incident-link.ts';
import { AlertSigner } from './signing.ts';
import { organisationById } from '../admin/directory.service.ts';

const signers = new WeakMap<Platform, AlertSigner>();

/** The platform's CAP signer (key in the data folder), its public key registered once. */
export async function signerOf(p: Platform): Promise<AlertSigner> {
  let s = signers.get(p);
  if (!s) {
    s = AlertSigner.forDataDir(p.config.dataDir);
    await repo.registerKey(p.db, s.keyId, s.publicKeyPem);
    signers.set(p, s);
  }
  return s;
}

/** The area as published: drawn shapes, and each chosen municipality as its NIS geocode and simplified polygons. */
export function resolveArea(r: Pick<AlertRow, 'content'>): ResolvedArea {
  const a = r.content.area;
  return {
    description: a.description,
    polygons: [...a.polygons, ...a.municipalities.flatMap((nis) => municipalityPolygons(nis))],
    circles: a.circles,
    geocodes: a.municipalities,
  };
}

/** The CAP sender of an organisation: its contact address when CAP accepts it, else a stable name. */
function senderOf(org: { id: string; contact: string | null } | undefined, orgId: string): string {
  const c = org?.contact?.trim() ?? '';
  return capToken(c) ? c : `vigil-org-${orgId}`;
}

async function messageOf(d: Database, r: AlertRow, v: { identifier: string; sent: string; references: CapReference[] }): Promise<CapMessage> {
  const org = await organisationById(d, r.owner_org_id);
  return {
    identifier: v.identifier,
    sender: senderOf(org, r.owner_org_id),
    sent: v.sent,
    status: r.status as CapMessage['status'],
    msgType: r.msg_type as CapMsgType,
    references: v.references,
    senderName: org?.name ?? 'Vigil',
    content: r.content,
    area: resolveArea(r),
  };
}

/** The references of a follow-up: every published message of its chain (sender,identifier,sent). */
async function referencesOf(d: Database, r: AlertRow): Promise<CapReference[]> {
  if (!r.references_id) return [];
  const chain = await repo.publishedChain(d, r.root_id);
  return chain.map((c) => ({ sender: c.sender!, identifier: c.identifier!, sent: c.sent! }));
}

/**
 * Writes an approved alert's CAP message, signs it and publishes it inside `tx`, bumping the feed
 * version and telling the incident (the demo loader uses it too).
 */
export async function publishRow(tx: Database, signer: AlertSigner, r: AlertRow, userId: string, now: Date): Promise<{ identifier: string }> {
  const n = await repo.nextNumber(tx);
  const identifier = `VIGIL-${now.getUTCFullYear()}-${String(n).padStart(5, '0')}`;
  const sent = capTime(now);
  const message = await messageOf(tx, r, { identifier, sent, references: await referencesOf(tx, r) });
  const xml = writeCap(message);
  const signature = signer.sign(xml);
  const ok = await repo.markPublished(tx, r.id, { userId, at: now, identifier, sender: message.sender, sent, xml, signature, keyId: signer.keyId });
  if (!ok) throw new AppError('CONFLICT', 'The alert was published or returned meanwhile; reload it.');
  await repo.bumpFeedVersion(tx);
  if (r.incident_id) await incidentEvent(tx, r.incident_id, 'alert.published', { alertId: r.id, msgType: r.msg_type, identifier, status: r.status });
  return { identifier };
}

/** Publishes an approved alert (a second user with the approve right; the drafters may not). */
export async function publishAlert(p: Platform, ctx: Ctx, id: string) {
  const r0 = await approverStep(p, ctx, id);
  if (r0.state !== 'approved') throw new AppError('CONFLICT', r0.state === 'published' ? 'The alert is already published.' : 'The alert must be approved before it is published.');
  const signer = await signerOf(p);
  await p.db.transaction().execute(async (tx) => {
    const locked = await repo.lockAlert(tx, id);
    if (!locked || locked.state !== 'approved') throw new AppError('CONFLICT', 'The alert was published or returned meanwhile; reload it.');
    const r = (await repo.findAlert(tx, id))!;
    if (r.approved_version !== r.version) throw new AppError('CONFLICT', 'The alert changed after its approval; it must be approved again.');
    const problems = problemsOf(r, ctx.now);
    if (problems.length > 0) throw invalid(problemsMessage(problems), problems[0]!.field);
    if (r.references_id) {
      const prev = await repo.findAlert(tx, r.references_id);
      if (!prev || prev.state !== 'published' || prev.cancelled || prev.superseded) throw new AppError('CONFLICT', 'The alert this one follows was cancelled or replaced meanwhile.');
    }
    const { identifier } = await publishRow(tx, signer, r, ctx.actor.userId, ctx.now);
    await p.record(ctx, [{ action: 'alert.publish', recordType: 'alert', recordId: id, details: { msgType: r.msg_type, status: r.status, version: r.version, identifier, keyId: signer.keyId, ...(r.incident_id ? { incidentId: r.incident_id } : {}), ...(r.references_id ? { referencesId: r.references_id } : {}) } }], tx);
  });
  // After the commit: this process serves the new feed at once (others within a poll).
  await feedCache(p).refresh();
  return getAlert(p, ctx, id);
}

/**
 * The CAP message as it will be published (identifier and time filled in at publication), the open
 * problems, and the published message it follows (for the approval screen's differences).
 */
export async function previewAlert(p: Platform, ctx: Ctx, id: string) {
  requireRight(ctx, 'read');
  const r = await readableAlert(p, ctx, id);
  const prev = r.references_id ? await repo.findAlert(p.db, r.references_id) : undefined;
  const previous = prev ? { id: prev.id, identifier: prev.identifier, content: prev.content, xml: prev.xml } : null;
  if (r.state === 'published') return { xml: r.xml!, problems: [], previous };
  let xml: string;
  try {
    xml = writeCap(await messageOf(p.db, r, { identifier: 'VIGIL-PREVIEW', sent: capTime(ctx.now), references: await referencesOf(p.db, r) }));
  } catch {
    xml = '';
  }
  return { xml, problems: problemsOf(r, ctx.now), previous };
}

/** A public answer (feed, message, signature, keys) from the cache; 404 for anything not published. */
export async function publicAnswer(p: Platform, what: { kind: 'feed' } | { kind: 'keys' } | { kind: 'message'; file: string }): Promise<CachedAnswer> {
  const cache = feedCache(p);
  if (what.kind === 'feed') return cache.feedAnswer();
  if (what.kind === 'keys') {
    await signerOf(p);
    return cache.keysAnswer();
  }
  const m = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.xml(\.sig)?$/.exec(what.file);
  if (!m) throw notFound('alert');
  const a = await cache.messageAnswer(m[1]!, m[2] ? 'sig' : 'xml');
  if (!a) throw notFound('alert');
  return a;
}

/** The shipped municipality map (TopoJSON) for the web app's map. */
export function municipalitiesMap(ctx: Ctx): { raw: Buffer; etag: string } {
  requireRight(ctx, 'read');
  return geoFile();
}
