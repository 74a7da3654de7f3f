/**
 * The outbox: keeps the STIX projection of this instance's intelligence records (sharing_objects,
 * origin "local") up to date, from intel's change feed (intelChangesAfter), on a timer and on demand
 * (before every TAXII read and export). A deleted record gets a revoked version. Each stored batch wakes
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
import { intelChangesAfter } from '../intel/subjects.service.ts';
import { getState, insertVersions, latestByStixIds, setState, type ObjectIn, type OnStored } from './objects.store.ts';

const KINDS = ['subject', 'report', 'link', 'deleted'] as const;
type Kind = (typeof KINDS)[number];
const STIX_TYPE: Record<string, string> = { subject: 'identity', report: 'report', link: 'relationship' };
const BATCH = 1000;

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

  constructor(
    private readonly p: Platform,
    private readonly onStored: OnStored,
  ) {
    this.events.setMaxListeners(0);
  }

  /** Projects every change not yet projected; resolves once changes committed before the call are in. */
  catchUp(): Promise<number> {
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = null));
      return this.running;
    }
    this.queued ??= this.running.catch(() => 0).then(() => {
      this.queued = null;
      return this.catchUp();
    });
    return this.queued;
  }

  private async run(): Promise<number> {
    let total = 0;
    await this.p.orgs.fresh();
    for (const kind of KINDS) {
      for (;;) {
        const key = `outbox.${kind}`;
        const cursor = (await getState<{ at: string; id: string }>(this.p.db, key)) ?? null;
        const page = await intelChangesAfter(this.p.db, kind, cursor, BATCH);
        if (page.rows.length === 0) break;
        const objects = kind === 'deleted' ? await this.revocations(page.rows) : page.rows.map((r) => localObject(stixOfRow(kind, r, this.p.orgs.name), kind, r));
        const last = page.rows[page.rows.length - 1]!;
        const ids = await this.p.db.transaction().execute(async (tx) => {
          const stored = await insertVersions(tx, objects);
          await setState(tx, key, { at: last.cursor_at, id: last.id });
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

  /** Revoked versions of the projected objects of deleted records. */
  private async revocations(rows: Row[]): Promise<ObjectIn[]> {
    const ids = rows.filter((r) => STIX_TYPE[String(r.record_type)]).map((r) => `${STIX_TYPE[String(r.record_type)]}--${r.id}`);
    const latest = await latestByStixIds(this.p.db, ids);
    return latest
      .filter((o) => !o.revoked && o.origin === 'local')
      .map((o) => {
        const t = rows.find((r) => o.stix_id.endsWith(r.id))!;
        return localObject(revokedVersion(o.object, date(t.deleted_at)), o.record_type ?? 'other', o as unknown as Row, true);
      });
  }
}
