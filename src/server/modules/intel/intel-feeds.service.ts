/**
 * What other modules read of intelligence records, with typed results (never the tables): markings for
 * the read door (notifications), followers and the kept level (threat), the change feed and the ids an
 * import may not take (sharing), the national watch list (screening), and oversight's id-only look-up. None is an access decision: each
 * caller applies the policy for its reader before anything leaves.
 */
import type { RecordMarkings } from '../../../core/access/policy.ts';
import type { Database } from '../../platform/db.ts';
import { policyMarkings, type MarkingRow } from '../../platform/records.ts';
import * as changes from './changes.repository.ts';
import * as subjects from './subjects.repository.ts';

/** For the notifications module: the markings of subjects or reports by id (the read door decides what a user may still see). */
export async function intelRecordMarkings(db: Database, recordType: 'subject' | 'report', ids: readonly string[]): Promise<Map<string, MarkingRow>> {
  if (ids.length === 0) return new Map();
  return new Map((await subjects.markingsOf(db, recordType, ids)).map((r) => [r.id, r]));
}

/** For the notifications module: subjects' first names or reports' titles by id — only for ids the read door released. */
export async function intelRecordNames(db: Database, recordType: 'subject' | 'report', ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  return new Map((await subjects.displayNamesOf(db, recordType, ids)).map((r) => [r.id, r.name]));
}

/** For the threat module: records a subject's current level (inside the assessment's transaction). */
export async function setSubjectThreatLevel(tx: Database, id: string, level: number): Promise<void> {
  await subjects.setThreatLevel(tx, id, level);
}

/** For the threat module: the organisations that follow a subject (its owner included). */
export function subjectFollowers(db: Database, id: string): Promise<string[]> {
  return subjects.followersOf(db, id);
}

/** A page of intelligence records (or deletions) changed after a keyset cursor, for the sharing module's outbox. */
export interface IntelChangePage {
  rows: changes.ChangeRow[];
}

/**
 * For the sharing module: subjects, reports (with their subject ids), links or deletions (tombstones)
 * changed after `after` (keyset on updated_at/deleted_at and id, microsecond cursor), oldest first.
 * Raw rows with their marking columns; the caller applies the policy before anything leaves.
 */
export async function intelChangesAfter(db: Database, kind: changes.ChangeKind, after: changes.ChangeCursor, limit: number): Promise<IntelChangePage> {
  return { rows: await changes.changedAfter(db, kind, after, limit) };
}

/**
 * For the sharing module's outbox: which kinds of intelligence records changed after their cursors, in
 * one statement (a projection with nothing new then costs one round trip instead of one per kind).
 */
export async function intelKindsChangedAfter(db: Database, cursors: Record<changes.ChangeKind, changes.ChangeCursor>): Promise<changes.ChangeKind[]> {
  const r = await changes.kindsChangedAfter(db, cursors);
  return (['subject', 'report', 'link', 'deleted'] as const).filter((k) => r[k]);
}

/**
 * For the sharing module's imports: which of these uuids (lower case) belong to a subject, report or
 * link of this instance, or to a deleted one, so an import cannot take over a local record's id.
 */
export async function intelRecordIdsHeld(db: Database, uuids: readonly string[]): Promise<Set<string>> {
  return new Set((await changes.heldRecordIds(db, uuids)).map((id) => id.toLowerCase()));
}

/** A subject as the national watch list holds it (screening module). */
export interface WatchlistSubject {
  id: string;
  names: string[];
  birthDate: string | null;
  nationalities: string[];
  gender: string | null;
  documents: Array<{ type: string; number: string; country?: string | undefined }>;
  /** The subject's markings as the policy reads them: the screening module decides per user (full, hit, none). */
  markings: RecordMarkings;
}

/**
 * For the screening module, independent of any actor: the persons of the national watch list (every
 * person subject whose follow-up is not closed), with owner and markings. Never shown as such: the
 * screening module passes each hit through canAccess for the user who screens.
 */
export async function watchlistSubjects(db: Database): Promise<WatchlistSubject[]> {
  return (await subjects.watchlistRows(db)).map((r) => ({
    id: r.id,
    names: r.names,
    birthDate: r.birth_date,
    nationalities: r.nationalities,
    gender: r.gender,
    documents: r.documents,
    markings: policyMarkings(r),
  }));
}

/** For the screening module: changes whenever a person subject is created, changed or deleted (cheap check before rebuilding). */
export async function watchlistSubjectsStamp(db: Database): Promise<string> {
  const r = await subjects.personsStamp(db);
  const last = r?.last as Date | string | null | undefined;
  return `${Number(r?.n ?? 0)}:${last ? new Date(last).toISOString() : '-'}`;
}

/**
 * For the oversight module's look-up: ids and owners of the subjects with a name holding every word
 * given (Latin keys), or holding a document with the number given (upper case, without spaces or
 * dashes); newest first, at most `limit`. No content leaves.
 */
export function subjectIdsMatching(db: Database, by: { words: readonly string[] } | { document: string }, limit: number): Promise<Array<{ id: string; ownerOrgId: string }>> {
  const rows = 'words' in by ? subjects.idsByNameWords(db, by.words, limit) : subjects.idsByDocument(db, by.document, limit);
  return rows.then((rs) => rs.map((r) => ({ id: r.id, ownerOrgId: r.owner_org_id })));
}
