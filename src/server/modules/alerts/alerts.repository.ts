/** Every SQL statement of the alerts module's own tables (migrations/0020_alerts.sql). */
import { sql } from 'kysely';
import type { AlertContent } from '../../../core/alerts/cap.ts';
import { withTables, type Database } from '../../platform/db.ts';
import type { AlertsTables } from './alerts.tables.ts';

const db = (d: Database) => withTables<AlertsTables>(d);

export type AlertRow = NonNullable<Awaited<ReturnType<typeof findAlert>>>;

/** The list states a reader filters by: the stored states, and "cancelled" for a chain a Cancel closed. */
export const LIST_STATES = ['draft', 'awaiting_approval', 'approved', 'published', 'cancelled'] as const;
export type ListState = (typeof LIST_STATES)[number];

const cancelledSql = sql<boolean>`EXISTS (SELECT 1 FROM alerts c WHERE c.root_id = alerts.root_id AND c.msg_type = 'Cancel' AND c.state = 'published')`;
const supersededSql = sql<boolean>`EXISTS (SELECT 1 FROM alerts c WHERE c.references_id = alerts.id AND c.state = 'published')`;

/** One alert with whether its chain is cancelled and whether a later message replaced it. */
export function findAlert(d: Database, id: string) {
  return db(d)
    .selectFrom('alerts')
    .selectAll()
    .select([cancelledSql.as('cancelled'), supersededSql.as('superseded')])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Locks an alert's row for a state change (concurrent approvals and publications wait their turn). */
export function lockAlert(tx: Database, id: string) {
  return db(tx).selectFrom('alerts').select(['id', 'state', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * Alerts a reader may list: those of the reader's organisation in any state, and every published one
 * (they are public). Newest change first.
 */
export function listAlerts(d: Database, f: { orgId: string; state?: ListState | undefined; incidentId?: string | undefined; limit: number }) {
  let q = db(d)
    .selectFrom('alerts')
    .selectAll()
    .select([cancelledSql.as('cancelled'), supersededSql.as('superseded')])
    .where((eb) => eb.or([eb('owner_org_id', '=', f.orgId), eb('state', '=', 'published')]));
  if (f.incidentId) q = q.where('incident_id', '=', f.incidentId);
  if (f.state === 'cancelled') q = q.where('state', '=', 'published').where(cancelledSql);
  else if (f.state === 'published') q = q.where('state', '=', 'published').where(sql<boolean>`NOT ${cancelledSql}`);
  else if (f.state) q = q.where('state', '=', f.state);
  return q.orderBy('updated_at', 'desc').orderBy('id').limit(f.limit).execute();
}

/** The published messages of a chain, oldest first (the references of a follow-up). */
export function publishedChain(d: Database, rootId: string) {
  return db(d)
    .selectFrom('alerts')
    .select(['id', 'sender', 'identifier', 'sent', 'msg_type', 'published_at'])
    .where('root_id', '=', rootId)
    .where('state', '=', 'published')
    .orderBy('published_at')
    .orderBy('id')
    .execute();
}

/** Follow-ups of an alert not yet published (one at a time per alert). */
export function openFollowUps(d: Database, referencesId: string) {
  return db(d).selectFrom('alerts').select(['id']).where('references_id', '=', referencesId).where('state', '!=', 'published').execute();
}

export async function insertAlert(
  tx: Database,
  v: { id: string; orgId: string; incidentId: string | null; msgType: string; status: string; referencesId: string | null; rootId: string; content: AlertContent; userId: string; at: Date },
): Promise<void> {
  await db(tx)
    .insertInto('alerts')
    .values({ id: v.id, owner_org_id: v.orgId, incident_id: v.incidentId, msg_type: v.msgType, status: v.status, references_id: v.referencesId, root_id: v.rootId, content: JSON.stringify(v.content), drafted_by: v.userId, editors: [v.userId], created_at: v.at, updated_at: v.at })
    .execute();
}

/** Saves a draft's content when it is still at `version`; false when someone changed it meanwhile. */
export async function updateDraft(tx: Database, id: string, version: number, v: { content: AlertContent; status: string; incidentId: string | null; editors: string[]; at: Date }): Promise<boolean> {
  const r = await db(tx)
    .updateTable('alerts')
    .set({ content: JSON.stringify(v.content), status: v.status, incident_id: v.incidentId, editors: v.editors, version: version + 1, updated_at: v.at })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves an alert from one state to the next; false when it was not in `from` (at `version`). */
export async function moveState(
  tx: Database,
  id: string,
  from: string,
  version: number,
  to: { state: string; returned_reason?: string | null; submitted_by?: string | null; submitted_at?: Date | null; approved_by?: string | null; approved_at?: Date | null; approved_version?: number | null; at: Date },
): Promise<boolean> {
  const { at, ...rest } = to;
  const r = await db(tx).updateTable('alerts').set({ ...rest, updated_at: at }).where('id', '=', id).where('state', '=', from).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Publishes an approved alert: its message, signature and identity are written once. */
export async function markPublished(tx: Database, id: string, v: { userId: string; at: Date; identifier: string; sender: string; sent: string; xml: string; signature: string; keyId: string }): Promise<boolean> {
  const r = await db(tx)
    .updateTable('alerts')
    .set({ state: 'published', published_by: v.userId, published_at: v.at, identifier: v.identifier, sender: v.sender, sent: v.sent, xml: v.xml, signature: v.signature, key_id: v.keyId, updated_at: v.at })
    .where('id', '=', id)
    .where('state', '=', 'approved')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteDraft(tx: Database, id: string, version: number): Promise<boolean> {
  const r = await db(tx).deleteFrom('alerts').where('id', '=', id).where('version', '=', version).where('state', '=', 'draft').executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The next alert number (CAP identifiers are numbered in publication order). */
export async function nextNumber(tx: Database): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('alerts_number_seq')::int AS n`.execute(tx);
  return Number(rows[0]!.n);
}

/** Bumps the feed version in the publishing transaction, so every process rebuilds its feed. */
export async function bumpFeedVersion(tx: Database): Promise<void> {
  await db(tx).updateTable('alerts_feed_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

export async function feedVersion(d: Database): Promise<number> {
  const r = await db(d).selectFrom('alerts_feed_version').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(r?.version ?? 0);
}

/** The newest published alerts with what the feed and the message routes serve. */
export function publishedForFeed(d: Database, limit: number) {
  return db(d)
    .selectFrom('alerts')
    .select(['alerts.id', 'alerts.identifier', 'alerts.msg_type', 'alerts.status', 'alerts.content', 'alerts.xml', 'alerts.signature', 'alerts.published_at', 'alerts.owner_org_id'])
    .where('alerts.state', '=', 'published')
    .orderBy('alerts.published_at', 'desc')
    .orderBy('alerts.id', 'desc')
    .limit(limit)
    .execute();
}

/** One published alert's message and signature (an older one than the cache holds). */
export function publishedMessage(d: Database, id: string) {
  return db(d).selectFrom('alerts').select(['id', 'xml', 'signature', 'published_at']).where('id', '=', id).where('state', '=', 'published').executeTakeFirst();
}

export async function registerKey(d: Database, keyId: string, publicKey: string): Promise<void> {
  await db(d).insertInto('alerts_keys').values({ key_id: keyId, public_key: publicKey }).onConflict((oc) => oc.column('key_id').doNothing()).execute();
}

export function signingKeys(d: Database) {
  return db(d).selectFrom('alerts_keys').select(['key_id', 'public_key', 'created_at']).orderBy('created_at').execute();
}

