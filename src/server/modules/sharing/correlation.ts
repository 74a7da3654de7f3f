/**
 * Correlation on strong identifiers. Every stored object's identifiers (hashed) go to
 * sharing_identifiers; when a value newly appears in an object of one organisation and is already held
 * in an object of another, both owners' users (with sharing read) are told what the policy lets each
 * know, through the read door: the other record's id when they read it in full, that it exists and whom
 * to ask when the policy answers hit/no-hit, nothing otherwise. A value held by more than `fanOut`
 * objects goes to the warning list and is no longer correlated.
 */
import { canAccess, hasPermission } from '../../../core/access/policy.ts';
import { identifiersOf } from '../../../core/sharing/identifiers.ts';
import { actorById, type SessionActor } from '../../platform/auth.ts';
import type { Platform } from '../../platform/platform.ts';
import { passDoor } from '../../platform/door.ts';
import { policyMarkings } from '../../platform/records.ts';
import { activeUsersOfOrganisations } from '../admin/directory.service.ts';
import { notify } from '../notifications/notifications.service.ts';
import { countIdentifiers, deleteIdentifiers, holdersOf, identifiersOfObjects, insertIdentifiers, putOnWarninglist, warnedAmong } from './correlation.repository.ts';
import { latestByStixIds, type ObjectIn, type ObjectRow } from './objects.repository.ts';
import { MODULE } from './taxii.service.ts';

const SYSTEM = { userId: null, username: 'system:sharing', orgId: null, orgName: 'Vigil' };

interface Hit {
  kind: string;
  hash: string;
  mine: ObjectIn | ObjectRow;
  other: ObjectIn | ObjectRow;
}

export class Correlator {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly p: Platform,
    private readonly fanOut: number,
    private readonly log: (msg: string, err?: unknown) => void,
  ) {}

  /** Queues objects for indexing (in order, one batch at a time). */
  enqueue(stixIds: string[], rows?: ObjectIn[]): void {
    this.chain = this.chain.then(() => this.index(stixIds, rows)).catch((e) => this.log('correlation failed', e));
  }

  /** Resolves when everything queued so far is indexed. */
  idle(): Promise<void> {
    return this.chain;
  }

  async index(stixIds: string[], rows?: ObjectIn[]): Promise<void> {
    for (let i = 0; i < stixIds.length; i += 1000) await this.indexBatch(stixIds.slice(i, i + 1000), rows);
  }

  private async indexBatch(stixIds: string[], given?: ObjectIn[]): Promise<void> {
    // The rows just stored when the caller passed them (the newest version of each), else a read.
    const wanted = new Set(stixIds);
    const newest = new Map<string, ObjectIn>();
    for (const r of given ?? []) if (wanted.has(r.stix_id) && !(Date.parse(newest.get(r.stix_id)?.version_at ?? '') >= Date.parse(r.version_at))) newest.set(r.stix_id, r);
    const objects = (given ? [...newest.values()] : await latestByStixIds(this.p.db, stixIds)) as Array<ObjectIn | ObjectRow>;
    if (given && !objects.some((o) => identifiersOf(o.object).length > 0)) {
      if ((await countIdentifiers(this.p.db, stixIds)) === 0) return;
    }
    const fresh: Array<{ row: ObjectIn | ObjectRow; kind: string; hash: string }> = [];
    await this.p.db.transaction().execute(async (tx) => {
      const before = await identifiersOfObjects(tx, stixIds);
      const had = new Set(before.map((b) => `${b.stix_id}|${b.kind}|${b.value_hash}`));
      await deleteIdentifiers(tx, stixIds);
      const rows: Array<{ stix_id: string; kind: string; value_hash: string; owner_org_id: string }> = [];
      for (const o of objects) {
        if (o.revoked) continue;
        for (const id of identifiersOf(o.object)) {
          rows.push({ stix_id: o.stix_id, kind: id.kind, value_hash: id.hash, owner_org_id: o.owner_org_id });
          if (!had.has(`${o.stix_id}|${id.kind}|${id.hash}`)) fresh.push({ row: o, kind: id.kind, hash: id.hash });
        }
      }
      await insertIdentifiers(tx, rows);
    });
    if (fresh.length) await this.match(fresh);
  }

  private async match(fresh: Array<{ row: ObjectIn | ObjectRow; kind: string; hash: string }>): Promise<void> {
    const hashes = [...new Set(fresh.map((f) => f.hash))];
    const warned = new Set(await warnedAmong(this.p.db, hashes));
    const holders = await holdersOf(this.p.db, hashes);
    const byHash = new Map<string, typeof holders>();
    for (const h of holders) byHash.set(h.value_hash, [...(byHash.get(h.value_hash) ?? []), h]);
    const pairs: Array<{ kind: string; hash: string; mine: ObjectIn | ObjectRow; otherId: string }> = [];
    for (const f of fresh) {
      if (warned.has(f.hash)) continue;
      const all = byHash.get(f.hash) ?? [];
      if (all.length > this.fanOut) {
        await putOnWarninglist(this.p.db, f.hash, f.kind, all.length);
        warned.add(f.hash);
        await this.p.audit.append(SYSTEM, [{ action: 'sharing.warninglist', details: { kind: f.kind, occurrences: all.length } }]);
        continue;
      }
      for (const h of all) if (h.stix_id !== f.row.stix_id && h.owner_org_id !== f.row.owner_org_id) pairs.push({ kind: f.kind, hash: f.hash, mine: f.row, otherId: h.stix_id });
    }
    if (pairs.length === 0) return;
    const others = new Map((await latestByStixIds(this.p.db, [...new Set(pairs.map((x) => x.otherId))])).map((r) => [r.stix_id, r]));
    const hits: Hit[] = pairs.flatMap((x) => (others.get(x.otherId) ? [{ kind: x.kind, hash: x.hash, mine: x.mine, other: others.get(x.otherId)! }] : []));
    await this.tell(hits);
  }

  /**
   * Tells the users of both owners what the policy lets each of them know, through the read door: a
   * user hears of a match only on a record of their own organisation they read in full, and learns of
   * the other record its id when the policy gives them full access, only "exists, contact X" when it
   * gives hit/no-hit, and nothing at all otherwise. One audit event per user told names what it released.
   */
  private async tell(hits: Hit[]): Promise<void> {
    const orgs = [...new Set(hits.flatMap((h) => [h.mine.owner_org_id, h.other.owner_org_id]))];
    // Every enabled user of both owners (the admin module's directory).
    const userIds = await activeUsersOfOrganisations(this.p.db, orgs);
    const actors: SessionActor[] = [];
    for (const id of userIds) {
      const a = await actorById(this.p.db, id);
      if (a && hasPermission(a, MODULE, 'read')) actors.push(a);
    }
    await this.p.orgs.fresh();
    const now = new Date();
    const pctx = { module: MODULE, now, graceDays: this.p.config.retentionGraceDays };
    const pairs = hits.flatMap((h) => [
      { kind: h.kind, own: h.mine, other: h.other },
      { kind: h.kind, own: h.other, other: h.mine },
    ]);
    await this.p.db.transaction().execute(async (tx) => {
      for (const a of actors) {
        const told = pairs.flatMap((x) => {
          if (x.own.owner_org_id !== a.orgId || canAccess(a, policyMarkings(x.own), 'read', pctx) !== 'full') return [];
          const d = canAccess(a, policyMarkings(x.other), 'read', pctx);
          return d === 'none' ? [] : [{ ...x, full: d === 'full' }];
        });
        if (told.length === 0) continue;
        const ctx = { actor: a, requestId: 'correlation', purpose: null, now };
        const rows = [...new Map(told.flatMap((x) => [x.own, x.other]).map((r) => [r.stix_id, r])).values()];
        await passDoor(this.p, ctx, {
          module: MODULE,
          recordType: 'sharing-object',
          action: 'sharing.correlation',
          rows,
          markings: (r) => policyMarkings(r),
          hits: true,
          tx,
          details: { matches: told.length, kinds: [...new Set(told.map((x) => x.kind))] },
        });
        for (const x of told) {
          await notify(tx, [a.userId], {
            kind: 'sharing.correlation',
            recordType: 'sharing-object',
            recordId: x.own.id,
            payload: {
              identifierKind: x.kind,
              record: x.own.stix_id,
              match: x.full
                ? { hit: false, record: x.other.stix_id, organisation: x.other.origin_org_name ?? this.p.orgs.name(x.other.owner_org_id) }
                : { hit: true, contact: { organisationId: x.other.owner_org_id, organisation: this.p.orgs.name(x.other.owner_org_id) } },
            },
          });
        }
      }
      await this.p.audit.append(SYSTEM, [{ action: 'sharing.correlation', recordType: 'sharing-object', details: { matches: hits.length, kinds: [...new Set(hits.map((h) => h.kind))] } }], tx);
    });
  }
}
