/** Shapes of the border-screening API (src/server/modules/screening) as the screens use them. */

export interface ParseIssue {
  line: number;
  message: string;
}

export interface ListVersion {
  id: string;
  source: string;
  number: number;
  origin: 'import' | 'delist' | 'rebuild' | string;
  /** null for the national list (its size is not for every screening user) */
  entryCount: number | null;
  added: number | null;
  removed: number | null;
  changed: number | null;
  skipped: ParseIssue[];
  createdAt: string;
  createdBy: string | null;
  note: string;
  active: boolean;
  duplicates?: number;
}

/** A pending replacement of a global list (UN, OFAC): its diff, applied only on confirmation. */
export interface ImportPreview {
  kind: 'preview';
  id: string;
  source: string;
  status: 'pending' | 'applied' | 'discarded';
  base: { versionId: string; number: number } | null;
  entryCount: number;
  added: number;
  removed: number;
  changed: number;
  duplicates: number;
  skipped: ParseIssue[];
  expiresAt: string;
  total: number;
  changes: Array<{ entryId: string; change: 'added' | 'removed' | 'changed'; name: string; fields: string[] }>;
}

export type SourceKind = 'un' | 'ofac' | 'national' | 'custom';

export interface ListSource {
  source: string;
  kind: SourceKind;
  activeVersion: ListVersion | null;
}

export interface ListsAnswer {
  index: { entries: Record<string, number>; loadedAt: string | null };
  items: ListSource[];
}

export interface VersionChange {
  entryId: string;
  change: 'added' | 'removed' | 'changed';
  reason: string | null;
  name: string | null;
}

export interface VersionAnswer {
  version: ListVersion;
  total: number;
  hidden: number;
  changes: VersionChange[];
}

export interface BirthDate {
  year: number;
  month?: number;
  day?: number;
  toYear?: number;
  approx?: boolean;
}

export interface ListedEntry {
  id: string;
  names: string[];
  weakNames?: string[];
  birthDates?: BirthDate[];
  nationalities?: string[];
  documents?: Array<{ number: string; type?: string; country?: string }>;
  gender?: 'male' | 'female';
  kind?: 'individual' | 'entity';
  source?: string;
}

export interface EntriesAnswer {
  total: number;
  items: Array<{ entryId: string; source: string; version: number; entry: ListedEntry }>;
  history?: Array<{ version: number; change: string; reason: string | null; at: string }>;
  delisted?: boolean;
}

export interface Traveller {
  id?: string;
  name: string;
  birthDate?: string;
  nationality?: string;
  documentNumber?: string;
  gender?: string;
  warnings?: string[];
  /** Fields read leniently or left out as unknown (issue #15: bad data never hides a traveller). */
  quality?: DataQualityFlag[];
}

export interface DataQualityFlag {
  field: 'name' | 'birthDate' | 'nationality' | 'documentNumber' | 'gender';
  outcome: 'read' | 'unknown';
  issue: string;
  given: string;
  read?: string;
}

/** What a screening ran against ("N entries of lists A, B, national vV"); incomplete when entries were left out. */
export interface ScreenedAgainst {
  entries: number;
  lists: Array<{ source: string; version: number; entries: number | null }>;
  nationalVersion: number | null;
  complete: boolean;
  leftOut: number;
  text: string;
}

export type EncounterAction = 'discreet_check' | 'stop' | 'inform';

export interface PartResult {
  result: string;
  query?: string;
  entry?: string;
  effect: number;
}

export interface TokenAlignment {
  query: string;
  entry: string;
  how: string;
  similarity: number;
}

export interface Explanation {
  summary: string;
  name: { score: number; matchedName: string; tokens: TokenAlignment[]; unmatchedQuery: string[]; unmatchedEntry: string[]; weakAlias?: boolean };
  birthDate: PartResult;
  nationality: PartResult;
  document: PartResult;
  gender: PartResult;
}

export type HitStatus = 'open' | 'true_match' | 'false_positive' | 'escalated' | 'suppressed';

interface HitBase {
  id: string;
  batchId: string;
  seq: number;
  score: number;
  status: HitStatus;
  decision: { by: string | null; at: string; reason: string | null } | null;
  suppressionId: string | null;
  reportId: string | null;
  referralId: string | null;
  traveller?: Traveller | null;
  source: string;
  /** Found by a re-screening after a list change: the traveller travelled before the entry was listed or changed. */
  listedAfterTravel?: boolean;
  rescreenId?: string | null;
}

export type Hit =
  | (HitBase & { view: 'full'; entryId: string; subjectId?: string; delisted: boolean; entry: ListedEntry | null; explanation: Explanation | null })
  | (HitBase & { view: 'hit'; listed: true; message: string; action?: EncounterAction; contact: { organisationId: string; organisation: string } })
  | (HitBase & { view: 'withdrawn'; message: string });

export interface Decision {
  decision: 'true_match' | 'false_positive' | 'escalate';
  reason: string;
  by: string | null;
  at: string;
}
export type HitWithHistory = Hit & { history: Decision[] };

export type BatchStatus = 'receiving' | 'queued' | 'running' | 'done' | 'failed';

export interface Batch {
  id: string;
  kind: 'batch' | 'single';
  format: string;
  flight: string;
  date: string | null;
  port: string;
  /** A passenger message (PAXLST, PNRGOV): its interchange reference and the flight's route. */
  message?: { ref: string; departure: string | null; arrival: string | null } | null;
  status: BatchStatus;
  progress: { processed: number; total: number; percent: number };
  hits: number;
  suppressed: number;
  errors: number;
  threshold: number;
  failure: string | null;
  createdAt: string;
  finishedAt: string | null;
  openHits?: number;
  /** What the travellers were screened against (null for batches screened before it was kept). */
  screenedAgainst?: ScreenedAgainst | null;
  outcome?: 'hit' | 'no_hit' | 'incomplete' | null;
}

export interface BatchResult {
  seq: number;
  line: number;
  id: string | null;
  status: 'pending' | 'screened' | 'error';
  error: string | null;
  traveller: Traveller | null;
  hits: number;
  maxScore: number | null;
}

export interface ScreenAnswer {
  batch: Batch;
  traveller: Traveller;
  hits: Hit[];
  screenedAgainst?: ScreenedAgainst;
  outcome?: 'hit' | 'no_hit' | 'incomplete';
}

export interface Suppression {
  id: string;
  entryId: string | null;
  listed?: string;
  traveller: Traveller | null;
  reason: string;
  hitId: string;
  createdBy: string | null;
  createdAt: string;
  revoked: { by: string | null; at: string; reason: string | null } | null;
}

export interface Referral {
  id: string;
  hitId: string;
  entryId: string;
  source: string;
  from: { organisationId: string; organisation: string };
  note: string;
  createdBy: string | null;
  createdAt: string;
  score: number;
  traveller: Traveller | null;
  travel: { flight: string; date: string | null; port: string };
}

/** What kind of list a name means (the server's rule: the name says the format). */
export function sourceKindOf(name: string): SourceKind {
  if (name === 'national') return 'national';
  if (name === 'un' || name.startsWith('un-')) return 'un';
  if (name === 'ofac' || name.startsWith('ofac-')) return 'ofac';
  return 'custom';
}

export const SOURCE_NAME = /^[a-z0-9][a-z0-9-]{1,39}$/;
