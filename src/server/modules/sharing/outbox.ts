/**
 * The outbox: keeps the STIX projection of this instance's intelligence records (sharing_objects,
 * origin "local") up to date, from intel's change feed (intelChangesAfter), on a timer and on demand
 * (before every TAXII read and export). A deleted record, or one whose markings narrowed, gets a
 * tombstone (revoked version; its earlier versions leave the copy, see insertVersions). Each stored batch wakes
 * long-polling partners (`added` event) and goes to correlation.
 */
import { EventEmitter } from 'node:events';
import {
  linkToStix,
  reportToStix,
  revokedVersion,
  scopeOfDistribution,
  subjectToStix,
  type RecordMarkingsIn,
  type StixObject,
} from '../../../core/sharing/stix.ts';
import type { Classification, Distribution, HandlingCode, Tlp } from '../../../core/vocab.ts';
import type { Platform } from '../../platform/platform.ts';
import { intelChangesAfter, intelKindsChangedAfter } from '../intel/subjects.service.ts';
import { randomUUID } from 'node:crypto';
import { narrows, type Reach } from '../../../core/sharing/scope.ts';
import { currentByRecordIds, insertVersions, type ObjectIn, type OnStored } from './objects.repository.ts';
import { getStates, setState } from './state.repository.ts';

const KINDS = ['subject', 'report', 'link', 'deleted'] as const;
type Kind = (typeof KINDS)[number];
const STIX_TYPE: Record<string, string> = { subject: 'identity', report: 'report', link: 'relationship' };
const BATCH = 1000;
/**
 * A read that does not wait (freshness bound 0) starts no catch-up when one started this recently: under
 * load every read would otherwise probe the change feed (two statements), while the background interval and
 * the next read after this window bring the projection up to date all the same.
 */
export const RECENT_RUN_MS = 250;

type Row = Record<string, unknown> & { id: string; cursor_at: string };

function markingsOf(r: Row, orgName: (id: string) => string): RecordMarkingsIn {
  return {
    ownerOrgId: String(r.owner_org_id),
    ownerOrgName: orgName(String(r.owner_org_id)),
    classification: r.classification as Classification,
    tlp: r.tlp as Tlp,
    distribution: r.distribution as Distribution,
    sharedWith: (r.shared_org_ids as string[]) ?? [],
    groupIds: (r.group_ids as string[]) ?? [],
    handlingCode: r.handling_code as HandlingCode,
    hitNoHit: Boolean(r.hit_no_hit),
    legalBasis: String(r.legal_basis),
    purpose: String(r.purpose),
    reviewDate: (r.review_date as string | null) ?? null,
  };
}

const date = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

/** The STIX object of an intel row. */
export function stixOfRow(kind: Exclude<Kind, 'deleted'>, r: Row, orgName: (id: string) => string): StixObject {
  const m = markingsOf(r, orgName);
  const base = { id: r.id, version: Number(r.version ?? 1), createdAt: date(r.created_at), updatedAt: date(r.updated_at), markings: m };
  if (kind === 'subject') {
    return subjectToStix({
      ...base,
      kind: r.kind as 'person' | 'organisation',
      names: r.names as string[],
      birthDate: (r.birth_date as string | null) ?? null,
      nationalities: (r.nationalities as string[]) ?? [],
      gender: (r.gender as string | null) ?? null,
      category: (r.category as string | null) ?? null,
      followUp: String(r.follow_up),
      documents: (typeof r.documents === 'string' ? JSON.parse(r.documents) : r.documents) ?? [],
      notes: String(r.notes ?? ''),
      threatLevel: (r.threat_level as number | null) ?? null,
    });
  }
  if (kind === 'report') {
    return reportToStix({
      ...base,
      title: String(r.title),
      body: String(r.body),
      reportedOn: String(r.reported_on),
      sourceOrgId: String(r.source_org_id),
      sourceOrgName: orgName(String(r.source_org_id)),
      sourceReliability: String(r.source_reliability),
      infoCredibility: String(r.info_credibility),
      subjectIds: (r.subject_ids as string[]) ?? [],
    });
  }
  return linkToStix({ ...base, fromSubjectId: String(r.from_subject_id), toSubjectId: String(r.to_subject_id), type: String(r.type), description: String(r.description ?? '') });
}

/** A local object version with its record's marking columns. */
export function localObject(obj: StixObject, recordType: string, r: Pick<Row, 'id'> & Record<string, unknown>, revoked = false): ObjectIn {
  const distribution = r.distribution as Distribution;
  return {
    stix_id: obj.id,
    stix_type: obj.type,
    version_at: String(obj.modified),
    object: obj,
    record_type: recordType,
    revoked,
    origin: 'local',
    origin_instance: null,
    origin_org_id: String(r.owner_org_id),
    origin_org_name: null,
    partner_id: null,
    scope: scopeOfDistribution(distribution),
    id: r.id,
    owner_org_id: String(r.owner_org_id),
    classification: String(r.classification),
    tlp: String(r.tlp),
    distribution,
    shared_org_ids: (r.shared_org_ids as string[]) ?? [],
    group_ids: (r.group_ids as string[]) ?? [],
    handling_code: String(r.handling_code),
    hit_no_hit: Boolean(r.hit_no_hit),
    legal_basis: String(r.legal_basis),
    purpose: String(r.purpose),
    review_date: (r.review_date as string | null) ?? null,
  };
}

export class Outbox {
  /** Emits `added` after new objects were stored. */
  readonly events = new EventEmitter();
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;
  /** When the last catch-up run started (performance.now()), -Infinity before the first. */
  private lastStart = -Infinity;

  constructor(
    private readonly p: Platform,
    private readonly onStored: OnStored,
  ) {
    this.events.setMaxListeners(0);
  }

  /** Projects every change not yet projected; resolves once changes committed before the call are in. */
  catchUp(): Promise<number> {
    if (!this.running) {
      this.lastStart = performance.now();
      this.running = this.run().finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running.catch(() => 0).then(() => {
      this.queued = null;
      return this.catchUp();
    });
    return this.queued;
  }

  /**
   * Starts bringing the projection up to date and waits for it at most `maxWaitMs` (the freshness bound of
   * partners' TAXII reads); 0 serves the projection as it stands while the catch-up runs. Under a steady
   * stream of changes a partner's page is then never queued behind projection runs. Objects projected later
   * get a later date_added, so a partner following `added_after` misses nothing. With the bound 0 no new run
   * starts when one started within RECENT_RUN_MS (this process's interval or an earlier read's).
   */
  async freshWithin(maxWaitMs: number, log: (msg: string, e: unknown) => void): Promise<void> {
    // Not waiting: the read serves the projection as it stands either way; a run begun moments ago suffices.
    if (maxWaitMs <= 0 && performance.now() - this.lastStart < RECENT_RUN_MS) return;
    const run = this.catchUp();
    run.catch((e) => log('outbox failed', e));
    if (maxWaitMs <= 0) return;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
    try {
      await Promise.race([run.then(() => undefined), bound]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async run(): Promise<number> {
    let total = 0;
    // Nothing new (the common case under load): two statements, whatever the number of kinds.
    const states = await getStates<{ at: string; id: string }>(this.p.db, KINDS.map((k) => `outbox.${k}`));
    const changed = await intelKindsChangedAfter(this.p.db, {
      subject: states.get('outbox.subject') ?? null,
      report: states.get('outbox.report') ?? null,
      link: states.get('outbox.link') ?? null,
      deleted: states.get('outbox.deleted') ?? null,
    });
    if (changed.length === 0) return 0;
    await this.p.orgs.fresh();
    for (const kind of KINDS) {
      if (!changed.includes(kind)) continue;
      for (;;) {
        const key = `outbox.${kind}`;
        const cursor = states.get(key) ?? null;
        const page = await intelChangesAfter(this.p.db, kind, cursor, BATCH);
        if (page.rows.length === 0) break;
        const objects = kind === 'deleted' ? await this.revocations(page.rows) : await this.versions(kind, page.rows);
        const last = page.rows[page.rows.length - 1]!;
        const ids = await this.p.db.transaction().execute(async (tx) => {
          const stored = await insertVersions(tx, objects);
          await setState(tx, key, { at: last.cursor_at, id: last.id });
          states.set(key, { at: last.cursor_at, id: last.id });
          return stored;
        });
        total += ids.length;
        if (ids.length) {
          this.events.emit('added');
          this.onStored(ids, objects);
        }
        if (page.rows.length < BATCH) break;
      }
    }
    return total;
  }

  /**
   * New versions of changed records. A change that narrows who the record reaches revokes the object
   * partners hold (a tombstone under the old markings, so everyone who had it learns) and goes on under
   * a new STIX id for the readers it still reaches; references to it are mapped when served (release.ts).
   */
  private async versions(kind: Exclude<Kind, 'deleted'>, rows: Row[]): Promise<ObjectIn[]> {
    const current = await currentByRecordIds(this.p.db, rows.map((r) => r.id));
    const out: ObjectIn[] = [];
    for (const r of rows) {
      const obj = stixOfRow(kind, r, this.p.orgs.name);
      const cur = current.get(r.id);
      if (cur && (cur.revoked || narrows(reachOf(cur as unknown as Row), reachOf(r)))) {
        if (!cur.revoked) out.push(localObject(revokedVersion(cur.object, date(r.updated_at)), cur.record_type ?? kind, cur as unknown as Row, true));
        obj.id = rekey(obj.type);
      } else if (cur) {
        obj.id = cur.stix_id;
      }
      out.push(localObject(obj, kind, r));
    }
    return out;
  }

  /** Tombstones of the projected objects of deleted records (every version of them leaves the copy). */
  private async revocations(rows: Row[]): Promise<ObjectIn[]> {
    const current = await currentByRecordIds(this.p.db, rows.map((r) => r.id));
    return rows.flatMap((t) => {
      const o = current.get(t.id);
      if (!o || o.revoked) return [];
      return [localObject(revokedVersion(o.object, date(t.deleted_at)), o.record_type ?? 'other', o as unknown as Row, true)];
    });
  }
}

/** The markings of a row as reach. */
function reachOf(r: Record<string, unknown>): Reach {
  return {
    classification: r.classification as Classification,
    distribution: r.distribution as Distribution,
    sharedOrgIds: (r.shared_org_ids as string[]) ?? [],
    groupIds: (r.group_ids as string[]) ?? [],
  };
}

/** The STIX id a record goes on under after its object was revoked (random: nobody can claim it beforehand). */
export function rekey(type: string): string {
  return `${type}--${randomUUID()}`;
}
