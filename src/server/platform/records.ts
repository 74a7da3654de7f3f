/**
 * What every marked record shares on the server: markings columns in and out, the policy decision
 * on a row, and the SQL form of the read policy.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  bankFilter,
  canAccess,
  readFilter,
  referralFilter,
  type Action,
  type Decision,
  type PolicyContext,
  type RecordMarkings,
} from '../../core/access/policy.ts';
import type { Markings, MarkingsInput } from '../../core/contracts.ts';
import { clears } from '../../core/access/policy.ts';
import type { Database } from './db.ts';
import { AppError } from './errors.ts';
import type { Classification, Distribution, HandlingCode, Module, Tlp } from '../../core/vocab.ts';
import type { Ctx } from './context.ts';
import { withShape } from './shaped-sql.ts';

/** The markings columns as a row holds them. */
/** The marking columns, listed once (the SQL side: vigil_add_markings in migrations/0011_markings.sql). */
export const MARKING_COLUMNS = [
  'owner_org_id',
  'classification',
  'tlp',
  'distribution',
  'shared_org_ids',
  'group_ids',
  'handling_code',
  'hit_no_hit',
  'legal_basis',
  'purpose',
  'review_date',
] as const;

export interface MarkingRow {
  id: string;
  owner_org_id: string;
  classification: string;
  tlp: string;
  distribution: string;
  shared_org_ids: string[];
  group_ids: string[];
  handling_code: string;
  hit_no_hit: boolean;
  legal_basis: string;
  purpose: string;
  review_date: string | null;
}

/** Markings input to database columns. */
export function markingColumns(m: MarkingsInput, ownerOrgId: string) {
  return {
    owner_org_id: ownerOrgId,
    classification: m.classification,
    tlp: m.tlp,
    distribution: m.distribution,
    shared_org_ids: m.distribution === 'organisations' ? m.sharedWith : [],
    group_ids: m.distribution === 'group' ? m.groupIds : [],
    handling_code: m.handlingCode,
    hit_no_hit: m.hitNoHit,
    legal_basis: m.legalBasis,
    purpose: m.purpose,
    review_date: m.reviewDate,
  };
}

/** A row's markings as the policy reads them. */
export function policyMarkings(row: MarkingRow): RecordMarkings {
  return {
    id: row.id,
    ownerOrgId: row.owner_org_id,
    classification: row.classification as Classification,
    distribution: row.distribution as Distribution,
    sharedOrgIds: row.shared_org_ids,
    groupIds: row.group_ids,
    hitNoHit: row.hit_no_hit,
    reviewDate: row.review_date,
    deleted: false,
  };
}

/** A row's markings as the API returns them. */
export function presentMarkings(row: MarkingRow, orgName: (id: string) => string): Markings {
  return {
    ownerOrgId: row.owner_org_id,
    ownerOrgName: orgName(row.owner_org_id),
    classification: row.classification as Classification,
    tlp: row.tlp as Tlp,
    distribution: row.distribution as Distribution,
    sharedWith: row.shared_org_ids,
    groupIds: row.group_ids,
    handlingCode: row.handling_code as HandlingCode,
    hitNoHit: row.hit_no_hit,
    legalBasis: row.legal_basis,
    purpose: row.purpose,
    reviewDate: row.review_date,
  };
}

/** The policy context of a request in a module. */
export function policyCtx(ctx: Ctx, module: Module, graceDays: number): PolicyContext {
  return { module, now: ctx.now, graceDays };
}

/** The policy's decision for the acting user on a row. */
export function decide(ctx: Ctx, row: MarkingRow, action: Action, module: Module, graceDays: number): Decision {
  return canAccess(ctx.actor, policyMarkings(row), action, policyCtx(ctx, module, graceDays));
}

/**
 * The read policy as a SQL condition on table alias `t`: true exactly for rows canAccess reads in full.
 * (Rows that would answer hit-no-hit are not included; searches ask for them separately.)
 */
export function readableSql(ctx: Ctx, module: Module, graceDays: number, t: string): RawBuilder<boolean> {
  const f = readFilter(ctx.actor, policyCtx(ctx, module, graceDays));
  return withShape(readableSqlOf(f, t), `readable:${f.mode}:${t}`);
}

function readableSqlOf(f: ReturnType<typeof readFilter>, t: string): RawBuilder<boolean> {
  const c = (col: string) => sql.ref(`${t}.${col}`);
  switch (f.mode) {
    case 'none':
      return sql<boolean>`FALSE`;
    case 'grants':
      return sql<boolean>`(${c('id')} = ANY(${f.grantedRecordIds}::uuid[]) AND ${c('classification')} = ANY(${f.classifications}::text[]))`;
    case 'normal':
      return sql<boolean>`(${c('classification')} = ANY(${f.classifications}::text[]) AND (
        ${c('owner_org_id')} = ${f.orgId}::uuid
        OR ((${c('review_date')} IS NULL OR ${c('review_date')} >= ${f.retentionCutoff}::date) AND (
          ${c('distribution')} = 'all'
          OR (${c('distribution')} = 'organisations' AND ${f.orgId}::uuid = ANY(${c('shared_org_ids')}))
          OR (${c('distribution')} = 'group' AND ${c('group_ids')} && ${[...f.groupIds]}::uuid[])))))`;
  }
}

/**
 * The read policy's SQL twin with hit/no-hit: true for rows canAccess reads in full or answers
 * hit/no-hit about. Only direct look-ups and name searches use it; the door then tells them apart.
 */
export function readableOrHitSql(ctx: Ctx, module: Module, graceDays: number, t: string): RawBuilder<boolean> {
  const f = readFilter(ctx.actor, policyCtx(ctx, module, graceDays));
  const readable = readableSqlOf(f, t);
  if (f.mode !== 'normal') return withShape(readable, `readable:${f.mode}:${t}`);
  const c = (col: string) => sql.ref(`${t}.${col}`);
  return withShape(sql<boolean>`(${readable} OR (${c('hit_no_hit')} AND ${c('owner_org_id')} <> ${f.orgId}::uuid
    AND (${c('review_date')} IS NULL OR ${c('review_date')} >= ${f.retentionCutoff}::date)))`, `readable-or-hit:${t}`);
}

/**
 * The screening referral rule (canReadReferral in src/core/access/policy.ts) as a SQL condition on the
 * referrals table alias `t` (columns id, from_org_id): true exactly for referrals the actor reads.
 */
export function referralReadableSql(ctx: Ctx, graceDays: number, t: string): RawBuilder<boolean> {
  const f = referralFilter(ctx.actor, { now: ctx.now, graceDays });
  const c = (col: string) => sql.ref(`${t}.${col}`);
  switch (f.mode) {
    case 'none':
      return sql<boolean>`FALSE`;
    case 'grants':
      return sql<boolean>`(${c('id')} = ANY(${[...f.grantedRecordIds]}::uuid[]))`;
    case 'all':
      return sql<boolean>`TRUE`;
    case 'own':
      return sql<boolean>`(${c('from_org_id')} = ${f.orgId}::uuid)`;
  }
}

/**
 * The hash bank rule (canReadBank in src/core/access/policy.ts) as a SQL condition on the banks table
 * alias `t` (columns id, owner_org_id, tlp): true exactly for banks the actor reads and matches against.
 */
export function bankReadableSql(ctx: Ctx, graceDays: number, t: string): RawBuilder<boolean> {
  const f = bankFilter(ctx.actor, { now: ctx.now, graceDays });
  const c = (col: string) => sql.ref(`${t}.${col}`);
  switch (f.mode) {
    case 'none':
      return sql<boolean>`FALSE`;
    case 'grants':
      return sql<boolean>`(${c('id')} = ANY(${[...f.grantedRecordIds]}::uuid[]))`;
    case 'normal':
      return sql<boolean>`(${c('owner_org_id')} = ${f.orgId}::uuid OR NOT (${c('tlp')} = ANY(${[...f.ownerOnlyTlps]}::text[])))`;
  }
}

/**
 * Checks markings before a record is written: nobody classifies above their own clearance, and the
 * organisations and sharing groups named as recipients exist. Errors name the field.
 */
export async function checkMarkings(db: Database, ctx: Ctx, m: MarkingsInput): Promise<void> {
  if (!clears(ctx.actor.clearance, m.classification)) {
    throw new AppError('INVALID_INPUT', 'You cannot classify a record above your own clearance.', 'markings.classification');
  }
  if (m.distribution === 'organisations') {
    const found = await db.selectFrom('organisations').select('id').where('id', 'in', m.sharedWith).execute();
    if (found.length !== new Set(m.sharedWith).size) throw new AppError('INVALID_INPUT', 'An organisation in sharedWith does not exist.', 'markings.sharedWith');
  }
  if (m.distribution === 'group') {
    const found = await db.selectFrom('sharing_groups').select('id').where('id', 'in', m.groupIds).execute();
    if (found.length !== new Set(m.groupIds).size) throw new AppError('INVALID_INPUT', 'A sharing group in groupIds does not exist.', 'markings.groupIds');
  }
}
