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

/** A subject row as the national watch list holds it. */
function watchlistSubject(r: subjects.SubjectRow): WatchlistSubject {
  return {
    id: r.id,
    names: r.names,
    birthDate: r.birth_date,
    nationalities: r.nationalities,
    gender: r.gender,
    documents: r.documents,
    markings: policyMarkings(r),
  };
}

/**
 * For the screening module, independent of any actor: the persons of the national watch list (every
 * person subject whose follow-up is not closed), with owner and markings. Never shown as such: the
 * screening module passes each hit through canAccess for the user who screens.
 */
export async function watchlistSubjects(db: Database): Promise<WatchlistSubject[]> {
  return (await subjects.watchlistRows(db)).map(watchlistSubject);
}

/** Where the subjects' change feed stands: `key` changes whenever a subject is created, changed or deleted. */
export interface WatchlistStamp {
  key: string;
  /** The newest subject change and the newest deletion (ISO, microseconds), null when there is none. */
  subjectsAt: string | null;
  deletedAt: string | null;
  /** When the oldest transaction open elsewhere began (ISO), null when none was open. */
  openSince: string | null;
}

/**
 * For the screening module: where the subjects' change feed stands (its newest subject change and
 * deletion, two index probes: no count), checked before reading what changed.
 */
export async function watchlistSubjectsStamp(db: Database): Promise<WatchlistStamp> {
  const r = await subjects.personsStamp(db);
  const part = (c: { at: string; id: string } | null) => (c ? `${c.at}/${c.id}` : '-');
  return { key: `${part(r.subject)}|${part(r.deleted)}`, subjectsAt: r.subject?.at ?? null, deletedAt: r.deleted?.at ?? null, openSince: r.open };
}

/**
 * For the screening module: the subjects changed at or after `since.subjectsAt` and deleted at or
 * after `since.deletedAt` (everything when null): `listed`, those that belong on the national watch
 * list (persons whose follow-up is not closed), as it holds them; `unlisted`, the ids of the others
 * (closed, no longer a person, deleted), which must not be on it.
 */
export async function watchlistSubjectsChanged(db: Database, since: { subjectsAt: string | null; deletedAt: string | null }): Promise<{ listed: WatchlistSubject[]; unlisted: string[] }> {
  const [rows, deleted] = await Promise.all([subjects.watchlistRowsChangedSince(db, since.subjectsAt), subjects.subjectsDeletedSince(db, since.deletedAt)]);
  const listed: WatchlistSubject[] = [];
  const unlisted = new Set(deleted);
  for (const r of rows) {
    if (r.kind === 'person' && r.follow_up !== 'closed') listed.push(watchlistSubject(r));
    else unlisted.add(r.id);
  }
  for (const s of listed) unlisted.delete(s.id);
  return { listed, unlisted: [...unlisted] };
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
