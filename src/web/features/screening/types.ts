/**
 * Shapes of the border-screening API: aliases of the generated types (src/web/lib/api-schema.d.ts). A
 * hit's listed entry is `unknown` in the server's schema (hits.presenter), so ListedEntry and Hit stay
 * written here until the server declares it; the explanation is the engine's own schema.
 */
import type { ApiOk } from '../../lib/api.ts';

export interface ParseIssue {
  line: number;
  message: string;
}

export type SourceKind = 'un' | 'ofac' | 'national' | 'custom';

export type ListsAnswer = ApiOk<'/api/screening/lists', 'get'>;
export type ListSource = ListsAnswer['items'][number];
export type ListVersion = ApiOk<'/api/screening/lists/{source}/versions', 'get'>['items'][number];
/** A version as an import answers it (or as applied from a preview): with the duplicate lines it dropped. */
export type ImportedVersion = ListVersion & { duplicates?: number };
/** A pending replacement of a global list (UN, OFAC): its diff, applied only on confirmation. */
export type ImportPreview = ApiOk<'/api/screening/previews/{id}', 'get'>;
export type VersionAnswer = ApiOk<'/api/screening/versions/{id}', 'get'>;
export type VersionChange = VersionAnswer['changes'][number];
export type Batch = ApiOk<'/api/screening/batches/{id}', 'get'>;
export type BatchStatus = Batch['status'];
/** What a screening ran against ("N entries of lists A, B, national vV"); incomplete when entries were left out. */
export type ScreenedAgainst = NonNullable<Batch['screenedAgainst']>;
export type BatchResult = ApiOk<'/api/screening/batches/{id}/results', 'get'>['items'][number];
export type Traveller = NonNullable<BatchResult['traveller']>;
export type DataQualityFlag = NonNullable<Traveller['quality']>[number];
export type Suppression = ApiOk<'/api/screening/suppressions', 'get'>['items'][number];
export type Referral = ApiOk<'/api/screening/referrals', 'get'>['items'][number];
type ScreenWire = ApiOk<'/api/screening/screen', 'post'>;
export type ScreenAnswer = Omit<ScreenWire, 'hits'> & { hits: Hit[] };

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

export type EncounterAction = 'discreet_check' | 'stop' | 'inform';

/** Why a traveller matched an entry: the engine's schema (src/core/screening/types.ts), through the generated API types. */
export type Explanation = NonNullable<ApiOk<'/api/screening/referrals', 'get'>['items'][number]['explanation']>;
export type PartResult = Explanation['birthDate'];
export type TokenAlignment = Explanation['name']['tokens'][number];

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

/** What kind of list a name means (the server's rule: the name says the format). */
export function sourceKindOf(name: string): SourceKind {
  if (name === 'national') return 'national';
  if (name === 'un' || name.startsWith('un-')) return 'un';
  if (name === 'ofac' || name.startsWith('ofac-')) return 'ofac';
  return 'custom';
}

export const SOURCE_NAME = /^[a-z0-9][a-z0-9-]{1,39}$/;
