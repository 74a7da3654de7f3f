/**
 * SQL of prevention cases' offence classifications (migrations/0033_prevention_case_offences.sql), and
 * of the cases the legal registry lists (under an offence, or citing a legal basis) with the read rule
 * of a case as SQL (the twin of canReadCase: the reader takes part in the case or coordinates its cell,
 * and a case past the retention cutoff only for the coordinator), applied before the limit.
 */
import { sql, type RawBuilder } from 'kysely';
import { citesSql } from '../../platform/citation-sql.ts';
import { withTables, type Database } from '../../platform/db.ts';
import type { CaseOffenceTables } from './case-offences.tables.ts';
import type { PreventionTables } from './prevention.tables.ts';

const db = (d: Database) => withTables<PreventionTables & CaseOffenceTables>(d);

/** The most cases one look-up returns (the caller says when it is reached). */
export const LISTED_LIMIT = 1000;

/** The offence codes of a case, in code order. */
export async function codesOf(d: Database, caseId: string): Promise<string[]> {
  const rows = await db(d).selectFrom('prevention_case_offences').select('offence_code').where('case_id', '=', caseId).orderBy('offence_code').execute();
  return rows.map((r) => r.offence_code);
}

/** Replaces a case's offence codes with `codes`; returns those added and removed. */
export async function replaceCodes(tx: Database, caseId: string, codes: readonly string[], userId: string): Promise<{ added: string[]; removed: string[] }> {
  const before = await codesOf(tx, caseId);
  const removed = before.filter((c) => !codes.includes(c));
  const added = codes.filter((c) => !before.includes(c));
  if (removed.length) await db(tx).deleteFrom('prevention_case_offences').where('case_id', '=', caseId).where('offence_code', 'in', removed).execute();
  if (added.length) await db(tx).insertInto('prevention_case_offences').values(added.map((c) => ({ case_id: caseId, offence_code: c, set_by: userId }))).execute();
  return { added, removed };
}

/** Who reads: the user, and the retention cutoff (a case reviewed before it is restricted to the coordinator). */
export interface CaseReader {
  userId: string;
  cutoff: string;
}

/** A case as the legal registry lists it, with the reader's standing in it (for the door's markings). */
export interface ListedCaseRow {
  id: string;
  reference: string;
  stage: string;
  review_date: string;
  cell_id: string;
  cell_name: string;
  cell_org_id: string;
  reader_participates: boolean;
  reader_coordinates: boolean;
}

const participates = (userId: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM prevention_case_participants p JOIN prevention_members m ON m.id = p.member_id WHERE p.case_id = c.id AND m.user_id = ${userId} AND m.removed_at IS NULL)`;
const coordinatesCell = (userId: string) =>
  sql<boolean>`EXISTS (SELECT 1 FROM prevention_members k WHERE k.cell_id = c.cell_id AND k.user_id = ${userId} AND k.role = 'prevention_official' AND k.org_id = cell.org_id AND k.removed_at IS NULL)`;

/** Cases (alias c, cell alias cell) the reader may read, matching `where`; at most LISTED_LIMIT, by reference. */
async function readableCases(d: Database, r: CaseReader, where: RawBuilder<boolean>): Promise<ListedCaseRow[]> {
  const rows = await sql<ListedCaseRow>`
    SELECT c.id, c.reference, c.stage, c.review_date::text AS review_date, c.cell_id, cell.name AS cell_name, cell.org_id AS cell_org_id,
           ${participates(r.userId)} AS reader_participates, ${coordinatesCell(r.userId)} AS reader_coordinates
    FROM prevention_cases c JOIN prevention_cells cell ON cell.id = c.cell_id
    WHERE ${where}
      AND (${participates(r.userId)} OR ${coordinatesCell(r.userId)})
      AND (c.review_date >= ${r.cutoff}::date OR ${coordinatesCell(r.userId)})
    ORDER BY c.reference, c.id
    LIMIT ${LISTED_LIMIT}`.execute(d);
  return rows.rows;
}

/** Readable cases classified under one of `codes`. */
export function casesWithOffence(d: Database, codes: readonly string[], r: CaseReader): Promise<ListedCaseRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return readableCases(d, r, sql<boolean>`EXISTS (SELECT 1 FROM prevention_case_offences o WHERE o.case_id = c.id AND o.offence_code = ANY(${[...codes]}::text[]))`);
}

/**
 * Readable cases citing a legal basis: by the registry's id, or — a case whose basis was given as text —
 * by its text in the compared form (citationKey: lower case, punctuation and spaces reduced, "article"
 * written "art", trimmed) being one of `keys`.
 */
export function casesCitingBasis(d: Database, basisId: string, keys: readonly string[], r: CaseReader): Promise<ListedCaseRow[]> {
  const byText = sql<boolean>`(c.legal_basis_id IS NULL AND ${citesSql('c.legal_basis', keys)})`;
  return readableCases(d, r, sql<boolean>`(c.legal_basis_id = ${basisId} OR ${byText})`);
}
