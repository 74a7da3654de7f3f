/** Wire shapes of the legal API as the screens use them. */
export interface Deadline { key: string; due: string; reference: string; overdue: boolean }
export interface AuthSummary { id: string; reference: string; durationDays: number; orgName: string; method: string; tier: string; state: string; until: string | null; targetCount: number; nextDeadline: Deadline | null }
export interface Transition { seq: number; action: string; toState: string; actorName: string; actorOrgName: string; reason: string; at: string; hash: string; keyId: string | null; signature: string | null }
export interface Authorisation extends AuthSummary {
  facts: string; subsidiarity: string; proportionality: string; targets: Array<{ id: string; name: string | null }>;
  deadlines: Deadline[]; history: Transition[]; chainIntact: boolean; firstBadStep: { seq: number; kind: string; detail: string } | null; actions: string[];
  destruction: { what: string; how: string; destroyedOn: string; destroyedBy: string } | null;
}
export interface RegistryEntry { id: string; kind: string; code: string; version: number; title: string; article: string; textReference: string; scope: string | null; method: string | null; validFrom: string; validTo: string | null; successorId: string | null; replacesId: string | null; inForce: boolean }
export interface BasisOption extends RegistryEntry { citation: string }
export interface CitingRecord { module: string; recordType: string; id: string; reference: string; state: string }
export interface BasisReview { basis: RegistryEntry; citation: string; records: CitingRecord[]; truncated: boolean; coverage: string }
export interface Method { code: string; tier: string; article: string }
export interface CoopDeadline { key: string; due: string; reference: string; overdue: boolean }
export interface Cooperation {
  id: string; reference: string; kind: string; direction: string; orgId: string; orgName: string; otherCountry: string; counterpart: string; parties: string;
  basisId: string; offenceIds: string[]; state: string;
  facts: { receivedOn: string | null; arrestOn: string | null; consentOn: string | null; extended: boolean; recognisedOn: string | null; finalDecisionOn: string | null; surrenderedOn: string | null };
  deadlines: CoopDeadline[]; subjects: Array<{ id: string; name: string | null }>;
  events: Array<{ seq: number; event: string; onDate: string; note: string; actorName: string; at: string; keyId: string | null; signed: boolean }>; allowedEvents: string[];
  signatures: { ok: boolean; steps: number; signed: number; unsigned: number; firstBad: { seq: number; kind: string; detail: string } | null } | null;
}
export interface CalendarItem { recordType: 'legal-authorisation' | 'legal-cooperation'; id: string; reference: string; key: string; due: string; reference_text: string; overdue: boolean; state: string }
